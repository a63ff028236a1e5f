/**
 * The HTML report: a compile result as one self-contained page ({@link
 * ai.cromus.report.HtmlReport}).
 */
@SuppressWarnings("requires-automatic")
module ai.cromus.report {
  requires transitive ai.cromus.core;
  requires com.fasterxml.jackson.databind;
  // annotations only, not needed at run time: Immutables' processor jar (only an
  // Automatic-Module-Name, which javac warns about: suppressed above) is not a dependency of
  // users; apiguardian is, and transitive, as JUnit requires it, so modules compiling against
  // this one read the API status of its types
  requires static org.immutables.value;
  requires static transitive org.apiguardian.api;

  exports ai.cromus.report;

  opens ai.cromus.report to
      com.fasterxml.jackson.databind;
}
