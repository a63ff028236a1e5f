/**
 * Cromus core: parses, scores, simulates and governs AI agent workflows before they run. The
 * exported packages are the API; {@code ai.cromus.core.internal.*} is not exported and carries no
 * compatibility promise. The engine loads {@link ai.cromus.core.export.Exporter}s and a {@link
 * ai.cromus.core.catalog.CatalogProvider} with {@link java.util.ServiceLoader}.
 */
@SuppressWarnings("requires-automatic")
module ai.cromus.core {
  requires com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.dataformat.yaml;
  requires com.fasterxml.jackson.datatype.jdk8;
  requires com.fasterxml.jackson.datatype.jsr310;
  requires org.commonmark;
  requires org.yaml.snakeyaml;
  // annotations only, not needed at run time: Immutables' processor jar (only an
  // Automatic-Module-Name, which javac warns about: suppressed above) is not a dependency of
  // users; apiguardian is, and transitive, as JUnit requires it, so modules compiling against
  // this one read the API status of its types
  requires static org.immutables.value;
  requires static transitive org.apiguardian.api;

  exports ai.cromus.core;
  exports ai.cromus.core.catalog;
  exports ai.cromus.core.croms;
  exports ai.cromus.core.diagnostic;
  exports ai.cromus.core.export;
  exports ai.cromus.core.money;
  exports ai.cromus.core.report;
  exports ai.cromus.core.risk;
  exports ai.cromus.core.scope;
  exports ai.cromus.core.score;
  exports ai.cromus.core.simulation;
  exports ai.cromus.core.spec;
  exports ai.cromus.core.tokens;
  exports ai.cromus.core.workflow;

  // Jackson reads and writes the Immutables value types (their generated Json helpers are not
  // public) and the internal JSON summaries by reflection
  opens ai.cromus.core to
      com.fasterxml.jackson.databind;
  opens ai.cromus.core.catalog to
      com.fasterxml.jackson.databind;
  opens ai.cromus.core.croms to
      com.fasterxml.jackson.databind;
  opens ai.cromus.core.diagnostic to
      com.fasterxml.jackson.databind;
  opens ai.cromus.core.export to
      com.fasterxml.jackson.databind;
  opens ai.cromus.core.money to
      com.fasterxml.jackson.databind;
  opens ai.cromus.core.report to
      com.fasterxml.jackson.databind;
  opens ai.cromus.core.risk to
      com.fasterxml.jackson.databind;
  opens ai.cromus.core.scope to
      com.fasterxml.jackson.databind;
  opens ai.cromus.core.score to
      com.fasterxml.jackson.databind;
  opens ai.cromus.core.simulation to
      com.fasterxml.jackson.databind;
  opens ai.cromus.core.spec to
      com.fasterxml.jackson.databind;
  opens ai.cromus.core.workflow to
      com.fasterxml.jackson.databind;
  opens ai.cromus.core.internal.json to
      com.fasterxml.jackson.databind;

  uses ai.cromus.core.export.Exporter;
  uses ai.cromus.core.catalog.CatalogProvider;
}
