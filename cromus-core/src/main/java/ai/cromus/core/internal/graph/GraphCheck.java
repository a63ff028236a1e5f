package ai.cromus.core.internal.graph;

import ai.cromus.core.diagnostic.CoreRule;
import ai.cromus.core.diagnostic.Diagnostic;
import ai.cromus.core.diagnostic.SourceLocation;
import ai.cromus.core.internal.text.Similarity;
import ai.cromus.core.workflow.Step;
import ai.cromus.core.workflow.Workflow;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** DAG checks: unknown references, cycles, unreachable steps, unbounded loops. */
public final class GraphCheck {
  private GraphCheck() {}

  public static List<Diagnostic> check(Workflow wf, WorkflowGraph g) {
    List<Diagnostic> out = new ArrayList<>();
    List<String> ids = null; // the step ids, listed only for the hint of an unknown reference
    for (int i = 0; i < g.size(); i++) {
      Step s = g.steps().get(i);
      for (String ref : g.unknownReferences(i)) {
        if (ids == null) {
          ids = wf.steps().stream().map(Step::id).collect(Collectors.toList());
        }
        List<String> near = Similarity.nearest(ref, ids, 3);
        out.add(
            Diagnostic.of(
                CoreRule.DAG_UNKNOWN_REF,
                at(wf, s),
                "Step '" + s.id() + "' depends on '" + ref + "', which is not a step.",
                near.isEmpty()
                    ? "Known steps: " + abbreviate(ids) + "."
                    : "Did you mean '" + String.join("', '", near) + "'?"));
      }
      if (s.unboundedLoop()) {
        out.add(
            Diagnostic.of(
                CoreRule.DAG_UNBOUNDED_LOOP,
                at(wf, s),
                "Step '"
                    + s.id()
                    + "' repeats with no upper bound; its cost and latency have no ceiling.",
                "Write '- loop: up to N times'."));
      }
    }
    List<List<Integer>> cycles = g.cycles();
    boolean[] inCycle = new boolean[g.size()];
    for (List<Integer> c : cycles) {
      c.forEach(i -> inCycle[i] = true);
      Step first = g.steps().get(c.get(0));
      String names = c.stream().map(i -> g.steps().get(i).id()).collect(Collectors.joining(" → "));
      out.add(
          Diagnostic.of(
              CoreRule.DAG_CYCLE,
              at(wf, first),
              "Steps form a cycle: " + names + " → " + first.id() + ".",
              "A workflow is a DAG: express repetition with '- loop: up to N times' on one step."));
    }
    boolean[] reach = g.reachable();
    for (int i = 0; i < g.size(); i++) {
      if (!reach[i] && !inCycle[i]) {
        Step s = g.steps().get(i);
        out.add(
            Diagnostic.of(
                CoreRule.DAG_UNREACHABLE,
                at(wf, s),
                "Step '"
                    + s.id()
                    + "' cannot be reached from any start step: it only follows a cycle.",
                "Break the cycle it depends on."));
      }
    }
    return out;
  }

  private static SourceLocation at(Workflow wf, Step s) {
    return SourceLocation.of(wf.source(), s.position().line(), s.position().column());
  }

  private static String abbreviate(List<String> ids) {
    return ids.size() <= 8 ? String.join(", ", ids) : String.join(", ", ids.subList(0, 8)) + ", …";
  }
}
