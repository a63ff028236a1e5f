package ai.cromus.core.catalog;

/**
 * Service-provider interface for a model catalog. {@code Cromus.compile(...)} uses the first
 * provider found by {@link java.util.ServiceLoader}; {@code Cromus.builder().catalog(...)} takes a
 * catalog explicitly. The {@code cromus-catalog} module registers the bundled catalog.
 */
public interface CatalogProvider {
  /** The catalog. Called once per engine; implementations should cache it. */
  ModelCatalog catalog();
}
