/**
 * The {@code cromus} command line (picocli). Its commands are public only so that picocli can run
 * them; {@link ai.cromus.cli.CliReports} is the API other tools (the Maven plugin) use.
 */
@SuppressWarnings("requires-automatic")
module ai.cromus.cli {
  requires transitive ai.cromus.core;
  requires ai.cromus.catalog;
  requires ai.cromus.export;
  requires ai.cromus.report;
  requires ai.cromus.tokens;
  requires info.picocli;
  requires com.fasterxml.jackson.databind;
  // annotations only, not needed at run time: Immutables' processor jar (only an
  // Automatic-Module-Name, which javac warns about: suppressed above) is not a dependency of
  // users; apiguardian is, and transitive, as JUnit requires it, so modules compiling against
  // this one read the API status of its types
  requires static org.immutables.value;
  requires static transitive org.apiguardian.api;

  exports ai.cromus.cli;

  // picocli sets the options' fields and calls the commands reflectively
  opens ai.cromus.cli to
      info.picocli;

  uses ai.cromus.core.catalog.CatalogProvider;
}
