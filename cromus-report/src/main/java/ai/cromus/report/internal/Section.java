package ai.cromus.report.internal;

/**
 * One section of the report: a heading, an anchor in the table of contents, and a body. A new part
 * of the compile result (cost ranges, risk) becomes one more section in {@link Page#SECTIONS}.
 */
public interface Section {
  /** The section's anchor, a constant such as {@code cost}. */
  String id();

  /** The heading. */
  String title();

  /** False when the result has nothing for this section (no simulation, no diagnostics). */
  default boolean applies(ReportModel m) {
    return true;
  }

  /** Writes the body, below the heading. */
  void body(ReportModel m, Html h);
}
