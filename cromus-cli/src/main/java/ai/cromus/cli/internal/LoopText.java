package ai.cromus.cli.internal;

import ai.cromus.core.money.Money;
import ai.cromus.core.simulation.CostMode;
import ai.cromus.core.simulation.CostRange;
import ai.cromus.core.simulation.PlanSimulation;
import ai.cromus.core.simulation.Simulation;
import ai.cromus.core.simulation.StepSimulation;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Agent loops, tool fees and low / expected / high costs in the text report and the cost diff. A
 * workflow with no loop, fee or range gets none of these lines: its report is unchanged.
 */
public final class LoopText {
  private LoopText() {}

  /** The flags of a step in the declared plan's step table: its loop, fees and range. */
  static List<String> flags(StepSimulation s) {
    List<String> out = new ArrayList<>();
    s.turns().ifPresent(n -> out.add("loop of " + n + " turns"));
    s.fees().ifPresent(f -> out.add("fees " + f.display()));
    s.costRange().ifPresent(r -> out.add("range " + r.low().display() + "–" + r.high().display()));
    return out;
  }

  /**
   * The section "Ranges, loops and fees": every plan's cost a run and a month at the low, expected
   * and high sizes, and the declared plan's loops and fees with how they were priced; empty when
   * the workflow has no loop, fee or range.
   */
  static Optional<String> section(Simulation s) {
    StringBuilder sb = new StringBuilder();
    if (s.declared().perRunRange().isPresent()) {
      TextTable t =
          new TextTable(
              "plan", ">low/run", ">expected/run", ">high/run", ">low/month", ">high/month");
      rangeRow(t, "declared", s.declared());
      for (CostMode m : CostMode.values()) {
        if (s.modes().containsKey(m)) {
          rangeRow(t, m.id(), s.modes().get(m));
        }
      }
      sb.append(t.render("  "));
    }
    s.declared()
        .feesPerRun()
        .ifPresent(
            f ->
                sb.append("  tool fees of the declared plan: ")
                    .append(f.display())
                    .append(" a run\n"));
    for (StepSimulation st : s.declared().steps()) {
      if (st.turns().isPresent() || st.fees().isPresent()) {
        for (String note : st.notes()) {
          if (note.startsWith("agent loop")
              || note.startsWith("tool fee")
              || note.startsWith("fee ")) {
            sb.append(SimulationText.wrapped("  ", st.stepId() + ": " + note));
          }
        }
      }
    }
    if (sb.length() == 0) {
      return Optional.empty();
    }
    return Optional.of(
        "Ranges, loops and fees  (USD; every size at the low end, midpoint and high end of its"
            + " range)\n"
            + sb);
  }

  private static void rangeRow(TextTable t, String name, PlanSimulation p) {
    if (!p.feasible()) {
      t.row(name, "-", "-", "-", "-", "-");
      return;
    }
    CostRange run = p.costPerRun();
    CostRange month = p.costPerMonth();
    t.row(
        name,
        run.low().display(),
        run.expected().display(),
        run.high().display(),
        month.low().display(2),
        month.high().display(2));
  }

  /** The cost diff's lines on the declared plans' ranges and fees, when either has one. */
  static List<String> diffLines(Simulation a, Simulation b) {
    List<String> out = new ArrayList<>();
    PlanSimulation pa = a.declared();
    PlanSimulation pb = b.declared();
    if (pa.perRunRange().isPresent() || pb.perRunRange().isPresent()) {
      out.add(
          "declared low / expected / high a run: "
              + range(pa.costPerRun())
              + " → "
              + range(pb.costPerRun())
              + " (high "
              + CostDiff.signed(pb.costPerRun().high().minus(pa.costPerRun().high()))
              + ")");
    }
    if (pa.feesPerRun().isPresent() || pb.feesPerRun().isPresent()) {
      Money fa = pa.feesPerRun().orElse(Money.ZERO);
      Money fb = pb.feesPerRun().orElse(Money.ZERO);
      out.add(
          "declared tool fees a run: "
              + fa.display()
              + " → "
              + fb.display()
              + " ("
              + CostDiff.signed(fb.minus(fa))
              + ")");
    }
    for (StepSimulation s : pb.steps()) {
      s.turns()
          .ifPresent(
              n ->
                  out.add(
                      "loop '"
                          + s.stepId()
                          + "': "
                          + n
                          + " turns, "
                          + s.cost().display()
                          + " a run"));
    }
    return out;
  }

  private static String range(CostRange r) {
    return r.low().display() + " / " + r.expected().display() + " / " + r.high().display();
  }

  /** The ranges and fees of two plans in the JSON cost diff, when either has one. */
  static void diffJson(ObjectNode n, PlanSimulation pa, PlanSimulation pb) {
    if (pa.perRunRange().isPresent() || pb.perRunRange().isPresent()) {
      rangeJson(n.putObject("perRunRangeUsdOld"), pa.costPerRun());
      rangeJson(n.putObject("perRunRangeUsdNew"), pb.costPerRun());
      n.put("perRunHighUsdDelta", pb.costPerRun().high().minus(pa.costPerRun().high()).amount());
    }
    if (pa.feesPerRun().isPresent() || pb.feesPerRun().isPresent()) {
      n.put("feesPerRunUsdOld", pa.feesPerRun().orElse(Money.ZERO).amount());
      n.put("feesPerRunUsdNew", pb.feesPerRun().orElse(Money.ZERO).amount());
    }
  }

  private static void rangeJson(ObjectNode n, CostRange r) {
    n.put("lowUsd", r.low().amount());
    n.put("expectedUsd", r.expected().amount());
    n.put("highUsd", r.high().amount());
  }
}
