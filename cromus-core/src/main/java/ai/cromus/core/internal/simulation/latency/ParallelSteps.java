package ai.cromus.core.internal.simulation.latency;

import ai.cromus.core.diagnostic.Diagnostic;
import ai.cromus.core.internal.croms.LatencyFindings;
import ai.cromus.core.internal.simulation.SimulationContext;
import ai.cromus.core.simulation.PlanSimulation;
import ai.cromus.core.simulation.SimulationRule;
import ai.cromus.core.simulation.StepSimulation;
import ai.cromus.core.workflow.ImmutableStep;
import ai.cromus.core.workflow.ImmutableWorkflow;
import ai.cromus.core.workflow.Step;
import ai.cromus.core.workflow.Workflow;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Steps that wait for another through an explicit {@code after:} but read nothing it produces: no
 * word of the predecessor's output description is in the step's input description (titles and
 * instructions share verbs too often to count). Each gets an information finding with the seconds
 * the declared plan's critical path would lose if the step waited only for what its predecessor
 * waits for. Inferred dependencies are the Croms latency rule's.
 */
public final class ParallelSteps {
  /** At most this many moved dependencies are measured, each a walk of the graph. */
  static final int MAX_EVALUATIONS = 200;

  private ParallelSteps() {}

  public static List<Diagnostic> of(SimulationContext context, PlanSimulation declared) {
    Workflow w = context.workflow();
    Map<String, Step> byId =
        w.steps().stream().collect(Collectors.toMap(Step::id, Function.identity(), (a, b) -> a));
    CriticalPath graph = CriticalPath.of(w);
    List<BigDecimal> latency = new ArrayList<>();
    for (String id : graph.ids()) {
      latency.add(declared.step(id).map(StepSimulation::latencySeconds).orElse(BigDecimal.ZERO));
    }
    BigDecimal path = graph.longest(latency);
    List<Diagnostic> out = new ArrayList<>();
    int evaluations = 0;
    for (Step b : w.steps()) {
      if (!b.dependenciesDeclared() || b.dependsOn().size() != 1) {
        continue;
      }
      Step a = byId.get(b.dependsOn().get(0));
      if (a == null || !readsNothing(a, b) || evaluations++ >= MAX_EVALUATIONS) {
        continue;
      }
      BigDecimal saved =
          path.subtract(CriticalPath.of(reparent(w, b.id(), a.dependsOn())).longest(latency));
      if (saved.signum() > 0) {
        out.add(finding(context, a, b, saved));
      }
    }
    return out;
  }

  /** True when no word of {@code a}'s output description is in {@code b}'s input description. */
  static boolean readsNothing(Step a, Step b) {
    Optional<String> produced = a.outputDescription();
    Optional<String> read = b.inputDescription();
    if (produced.isEmpty() || read.isEmpty()) {
      return false;
    }
    Set<String> out = LatencyFindings.words(produced.get());
    if (out.isEmpty()) {
      return false;
    }
    out.retainAll(LatencyFindings.words(read.get()));
    return out.isEmpty();
  }

  private static Diagnostic finding(SimulationContext context, Step a, Step b, BigDecimal saved) {
    String deps = a.dependsOn().isEmpty() ? "none" : String.join(", ", a.dependsOn());
    return Diagnostic.of(
        SimulationRule.COULD_RUN_PARALLEL,
        context.at(b),
        "Step '"
            + b.id()
            + "' waits for '"
            + a.id()
            + "' ('after:') but its input names nothing of that step's output; run in parallel,"
            + " the workflow would take "
            + saved.setScale(3, RoundingMode.HALF_EVEN).toPlainString()
            + " s less.",
        "If step '"
            + b.id()
            + "' does not need '"
            + a.id()
            + "', write 'after: "
            + deps
            + "'; if it does, name what it reads in its 'input:'.");
  }

  private static Workflow reparent(Workflow workflow, String id, List<String> deps) {
    List<Step> steps = new ArrayList<>();
    for (Step s : workflow.steps()) {
      steps.add(s.id().equals(id) ? ImmutableStep.copyOf(s).withDependsOn(deps) : s);
    }
    return ImmutableWorkflow.copyOf(workflow).withSteps(steps);
  }
}
