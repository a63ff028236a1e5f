package ai.cromus.langchain4j;

import ai.cromus.core.CompileResult;
import ai.cromus.core.simulation.StepSimulation;
import ai.cromus.core.workflow.Step;
import ai.cromus.core.workflow.StepKind;
import ai.cromus.langchain4j.internal.AgenticReader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a compile result predicted, as the spend listener needs it: the step of each agent (by id,
 * or by a name only one agent has), each step's predicted output tokens, and the declared plan's
 * steps (their model and channel). Immutable once built; empty without predictions.
 */
final class PredictedPlan {
  private final Map<String, String> stepByAgentId = new HashMap<>();
  private final Map<String, String> stepByAgentName = new HashMap<>();
  private final Map<String, StepSimulation> plan = new HashMap<>();
  private final List<StepSimulation> planSteps = new ArrayList<>();
  private final Map<String, Long> predictedOutput = new HashMap<>();

  PredictedPlan(Optional<CompileResult> predictions) {
    if (predictions.isEmpty()) {
      return;
    }
    CompileResult r = predictions.get();
    Map<String, Integer> names = new HashMap<>();
    for (Step s : r.workflow().steps()) {
      if (s.kind() != StepKind.LLM) {
        continue;
      }
      String agent = s.extra().get(AgenticReader.EXTRA_AGENT);
      String id = s.extra().get(AgenticReader.EXTRA_AGENT_ID);
      if (id != null) {
        stepByAgentId.putIfAbsent(id, s.id());
      }
      if (agent != null) {
        names.merge(agent, 1, Integer::sum);
        stepByAgentName.putIfAbsent(agent, s.id());
      }
      predictedOutput.put(s.id(), s.outputTokens().tokens());
    }
    names.forEach(
        (n, count) -> stepByAgentName.computeIfPresent(n, (k, v) -> count == 1 ? v : null));
    r.simulation().ifPresent(sim -> planSteps.addAll(sim.declared().steps()));
    planSteps.forEach(s -> plan.put(s.stepId(), s));
  }

  /** The step of the agent with this id, else of the only agent with this name. */
  Optional<String> step(Optional<String> agentId, String agentName) {
    Optional<String> step = agentId.map(stepByAgentId::get);
    if (step.isEmpty()) {
      step = Optional.ofNullable(stepByAgentName.get(agentName));
    }
    return step;
  }

  /** The predicted output tokens of a step; 0 when unknown. */
  long predictedOutput(Optional<String> stepId) {
    return stepId.map(predictedOutput::get).orElse(0L);
  }

  /** The declared plan's simulation of a step, if any. */
  Optional<StepSimulation> planned(String stepId) {
    return Optional.ofNullable(plan.get(stepId));
  }

  /** The declared plan's steps, in order. */
  List<StepSimulation> planSteps() {
    return Collections.unmodifiableList(planSteps);
  }
}
