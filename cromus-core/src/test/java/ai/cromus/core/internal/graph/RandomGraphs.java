package ai.cromus.core.internal.graph;

import ai.cromus.core.workflow.ImmutableStep;
import ai.cromus.core.workflow.Step;
import ai.cromus.core.workflow.StepKind;
import ai.cromus.core.workflow.Workflow;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Seeded random dependency graphs for the graph and critical-path tests. */
public final class RandomGraphs {
  private RandomGraphs() {}

  /**
   * A workflow of {@code n} tool steps {@code s0 … s(n-1)} with up to three dependencies each:
   * mostly on earlier steps, sometimes on any step (cycles, itself) or on an unknown id. With
   * {@code repeatIds}, a step now and then takes the id of an earlier one.
   */
  public static Workflow workflow(Random r, int n, boolean repeatIds) {
    List<Step> steps = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String id = repeatIds && i > 0 && r.nextInt(15) == 0 ? "s" + r.nextInt(i) : "s" + i;
      ImmutableStep.Builder b = Step.builder().id(id).title("Step " + i).kind(StepKind.TOOL);
      int deps = r.nextInt(4);
      for (int k = 0; k < deps; k++) {
        int pick = r.nextInt(10);
        b.addDependsOn(
            pick == 0 ? "unknown" + k : "s" + (pick < 3 ? r.nextInt(n) : r.nextInt(i + 1)));
      }
      steps.add(b.build());
    }
    return Workflow.builder().name("g").title("G").source("g.md").addAllSteps(steps).build();
  }
}
