/**
 * The {@code cromus} command line (picocli). Its commands are public only so that picocli can run
 * them; {@link ai.cromus.cli.CliReports} is the API other tools (the Maven plugin) use.
 */
module ai.cromus.cli {
  requires ai.cromus.core;
  requires ai.cromus.catalog;
  requires ai.cromus.export;
  requires ai.cromus.report;
  requires info.picocli;
  requires com.fasterxml.jackson.databind;
  requires static org.immutables.value;
  requires static org.apiguardian.api;

  exports ai.cromus.cli;

  // picocli sets the options' fields and calls the commands reflectively
  opens ai.cromus.cli to
      info.picocli;

  uses ai.cromus.core.catalog.CatalogProvider;
}
