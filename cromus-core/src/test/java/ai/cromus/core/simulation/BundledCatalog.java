package ai.cromus.core.simulation;

import ai.cromus.core.catalog.CatalogReader;
import ai.cromus.core.catalog.ModelCatalog;
import ai.cromus.core.workflow.Parsed;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Test fixture: the bundled catalog file of the cromus-catalog module (core cannot depend on that
 * module), read with {@link CatalogReader}.
 */
public final class BundledCatalog {
  static final Path FILE =
      Path.of("../cromus-catalog/src/main/resources/ai/cromus/catalog/catalog-2026.11.json");
  private static ModelCatalog cached;

  private BundledCatalog() {}

  public static synchronized ModelCatalog get() {
    if (cached == null) {
      try {
        Parsed<ModelCatalog> p =
            CatalogReader.read(FILE.getFileName().toString(), Files.readString(FILE));
        if (!p.isValid()) {
          throw new IllegalStateException("bundled catalog has errors: " + p.diagnostics());
        }
        cached = p.value();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return cached;
  }
}
