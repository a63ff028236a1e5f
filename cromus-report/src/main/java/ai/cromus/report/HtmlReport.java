package ai.cromus.report;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import ai.cromus.core.CompileResult;
import ai.cromus.report.internal.Page;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A compile result as one self-contained HTML5 file for people who do not read terminal tables: the
 * verdict and its reasons, budget and headroom, the scope and catalog, the workflow graph (inline
 * SVG, critical path highlighted), cost per plan, per step and per ecosystem tier and mode,
 * latency, Croms with every finding, the structural score, recommendations and the diagnostics with
 * source excerpts.
 *
 * <p>The file has no script, loads nothing (no font, image, style sheet or CDN), prints with its
 * own print style sheet, and gives every chart a text equivalent. Every text from the workflow is
 * escaped: hostile titles appear as text. Figures are the JSON report's, shown with its rounding
 * rule (amounts a run {@code Money.display()}, a month {@code Money.display(2)}, {@code
 * HALF_EVEN}); each carries its exact value and its JSON Pointer into the JSON report ({@code <data
 * value="0.0228235" data-json="/simulation/declared/perRunUsd">$0.0228</data>}). The same result
 * and options give the same bytes on any JVM, locale, time zone and thread.
 *
 * <pre>{@code
 * CompileResult r = Cromus.compile(WorkflowSource.sop("refund.md", text), Scope.defaults());
 * Files.writeString(Path.of("report.html"), HtmlReport.render(r, HtmlReportOptions.withSource("refund.md", text)));
 * }</pre>
 *
 * <p>Thread-safe; no I/O.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class HtmlReport {
  private HtmlReport() {}

  /** The report, without source excerpts under the diagnostics. */
  public static String render(CompileResult result) {
    return render(result, HtmlReportOptions.defaults());
  }

  /** The report, with the excerpts and scope name the options give. */
  public static String render(CompileResult result, HtmlReportOptions options) {
    Objects.requireNonNull(result, "result must not be null");
    Objects.requireNonNull(options, "options must not be null");
    return Page.render(result, options);
  }
}
