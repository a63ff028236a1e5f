/**
 * The HTML report: a compile result as one self-contained page ({@link
 * ai.cromus.report.HtmlReport}).
 */
module ai.cromus.report {
  requires transitive ai.cromus.core;
  requires com.fasterxml.jackson.databind;
  requires static org.immutables.value;
  requires static org.apiguardian.api;

  exports ai.cromus.report;

  opens ai.cromus.report to
      com.fasterxml.jackson.databind;
}
