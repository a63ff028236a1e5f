/**
 * The HTML report: a compile result as one self-contained page ({@link
 * ai.cromus.report.HtmlReport}).
 */
@SuppressWarnings({"requires-automatic", "requires-transitive-automatic"})
module ai.cromus.report {
  requires transitive ai.cromus.core;
  requires com.fasterxml.jackson.databind;
  // annotations only: not needed at run time; transitive so that a module compiling against
  // this one reads them, as JUnit requires apiguardian (Immutables has only an
  // Automatic-Module-Name, which javac warns about: suppressed above)
  requires static transitive org.immutables.value;
  requires static transitive org.apiguardian.api;

  exports ai.cromus.report;

  opens ai.cromus.report to
      com.fasterxml.jackson.databind;
}
