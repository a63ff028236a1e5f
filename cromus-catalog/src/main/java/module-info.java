/**
 * The model catalog bundled with Cromus, registered as the {@link
 * ai.cromus.core.catalog.CatalogProvider} that {@code Cromus.defaultEngine()} finds.
 */
@SuppressWarnings({"requires-automatic", "requires-transitive-automatic"})
module ai.cromus.catalog {
  requires transitive ai.cromus.core;
  requires com.fasterxml.jackson.databind;
  // annotations only: not needed at run time; transitive so that a module compiling against
  // this one reads them, as JUnit requires apiguardian (Immutables has only an
  // Automatic-Module-Name, which javac warns about: suppressed above)
  requires static transitive org.immutables.value;
  requires static transitive org.apiguardian.api;

  exports ai.cromus.catalog;

  opens ai.cromus.catalog to
      com.fasterxml.jackson.databind;

  provides ai.cromus.core.catalog.CatalogProvider with
      ai.cromus.catalog.BundledCatalogProvider;
}
