/**
 * Reports of a compile result for people: {@link ai.cromus.report.HtmlReport} renders one
 * self-contained HTML file (inline CSS and SVG, no script, no network request) with the verdict,
 * the workflow graph, cost, latency, Croms, the structural score, recommendations and diagnostics.
 */
@ReportValueStyle
package ai.cromus.report;

import ai.cromus.report.internal.ReportValueStyle;
