package ai.cromus.core.internal.score;

import ai.cromus.core.internal.graph.WorkflowGraph;
import ai.cromus.core.workflow.Step;
import ai.cromus.core.workflow.StepKind;
import ai.cromus.core.workflow.Workflow;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * What the structural checks read: the workflow, its graph, and the step lists several checks
 * share.
 *
 * @param modelSteps the steps that call a model
 * @param afterDecision the steps that depend on a decision step (as the graph resolves ids: the
 *     first step of an id)
 */
record ScoreContext(
    Workflow workflow, WorkflowGraph graph, List<Step> modelSteps, Set<Step> afterDecision) {

  static ScoreContext of(Workflow wf, WorkflowGraph graph) {
    List<Step> model = new ArrayList<>();
    for (Step s : wf.steps()) {
      if (s.kind() == StepKind.LLM) {
        model.add(s);
      }
    }
    Set<Step> afterDecision = Collections.newSetFromMap(new IdentityHashMap<>());
    for (int i = 0; i < graph.size(); i++) {
      for (int p : graph.predecessors(i)) {
        if (graph.steps().get(p).kind() == StepKind.DECISION) {
          afterDecision.add(graph.steps().get(i));
          break;
        }
      }
    }
    return new ScoreContext(
        wf, graph, List.copyOf(model), Collections.unmodifiableSet(afterDecision));
  }

  List<Step> steps() {
    return workflow.steps();
  }

  /** The steps of the given kinds. */
  List<Step> ofKind(StepKind... kinds) {
    List<Step> out = new ArrayList<>();
    for (Step s : steps()) {
      for (StepKind k : kinds) {
        if (s.kind() == k) {
          out.add(s);
          break;
        }
      }
    }
    return out;
  }
}
