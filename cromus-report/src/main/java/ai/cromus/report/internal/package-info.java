/**
 * The HTML report's machinery: escaping, figures, charts, the graph layout and one class per
 * section. No compatibility promise.
 */
package ai.cromus.report.internal;
