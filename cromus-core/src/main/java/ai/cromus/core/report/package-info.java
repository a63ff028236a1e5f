/**
 * Reports for tools: {@link ai.cromus.core.report.SarifWriter} writes compile results and spec
 * reports as SARIF 2.1.0 for code scanning. Text in, text out: nothing here reads or writes files.
 */
package ai.cromus.core.report;
