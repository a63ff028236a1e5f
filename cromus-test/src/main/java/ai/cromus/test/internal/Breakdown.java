package ai.cromus.test.internal;

import ai.cromus.core.CompileResult;
import ai.cromus.core.croms.Croms;
import ai.cromus.core.croms.CromsFinding;
import ai.cromus.core.diagnostic.Diagnostic;
import ai.cromus.core.money.Money;
import ai.cromus.core.report.TerminalText;
import ai.cromus.core.risk.RiskAnalysis;
import ai.cromus.core.risk.RiskFinding;
import ai.cromus.core.risk.RiskLevel;
import ai.cromus.core.risk.StepRisk;
import ai.cromus.core.score.DimensionScore;
import ai.cromus.core.score.ScoreFinding;
import ai.cromus.core.score.StructuralScore;
import ai.cromus.core.simulation.CostMode;
import ai.cromus.core.simulation.PlanSimulation;
import ai.cromus.core.simulation.Simulation;
import ai.cromus.core.simulation.StepSimulation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Renders the parts of a {@link CompileResult} that explain a failed assertion: the verdict and its
 * reasons, a per-step cost table of a plan, the Croms findings, the structural-score findings and
 * the diagnostics. Plain text, fixed-width columns, locale-independent.
 */
public final class Breakdown {
  /** White space at the end; an attempt starts only where a run starts, so it is linear. */
  private static final Pattern TRAILING_SPACE = Pattern.compile("(?<!\\s)\\s++$");

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final int TABLE_SCALE = 6;

  private Breakdown() {}

  /** The label of a plan: {@code balanced mode} or {@code declared plan}. */
  public static String planLabel(Optional<CostMode> mode) {
    return mode.map(m -> m.id() + " mode").orElse("declared plan");
  }

  /** An amount for people and machines at once: {@code $0.0712 (exact 0.07123)}. */
  public static String money(Money m) {
    boolean exactlyShown = m.rounded(Money.DISPLAY_SCALE).compareTo(m.amount()) == 0;
    return exactlyShown ? m.display() : m.display() + " (exact " + m.toPlainString() + ")";
  }

  /** The header: workflow, source, verdict and its reasons. */
  public static String header(CompileResult r) {
    StringBuilder sb = new StringBuilder();
    sb.append("Workflow ")
        .append(TerminalText.visible(r.workflow().name()))
        .append(" (")
        .append(TerminalText.visible(r.workflow().source()))
        .append("), verdict ")
        .append(r.verdict().status().name());
    r.catalogVersion().ifPresent(v -> sb.append(", catalog ").append(v));
    sb.append('\n');
    for (String reason : r.verdict().reasons()) {
      sb.append("  - ").append(TerminalText.visible(reason)).append('\n');
    }
    return sb.toString();
  }

  /**
   * Header, the cost table of {@code mode} (or the declared plan), Croms findings and diagnostics.
   */
  public static String forCost(CompileResult r, Optional<CostMode> mode) {
    StringBuilder sb = new StringBuilder(header(r));
    Optional<Simulation> sim = r.simulation();
    if (sim.isEmpty()) {
      sb.append(
          "No simulation: no model catalog was available, or the workflow could not be read.\n");
    } else {
      Optional<PlanSimulation> plan =
          mode.isEmpty()
              ? Optional.of(sim.get().declared())
              : Optional.ofNullable(sim.get().modes().get(mode.get()));
      if (plan.isEmpty()) {
        sb.append("No plan was simulated for ").append(planLabel(mode)).append(".\n");
      } else {
        sb.append(costTable(plan.get(), sim.get().runsPerMonth()));
      }
    }
    sb.append(cromsFindings(r));
    sb.append(diagnostics(r.diagnostics()));
    return sb.toString();
  }

  /** Header, the Croms dimensions and findings, and the diagnostics. */
  public static String forCroms(CompileResult r) {
    return header(r) + cromsFindings(r) + diagnostics(r.diagnostics());
  }

  /** Header, the structural score by dimension with its findings, and the diagnostics. */
  public static String forScore(CompileResult r) {
    return header(r) + scoreTable(r.structuralScore()) + diagnostics(r.diagnostics());
  }

  /** Header and diagnostics. */
  public static String forDiagnostics(CompileResult r) {
    return header(r) + diagnostics(r.diagnostics());
  }

  /** Everything: header, declared-plan costs, Croms, score and diagnostics. */
  public static String full(CompileResult r) {
    StringBuilder sb = new StringBuilder(header(r));
    r.simulation().ifPresent(s -> sb.append(costTable(s.declared(), s.runsPerMonth())));
    sb.append(cromsFindings(r));
    sb.append(scoreTable(r.structuralScore()));
    sb.append(diagnostics(r.diagnostics()));
    return sb.toString();
  }

  /** The per-step cost table of one plan, with each step's share of the run's cost. */
  public static String costTable(PlanSimulation plan, long runsPerMonth) {
    StringBuilder sb = new StringBuilder();
    sb.append("Cost of the ")
        .append(planLabel(plan.mode()))
        .append(": ")
        .append(money(plan.perRun()))
        .append(" per run, ")
        .append(money(plan.perMonth()))
        .append(" per month at ")
        .append(runsPerMonth)
        .append(" runs");
    if (!plan.feasible()) {
      sb.append(" (INFEASIBLE)");
    }
    sb.append('\n');
    List<String[]> rows = new ArrayList<>();
    rows.add(
        new String[] {
          "step", "model", "channel", "in tok", "out tok", "cost/run", "retries", "share"
        });
    for (StepSimulation s : plan.steps()) {
      rows.add(
          new String[] {
            TerminalText.visible(s.stepId()),
            TerminalText.visible(s.model().orElse("-")),
            TerminalText.visible(s.channel().orElse("-")),
            Long.toString(s.inputTokens()),
            Long.toString(s.outputTokens() + s.reasoningTokens()),
            cell(s.cost()),
            cell(s.retryCost()),
            share(s.cost(), plan.perRun())
          });
    }
    rows.add(
        new String[] {
          "total", "", "", "", "", cell(plan.perRun()), "", share(plan.perRun(), plan.perRun())
        });
    sb.append(table(rows, new boolean[] {false, false, false, true, true, true, true, true}));
    for (String p : plan.problems()) {
      sb.append("  problem: ").append(TerminalText.visible(p)).append('\n');
    }
    return sb.toString();
  }

  /** Header, the risk level, steps that act and every risk finding, then the diagnostics. */
  public static String forRisk(CompileResult r) {
    return header(r) + riskFindings(r) + diagnostics(r.diagnostics());
  }

  /** The risk level, the steps that may act, and the findings, highest level first. */
  public static String riskFindings(CompileResult r) {
    RiskAnalysis a = r.risk();
    StringBuilder sb = new StringBuilder("Risk ").append(a.level().id());
    a.maximum().ifPresent(m -> sb.append(" (the scope's risk_max: ").append(m.id()).append(')'));
    sb.append('\n');
    for (StepRisk s : a.steps()) {
      if (s.effect().isPresent() || s.untrusted() || s.level() != RiskLevel.NONE) {
        sb.append("  step ")
            .append(TerminalText.visible(s.step()))
            .append(": ")
            .append(
                s.effect()
                    .map(e -> e.id() + (s.effectInferred() ? " (inferred)" : ""))
                    .orElse("no effect"))
            .append(s.untrusted() ? ", reads untrusted content" : "")
            .append(s.approvedBefore() ? ", approved first" : "")
            .append(", level ")
            .append(s.level().id())
            .append('\n');
      }
    }
    if (a.findings().isEmpty()) {
      sb.append("  no findings\n");
    }
    for (RiskFinding f : a.findings()) {
      sb.append("  [").append(f.level().id()).append("] ").append(f.rule());
      f.step().ifPresent(s -> sb.append(" step ").append(TerminalText.visible(s)));
      sb.append('\n');
      sb.append("      ").append(TerminalText.visible(f.message())).append('\n');
      sb.append("      fix: ").append(TerminalText.visible(f.fix())).append('\n');
    }
    return sb.toString();
  }

  /** The Croms total, dimensions and findings, most expensive first as the core ordered them. */
  public static String cromsFindings(CompileResult r) {
    if (r.croms().isEmpty()) {
      return "No Croms: there is no simulation to measure waste against.\n";
    }
    Croms c = r.croms().get();
    StringBuilder sb = new StringBuilder();
    sb.append("Croms ")
        .append(c.total().toPlainString())
        .append(" (")
        .append(c.label().id())
        .append("), ethics multiplier ")
        .append(c.ethicsMultiplier().toPlainString())
        .append(", preventable waste ")
        .append(money(c.wasteUsdPerMonth()))
        .append(" per month\n");
    StringBuilder dims = new StringBuilder("  dimensions:");
    c.dimensions()
        .forEach((d, v) -> dims.append(' ').append(d.id()).append('=').append(v.toPlainString()));
    sb.append(dims).append('\n');
    if (c.findings().isEmpty()) {
      sb.append("  no findings\n");
    }
    for (CromsFinding f : c.findings()) {
      sb.append("  [").append(f.severity().id()).append("] ").append(f.kind());
      f.dimension().ifPresent(d -> sb.append(" (").append(d.id()).append(')'));
      if (!f.steps().isEmpty()) {
        sb.append(" steps ").append(TerminalText.visible(String.join(", ", f.steps())));
      }
      sb.append(": ")
          .append(money(f.usdPerMonth()))
          .append("/month, ")
          .append(f.secondsPerRun().toPlainString())
          .append(" s/run\n");
      sb.append("      ").append(TerminalText.visible(f.message())).append('\n');
      sb.append("      fix: ").append(TerminalText.visible(f.fix())).append('\n');
    }
    return sb.toString();
  }

  /** The structural score by dimension, each with the findings that lowered it. */
  public static String scoreTable(StructuralScore score) {
    StringBuilder sb = new StringBuilder();
    sb.append("Structural score ").append(score.overall()).append("/100\n");
    for (DimensionScore d : score.dimensions()) {
      sb.append("  ")
          .append(d.dimension().id())
          .append(' ')
          .append(d.score())
          .append("/100 (weight ")
          .append(d.weight())
          .append("%)\n");
      for (ScoreFinding f : d.findings()) {
        sb.append("    -").append(f.pointsLost()).append(' ').append(f.check());
        if (!f.steps().isEmpty()) {
          sb.append(" [").append(TerminalText.visible(String.join(", ", f.steps()))).append(']');
        }
        sb.append(": ")
            .append(TerminalText.visible(f.message()))
            .append(" Fix: ")
            .append(TerminalText.visible(f.fix()))
            .append('\n');
      }
    }
    return sb.toString();
  }

  /** Diagnostics, one a line: {@code warning SOP-EMPTY-STEP sops/x.md:12:1 message (hint)}. */
  public static String diagnostics(List<Diagnostic> diagnostics) {
    if (diagnostics.isEmpty()) {
      return "No diagnostics.\n";
    }
    StringBuilder sb = new StringBuilder("Diagnostics (").append(diagnostics.size()).append("):\n");
    for (Diagnostic d : diagnostics) {
      sb.append("  ").append(line(d)).append('\n');
    }
    return sb.toString();
  }

  /** One diagnostic on one line. */
  public static String line(Diagnostic d) {
    StringBuilder sb = new StringBuilder();
    sb.append(d.severity().id())
        .append(' ')
        .append(d.rule())
        .append(' ')
        .append(TerminalText.visible(d.source()))
        .append(':')
        .append(d.line())
        .append(':')
        .append(d.column())
        .append(' ')
        .append(TerminalText.visible(d.message()));
    d.hint().ifPresent(h -> sb.append(" (hint: ").append(TerminalText.visible(h)).append(')'));
    return sb.toString();
  }

  /** A table cell: six decimals, so that the cost of a cheap step is not shown as zero. */
  static String cell(Money m) {
    return (m.isNegative() ? "-$" : "$") + m.rounded(TABLE_SCALE).abs().toPlainString();
  }

  private static String share(Money part, Money total) {
    if (total.isZero()) {
      return "-";
    }
    BigDecimal pct =
        part.amount().multiply(HUNDRED).divide(total.amount(), 1, RoundingMode.HALF_EVEN);
    return pct.toPlainString() + "%";
  }

  private static String table(List<String[]> rows, boolean[] rightAligned) {
    int cols = rows.get(0).length;
    int[] width = new int[cols];
    for (String[] row : rows) {
      for (int i = 0; i < cols; i++) {
        width[i] = Math.max(width[i], row[i].length());
      }
    }
    StringBuilder sb = new StringBuilder();
    for (String[] row : rows) {
      StringBuilder line = new StringBuilder("  ");
      for (int i = 0; i < cols; i++) {
        if (i > 0) {
          line.append("  ");
        }
        String cell = row[i];
        String pad = " ".repeat(width[i] - cell.length());
        line.append(rightAligned[i] ? pad + cell : cell + pad);
      }
      sb.append(stripTrailing(line)).append('\n');
    }
    return sb.toString();
  }

  private static String stripTrailing(CharSequence s) {
    return TRAILING_SPACE.matcher(s).replaceAll("");
  }
}
