package ai.cromus.cli.internal;

import ai.cromus.core.CompileResult;
import ai.cromus.core.report.TerminalText;
import ai.cromus.core.risk.RiskAnalysis;
import ai.cromus.core.risk.RiskFinding;
import ai.cromus.core.risk.StepRisk;
import ai.cromus.core.workflow.DataClass;
import java.util.stream.Collectors;

/**
 * The risk section of the text report: the workflow's level and the scope's maximum, what each step
 * may do, reads and handles, and each finding (its message names the path) with its fix, highest
 * level first.
 */
final class RiskText {
  private RiskText() {}

  /** The section; a workflow without steps gets its level line only. */
  static String section(CompileResult r) {
    RiskAnalysis a = r.risk();
    int n = a.findings().size();
    StringBuilder sb =
        new StringBuilder("Risk  ")
            .append(a.level().id())
            .append(", ")
            .append(n)
            .append(n == 1 ? " finding" : " findings")
            .append(
                a.maximum()
                    .map(m -> " (the scope's risk_max is " + m.id() + ")")
                    .orElse(" (the scope sets no risk_max)"))
            .append("  (* inferred)\n");
    if (a.steps().isEmpty()) {
      return sb.toString();
    }
    TextTable t = new TextTable("step", "effect", "input", "data", "approved first", "level");
    for (StepRisk s : a.steps()) {
      t.row(
          s.step(),
          s.effect().map(e -> e.id() + (s.effectInferred() ? "*" : "")).orElse("-"),
          s.untrusted() ? "untrusted" + (s.trustInferred() ? "*" : "") : "-",
          s.data().isEmpty()
              ? "-"
              : s.data().stream().map(DataClass::id).collect(Collectors.joining(", ")),
          s.approvedBefore() ? "yes" : "no",
          s.level().id());
    }
    sb.append(t.render("  "));
    for (RiskFinding f : a.findings()) {
      sb.append("  ")
          .append(f.level().id())
          .append("  ")
          .append(TerminalText.visible(f.rule()))
          .append(f.step().map(s -> "  " + TerminalText.visible(s)).orElse(""))
          .append(f.field().map(x -> "  (" + TerminalText.visible(x) + ")").orElse(""))
          .append('\n');
      sb.append(SimulationText.wrapped("      ", f.message()));
      sb.append(SimulationText.wrapped("      ", "fix: " + f.fix()));
    }
    return sb.toString();
  }
}
