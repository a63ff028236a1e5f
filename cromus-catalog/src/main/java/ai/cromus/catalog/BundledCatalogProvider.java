package ai.cromus.catalog;

import ai.cromus.core.catalog.CatalogProvider;
import ai.cromus.core.catalog.ModelCatalog;

/**
 * Registers the bundled catalog with {@link java.util.ServiceLoader}, so {@code
 * Cromus.compile(...)} finds it on the class path.
 */
public final class BundledCatalogProvider implements CatalogProvider {
  /** Public for {@link java.util.ServiceLoader}. */
  public BundledCatalogProvider() {}

  @Override
  public ModelCatalog catalog() {
    return BundledCatalog.get();
  }
}
