package ai.cromus.report.internal;

import ai.cromus.core.simulation.PlanSimulation;
import ai.cromus.core.simulation.StepSimulation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Latency of the declared plan: the critical path (steps run in parallel where the graph allows)
 * against the serial sum (every step one after another), the steps of the path, and each step's
 * latency with the path's steps marked.
 */
final class LatencySection implements Section {
  static final int MAX_ROWS = 60;

  @Override
  public String id() {
    return "latency";
  }

  @Override
  public String title() {
    return "Latency";
  }

  @Override
  public boolean applies(ReportModel m) {
    return m.simulation().isPresent();
  }

  @Override
  public void body(ReportModel m, Html h) {
    PlanSimulation d = m.simulation().get().declared();
    PlanCriticalPath cp = m.critical().get();
    String at = ReportFigures.pointer("simulation", "declared");
    BarTable whole =
        new BarTable("Latency of one run, declared plan", List.of("measure", "seconds"));
    whole.row(
        "critical path",
        d.latencySeconds(),
        "b-crit",
        List.of(x -> ReportFigures.seconds(x, at + "/latencySeconds", d.latencySeconds())));
    whole.row(
        "serial sum",
        d.serialLatencySeconds(),
        "b-alt",
        List.of(
            x -> ReportFigures.seconds(x, at + "/serialLatencySeconds", d.serialLatencySeconds())));
    whole.render(h);
    List<String> names = new ArrayList<>();
    for (int node : cp.nodes()) {
      names.add((node + 1) + ". " + m.graph().step(node).title());
    }
    h.element(
            "p",
            "The critical path, the chain of steps that sets the run's latency: "
                + (names.isEmpty() ? "no steps" : String.join(" → ", names))
                + ". Steps off the path wait for nothing slower; shortening them does not shorten"
                + " the run.",
            "class",
            "note")
        .newline();
    BarTable steps =
        new BarTable(
            "Latency per step, declared plan (critical path in orange)",
            List.of("step", "seconds", "critical path"));
    int shown = Math.min(d.steps().size(), MAX_ROWS);
    for (int i = 0; i < shown; i++) {
      StepSimulation s = d.steps().get(i);
      int node = m.number(s.stepId()) - 1;
      boolean crit = node >= 0 && cp.contains(node);
      String p = ReportFigures.pointer("simulation", "declared", "steps", i, "latencySeconds");
      steps.row(
          new BarTable.Row(
              StepCostSection.label(m, s),
              null,
              List.of(
                  x -> ReportFigures.seconds(x, p, s.latencySeconds()),
                  x -> x.text(crit ? "yes" : "no")),
              s.latencySeconds(),
              crit ? "b-crit" : "b-alt",
              Optional.empty(),
              crit ? "crit" : null));
    }
    steps.render(h);
    if (d.steps().size() > shown) {
      h.element(
              "p",
              "The table shows the first " + shown + " of " + d.steps().size() + " steps.",
              "class",
              "note")
          .newline();
    }
  }
}
