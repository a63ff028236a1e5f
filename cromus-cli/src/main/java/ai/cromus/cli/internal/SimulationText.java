package ai.cromus.cli.internal;

import ai.cromus.core.CompileResult;
import ai.cromus.core.croms.Croms;
import ai.cromus.core.croms.CromsDimension;
import ai.cromus.core.croms.CromsFinding;
import ai.cromus.core.money.Money;
import ai.cromus.core.simulation.CostMode;
import ai.cromus.core.simulation.MatrixCell;
import ai.cromus.core.simulation.PlanSimulation;
import ai.cromus.core.simulation.Recommendation;
import ai.cromus.core.simulation.Simulation;
import ai.cromus.core.simulation.StepSimulation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The simulation, recommendation and Croms sections of the text report, as tables. */
public final class SimulationText {
  private SimulationText() {}

  /** The sections, empty when the result has no simulation. */
  public static List<String> sections(CompileResult r) {
    List<String> out = new ArrayList<>();
    if (r.simulation().isEmpty()) {
      return out;
    }
    Simulation s = r.simulation().get();
    out.add(plans(s));
    out.add(steps(s.declared()));
    out.add(matrix(s));
    out.add(recommendations(r));
    r.croms().ifPresent(c -> out.add(croms(c)));
    return out;
  }

  static String seconds(BigDecimal b) {
    return b.setScale(1, RoundingMode.HALF_EVEN).toPlainString() + " s";
  }

  static String percent(BigDecimal p) {
    return p.movePointRight(2).setScale(2, RoundingMode.HALF_EVEN).toPlainString() + " %";
  }

  static String plans(Simulation s) {
    TextTable t =
        new TextTable("plan", ">per run", ">per month", ">latency", ">serial", ">failure", "note");
    row(t, "declared", s.declared());
    for (CostMode m : CostMode.values()) {
      if (s.modes().containsKey(m)) {
        row(t, m.id(), s.modes().get(m));
      }
    }
    return "Simulation  ("
        + String.format(Locale.ROOT, "%,d", s.runsPerMonth())
        + " runs a month)\n"
        + t.render("  ");
  }

  private static void row(TextTable t, String name, PlanSimulation p) {
    if (!p.feasible()) {
      t.row(name, "-", "-", "-", "-", "-", "infeasible");
      return;
    }
    t.row(
        name,
        p.perRun().display(),
        p.perMonth().rounded(2).toPlainString(),
        seconds(p.latencySeconds()),
        seconds(p.serialLatencySeconds()),
        percent(p.failureRisk()),
        p.feasible() ? (p.problems().isEmpty() ? "" : "over budget") : "infeasible");
  }

  static String steps(PlanSimulation p) {
    TextTable t =
        new TextTable("step", "model", "channel", "tier", ">per run", ">latency", "notes");
    for (StepSimulation s : p.steps()) {
      if (s.model().isEmpty()) {
        continue;
      }
      List<String> flags = new ArrayList<>();
      if (s.estimated()) {
        flags.add("estimated tokens");
      }
      if (s.cached()) {
        flags.add("cached");
      }
      if (s.batch()) {
        flags.add("batch");
      }
      if (s.reasoningTokens() > 0) {
        flags.add(s.reasoningTokens() + " reasoning tok");
      }
      t.row(
          s.stepId(),
          s.model().get(),
          s.channel().orElse("-"),
          s.requiredTier().map(x -> x.id()).orElse("-"),
          s.cost().display(),
          seconds(s.latencySeconds()),
          String.join(", ", flags));
    }
    return "Declared plan, model steps\n" + t.render("  ");
  }

  static String matrix(Simulation s) {
    List<String> tiers = new ArrayList<>();
    for (MatrixCell c : s.matrix()) {
      if (!tiers.contains(c.tier().id())) {
        tiers.add(c.tier().id());
      }
    }
    List<String> headers = new ArrayList<>();
    headers.add("ecosystem tier");
    for (CostMode m : CostMode.values()) {
      headers.add(">" + m.id());
    }
    TextTable t = new TextTable(headers.toArray(new String[0]));
    for (String tier : tiers) {
      List<Object> row = new ArrayList<>();
      row.add(tier);
      for (CostMode m : CostMode.values()) {
        row.add(
            s.matrix().stream()
                .filter(c -> c.tier().id().equals(tier) && c.mode() == m)
                .findFirst()
                .map(c -> c.feasible() ? c.perMonth().rounded(2).toPlainString() : "-")
                .orElse("-"));
      }
      t.row(row.toArray());
    }
    return "Cost per month by ecosystem tier and mode (USD; - where the scope leaves no model)\n"
        + t.render("  ");
  }

  static String recommendations(CompileResult r) {
    CostMode mode = r.scope().mode().or(() -> r.workflow().mode()).orElse(CostMode.BALANCED);
    TextTable t = new TextTable("step", "model", "badge", ">per run", ">saving/month", "next best");
    for (Recommendation rec : r.recommendations(mode)) {
      t.row(
          rec.stepId(),
          rec.model(),
          rec.badge().label(),
          rec.perRun().display(),
          rec.savingPerMonth().rounded(2).toPlainString(),
          String.join(
              ", ",
              rec.alternatives().stream()
                  .map(a -> a.model() + " (" + a.channel() + ")")
                  .toArray(String[]::new)));
    }
    return "Recommendations  (mode "
        + mode.id()
        + ")\n"
        + (t.isEmpty() ? "  no model steps\n" : t.render("  "));
  }

  static String croms(Croms c) {
    StringBuilder sb =
        new StringBuilder("Croms  ")
            .append(c.total().toPlainString())
            .append(" (")
            .append(c.label().id())
            .append("), ethics multiplier ")
            .append(c.ethicsMultiplier().toPlainString())
            .append(", waste ")
            .append(c.wasteUsdPerMonth().display())
            .append(" a month\n");
    TextTable d = new TextTable("dimension", ">weight", ">score");
    String[] weights = {"35%", "25%", "25%", "15%"};
    for (CromsDimension dim : CromsDimension.values()) {
      d.row(
          dim.id(),
          weights[dim.ordinal()],
          c.dimensions().getOrDefault(dim, BigDecimal.ZERO).toPlainString());
    }
    sb.append(d.render("  "));
    if (!c.findings().isEmpty()) {
      TextTable f = new TextTable("finding", "severity", "steps", ">$/month", ">s/run", "fix");
      for (CromsFinding x : c.findings()) {
        f.row(
            x.kind(),
            x.severity().id(),
            String.join(", ", x.steps()),
            x.usdPerMonth().rounded(2).toPlainString(),
            x.secondsPerRun().toPlainString(),
            TextReport.truncate(x.fix(), 80));
      }
      sb.append(f.render("  "));
    }
    return sb.toString();
  }

  static String money(Money m) {
    return m.display();
  }
}
