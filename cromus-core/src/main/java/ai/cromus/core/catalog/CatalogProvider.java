package ai.cromus.core.catalog;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * Service-provider interface for a model catalog. {@code Cromus.compile(...)} uses the first
 * provider found by {@link java.util.ServiceLoader}; {@code Cromus.builder().catalog(...)} takes a
 * catalog explicitly. The {@code cromus-catalog} module registers the bundled catalog.
 */
@API(status = STABLE, since = "0.1")
public interface CatalogProvider {
  /** The catalog. Called once per engine; implementations should cache it. */
  ModelCatalog catalog();
}
