package ai.cromus.catalog;

import static org.apiguardian.api.API.Status.INTERNAL;

import ai.cromus.core.catalog.CatalogProvider;
import ai.cromus.core.catalog.ModelCatalog;
import org.apiguardian.api.API;

/**
 * Registers the bundled catalog with {@link java.util.ServiceLoader}, so {@code
 * Cromus.compile(...)} finds it on the class path.
 */
@API(status = INTERNAL, since = "0.1")
public final class BundledCatalogProvider implements CatalogProvider {
  /** Public for {@link java.util.ServiceLoader}. */
  public BundledCatalogProvider() {}

  @Override
  public ModelCatalog catalog() {
    return BundledCatalog.get();
  }
}
