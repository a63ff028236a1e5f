package ai.cromus.catalog;

import ai.cromus.core.catalog.CatalogReader;
import ai.cromus.core.catalog.ModelCatalog;
import ai.cromus.core.diagnostic.Diagnostic;
import ai.cromus.core.internal.Requirements;
import ai.cromus.core.workflow.Parsed;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;

/**
 * The model catalog bundled with this library ({@value #RESOURCE}): models, channels, prices and
 * latency, versioned by CalVer. Parsed once per JVM, on first use, thread-safely.
 *
 * <pre>{@code
 * ModelCatalog catalog = BundledCatalog.get();
 * catalog.find("claude-sonnet-4.6").ifPresent(m -> ...);
 * }</pre>
 */
public final class BundledCatalog {
  /** The class-path resource of the bundled catalog. */
  public static final String RESOURCE = "ai/cromus/catalog/catalog-2026.11.json";

  /** The class-path resource of the catalog's JSON Schema (2020-12). */
  public static final String SCHEMA_RESOURCE = "ai/cromus/catalog/catalog.schema.json";

  private BundledCatalog() {}

  /**
   * The bundled catalog.
   *
   * @throws IllegalStateException if the bundled file is missing or invalid: a build defect,
   *     reported with every diagnostic
   */
  public static ModelCatalog get() {
    Requirements.check(); // before the holder: a failed class initializer would hide the message
    return Holder.CATALOG;
  }

  /** The bundled file's text, exactly as shipped. */
  public static String text() {
    return read(RESOURCE);
  }

  /** The JSON Schema the bundled file conforms to. */
  public static String schema() {
    return read(SCHEMA_RESOURCE);
  }

  static String read(String resource) {
    try (InputStream in = BundledCatalog.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(
            "the bundled resource " + resource + " is missing from the class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  /** Checks a parsed bundled catalog: any diagnostic at all is a defect of the build. */
  static ModelCatalog require(Parsed<ModelCatalog> parsed, String source) {
    if (!parsed.diagnostics().isEmpty()) {
      throw new IllegalStateException(
          "the bundled catalog "
              + source
              + " is invalid (a build defect):\n"
              + parsed.diagnostics().stream()
                  .map(BundledCatalog::line)
                  .collect(Collectors.joining("\n")));
    }
    return parsed.value();
  }

  private static String line(Diagnostic d) {
    return d.source()
        + ":"
        + d.line()
        + ":"
        + d.column()
        + ": "
        + d.severity().id()
        + " "
        + d.rule()
        + ": "
        + d.message();
  }

  /** Initialization-on-demand holder: the JVM guarantees one thread-safe, lazy load. */
  private static final class Holder {
    static final ModelCatalog CATALOG =
        require(CatalogReader.read(RESOURCE, read(RESOURCE)), RESOURCE);
  }
}
