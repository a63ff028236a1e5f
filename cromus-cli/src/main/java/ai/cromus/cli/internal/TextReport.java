package ai.cromus.cli.internal;

import ai.cromus.core.CompileResult;
import ai.cromus.core.diagnostic.Diagnostic;
import ai.cromus.core.diagnostic.Severity;
import ai.cromus.core.score.DimensionScore;
import ai.cromus.core.score.ScoreFinding;
import ai.cromus.core.workflow.Step;

/** The human-readable report of {@code cromus compile}: aligned tables, no stack traces. */
public final class TextReport {
  private TextReport() {}

  public static String of(String path, CompileResult r, boolean verbose) {
    StringBuilder sb = new StringBuilder();
    sb.append("Cromus ").append(r.cromusVersion());
    r.catalogVersion().ifPresent(v -> sb.append(" · catalog ").append(v));
    sb.append('\n');
    sb.append("Workflow  ")
        .append(r.workflow().title())
        .append(" (")
        .append(r.workflow().name())
        .append(", ")
        .append(r.workflow().format().id())
        .append(", ")
        .append(r.workflow().steps().size())
        .append(" steps) from ")
        .append(path)
        .append("\n\n");

    TextTable steps = new TextTable("#", "step", "kind", ">in tok", ">out tok", "after");
    int i = 0;
    for (Step s : r.workflow().steps()) {
      i++;
      steps.row(
          i,
          s.id(),
          s.kind().id() + (s.kindDeclared() ? "" : "*"),
          s.inputTokens().tokens() + (s.inputTokens().declared() ? "" : "~"),
          s.outputTokens().tokens() + (s.outputTokens().declared() ? "" : "~"),
          s.dependsOn().isEmpty() ? "-" : String.join(", ", s.dependsOn()));
    }
    sb.append("Steps  (* kind inferred, ~ tokens estimated)\n")
        .append(steps.render("  "))
        .append('\n');

    sb.append("Structural score  ").append(r.structuralScore().overall()).append("/100\n");
    TextTable dims = new TextTable("dimension", ">score", ">weight", "top finding");
    for (DimensionScore d : r.structuralScore().dimensions()) {
      String top =
          d.findings().stream()
              .max(java.util.Comparator.comparingInt(ScoreFinding::pointsLost))
              .map(ScoreFinding::message)
              .orElse("");
      dims.row(d.dimension().id(), d.score(), d.weight() + "%", truncate(top, 70));
    }
    sb.append(dims.render("  ")).append('\n');
    for (String section : ReportSections.sections(r)) {
      sb.append(section).append('\n');
    }

    long shown = 0;
    StringBuilder diags = new StringBuilder();
    for (Diagnostic d : r.diagnostics()) {
      if (!verbose && d.severity() == Severity.INFO) {
        continue;
      }
      shown++;
      diags
          .append("  ")
          .append(d.source())
          .append(':')
          .append(d.line())
          .append(':')
          .append(d.column())
          .append("  ")
          .append(d.severity().id())
          .append("  ")
          .append(d.rule())
          .append("  ")
          .append(d.message())
          .append('\n');
      d.hint().ifPresent(h -> diags.append("      hint: ").append(h).append('\n'));
    }
    long infos = r.diagnostics().stream().filter(d -> d.severity() == Severity.INFO).count();
    sb.append("Diagnostics  ").append(shown).append(" shown");
    if (!verbose && infos > 0) {
      sb.append(", ").append(infos).append(" info hidden (--verbose shows them)");
    }
    sb.append('\n').append(diags).append('\n');
    sb.append("Verdict  ").append(r.verdict().status());
    if (!r.verdict().reasons().isEmpty()) {
      sb.append(": ").append(String.join("; ", r.verdict().reasons()));
    }
    sb.append('\n');
    return sb.toString();
  }

  static String truncate(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }
}
