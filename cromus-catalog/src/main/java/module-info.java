/**
 * The model catalog bundled with Cromus, registered as the {@link
 * ai.cromus.core.catalog.CatalogProvider} that {@code Cromus.defaultEngine()} finds.
 */
module ai.cromus.catalog {
  requires transitive ai.cromus.core;
  requires com.fasterxml.jackson.databind;
  requires static org.immutables.value;
  requires static org.apiguardian.api;

  exports ai.cromus.catalog;

  opens ai.cromus.catalog to
      com.fasterxml.jackson.databind;

  provides ai.cromus.core.catalog.CatalogProvider with
      ai.cromus.catalog.BundledCatalogProvider;
}
