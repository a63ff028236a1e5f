/**
 * The model catalog bundled with Cromus, registered as the {@link
 * ai.cromus.core.catalog.CatalogProvider} that {@code Cromus.defaultEngine()} finds.
 */
@SuppressWarnings("requires-automatic")
module ai.cromus.catalog {
  requires transitive ai.cromus.core;
  requires com.fasterxml.jackson.databind;
  // annotations only, not needed at run time: Immutables' processor jar (only an
  // Automatic-Module-Name, which javac warns about: suppressed above) is not a dependency of
  // users; apiguardian is, and transitive, as JUnit requires it, so modules compiling against
  // this one read the API status of its types
  requires static org.immutables.value;
  requires static transitive org.apiguardian.api;

  exports ai.cromus.catalog;

  opens ai.cromus.catalog to
      com.fasterxml.jackson.databind;

  provides ai.cromus.core.catalog.CatalogProvider with
      ai.cromus.catalog.BundledCatalogProvider;
}
