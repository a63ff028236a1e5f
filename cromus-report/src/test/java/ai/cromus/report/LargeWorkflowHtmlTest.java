package ai.cromus.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import ai.cromus.core.CompileResult;
import ai.cromus.core.WorkflowSource;
import ai.cromus.core.scope.Scope;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Large workflows stay readable and quick: the graph is drawn up to 150 steps and listed beyond,
 * per-step charts are capped, and rendering a thousand steps does not hang (a generous bound).
 */
class LargeWorkflowHtmlTest {
  /** An SOP of {@code n} steps: a tool, then model steps fanning out from it and joining. */
  static String sop(int n) {
    StringBuilder b = new StringBuilder("---\nname: large\nruns_per_month: 1000\n---\n# Large\n\n");
    for (int i = 1; i <= n; i++) {
      b.append("## ").append(i).append(". Step number ").append(i).append("\n");
      b.append("Classify the record number ").append(i).append(".\n");
      if (i % 3 == 0) {
        b.append("- kind: tool\n");
      } else {
        b.append("- kind: llm\n- model: gpt-5-4-mini\n- input: record, 400 tokens\n");
        b.append("- output: label, 20 tokens\n");
      }
      b.append("- after: ")
          .append(i == 1 ? "none" : Integer.toString(Math.max(1, i - 1 - i % 4)))
          .append("\n\n");
    }
    return b.toString();
  }

  private static String render(int n) {
    String text = sop(n);
    CompileResult r =
        Pages.ENGINE.compileSource(WorkflowSource.of("large.md", text), Scope.defaults());
    assertThat(r.workflow().steps()).hasSize(n);
    return HtmlReport.render(r, HtmlReportOptions.withSource("large.md", text));
  }

  @Test
  void aGraphAtTheLimitIsDrawnAndValid() throws Exception {
    String html = render(150);
    assertThat(html).contains("<svg class=\"graph\"");
    assertThat(Pages.check(html)).isEmpty();
  }

  @Test
  void aThousandStepsAreListedNotDrawn() {
    String html = assertTimeoutPreemptively(Duration.ofMinutes(2), () -> render(1000));
    assertThat(html)
        .doesNotContain("<svg class=\"graph\"")
        .contains("too many to draw legibly")
        .contains("The other 960 steps cost")
        .contains("The table shows the first 60 of 1000 steps.");
  }
}
