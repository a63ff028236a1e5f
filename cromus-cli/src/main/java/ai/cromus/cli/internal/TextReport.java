package ai.cromus.cli.internal;

import ai.cromus.core.CompileResult;
import ai.cromus.core.diagnostic.Diagnostic;
import ai.cromus.core.diagnostic.Severity;
import ai.cromus.core.report.TerminalText;
import ai.cromus.core.scope.Scope;
import ai.cromus.core.score.DimensionScore;
import ai.cromus.core.score.ScoreFinding;
import ai.cromus.core.simulation.StepSimulation;
import ai.cromus.core.workflow.Step;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The human-readable report of {@code cromus compile}: aligned tables, no stack traces. Every text
 * the user wrote goes through {@link TerminalText#visible}, and long text wraps instead of being
 * cut.
 */
public final class TextReport {
  private TextReport() {}

  /** The report of a result compiled under the default scope or a scope without a file. */
  public static String of(String path, CompileResult r, boolean verbose) {
    return of(path, r, verbose, Optional.empty());
  }

  /**
   * The report of a result read from {@code path}, compiled under the scope read from {@code
   * scopeFile} (empty: the defaults, or a scope built in code).
   */
  public static String of(
      String path, CompileResult r, boolean verbose, Optional<String> scopeFile) {
    StringBuilder sb = new StringBuilder();
    sb.append("Cromus ").append(TerminalText.visible(r.cromusVersion()));
    r.catalogVersion().ifPresent(v -> sb.append(" · catalog ").append(TerminalText.visible(v)));
    if (r.catalogVersion().isEmpty()) {
      sb.append(" · no model catalog: nothing is priced");
    }
    sb.append('\n');
    sb.append("Workflow  ")
        .append(TerminalText.visible(r.workflow().title()))
        .append(" (")
        .append(TerminalText.visible(r.workflow().name()))
        .append(", ")
        .append(r.workflow().format().id())
        .append(", ")
        .append(r.workflow().steps().size())
        .append(r.workflow().steps().size() == 1 ? " step" : " steps")
        .append(") from ")
        .append(TerminalText.visible(path))
        .append('\n');
    sb.append(scope(r, scopeFile)).append("\n\n");

    steps(sb, r);
    sb.append("Structural score  ").append(r.structuralScore().overall()).append("/100\n");
    TextTable dims = new TextTable("dimension", ">score", ">weight", "top finding");
    for (DimensionScore d : r.structuralScore().dimensions()) {
      String top =
          d.findings().stream()
              .max(java.util.Comparator.comparingInt(ScoreFinding::pointsLost))
              .map(ScoreFinding::message)
              .orElse("");
      dims.row(d.dimension().id(), d.score(), d.weight() + "%", top);
    }
    sb.append(dims.wrapLast(SimulationText.WIDTH).render("  ")).append('\n');
    for (String section : ReportSections.sections(r)) {
      sb.append(section).append('\n');
    }

    diagnostics(sb, r, verbose);
    sb.append("Verdict  ").append(r.verdict().status());
    if (!r.verdict().reasons().isEmpty()) {
      sb.append(": ").append(TerminalText.visible(String.join("; ", r.verdict().reasons())));
    }
    sb.append('\n');
    return sb.toString();
  }

  /** The table of steps. */
  private static void steps(StringBuilder sb, CompileResult r) {
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
        .append(steps.wrapLast(SimulationText.WIDTH).render("  "))
        .append('\n');
  }

  /** The diagnostics, info hidden unless verbose. */
  private static void diagnostics(StringBuilder sb, CompileResult r, boolean verbose) {
    long shown = 0;
    StringBuilder diags = new StringBuilder();
    for (Diagnostic d : r.diagnostics()) {
      if (!verbose && d.severity() == Severity.INFO) {
        continue;
      }
      shown++;
      diags
          .append("  ")
          .append(TerminalText.visible(d.source()))
          .append(':')
          .append(d.line())
          .append(':')
          .append(d.column())
          .append("  ")
          .append(d.severity().id())
          .append("  ")
          .append(TerminalText.visible(d.rule()))
          .append("  ")
          .append(TerminalText.visible(d.message()))
          .append('\n');
      d.hint()
          .ifPresent(
              h -> diags.append("      hint: ").append(TerminalText.visible(h)).append('\n'));
    }
    long infos = r.diagnostics().stream().filter(d -> d.severity() == Severity.INFO).count();
    sb.append("Diagnostics  ").append(shown).append(" shown");
    if (!verbose && infos > 0) {
      sb.append(", ").append(infos).append(" info hidden (--verbose shows them)");
    }
    sb.append('\n').append(diags).append('\n');
  }

  /**
   * The scope line: the file (or the defaults), the workspace, the mode and volume it sets, the
   * channels it enables and the channels the declared plan uses.
   */
  static String scope(CompileResult r, Optional<String> scopeFile) {
    Scope s = r.scope();
    StringBuilder sb = new StringBuilder("Scope  ");
    sb.append(
        scopeFile.map(TerminalText::visible).orElse(isDefault(s) ? "defaults" : "built in code"));
    s.workspace().ifPresent(w -> sb.append(", workspace ").append(TerminalText.visible(w)));
    s.mode().ifPresent(m -> sb.append(", mode ").append(m.id()));
    sb.append(", channels enabled: ")
        .append(
            s.channels().isEmpty()
                ? "every channel of the catalog"
                : String.join(", ", s.channels()));
    if (r.simulation().isPresent()) {
      TreeSet<String> used = new TreeSet<>();
      for (StepSimulation st : r.simulation().get().declared().steps()) {
        st.channel().ifPresent(used::add);
      }
      sb.append("; used by the declared plan: ")
          .append(used.isEmpty() ? "none" : String.join(", ", used));
    }
    return TerminalText.visible(sb.toString());
  }

  private static boolean isDefault(Scope s) {
    return s.equals(Scope.defaults());
  }
}
