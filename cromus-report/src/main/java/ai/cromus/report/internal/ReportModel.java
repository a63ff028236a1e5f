package ai.cromus.report.internal;

import ai.cromus.core.CompileResult;
import ai.cromus.core.simulation.CostMode;
import ai.cromus.core.simulation.PlanSimulation;
import ai.cromus.core.simulation.Simulation;
import ai.cromus.core.simulation.StepSimulation;
import ai.cromus.report.HtmlReportOptions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What every section reads: the result, the options, and what is derived once for all of them (the
 * graph, the declared plan's critical path, the mode in force, the plans and their JSON places).
 */
public final class ReportModel {
  private final CompileResult result;
  private final HtmlReportOptions options;
  private final Graph graph;
  private final Map<String, Integer> numbers = new HashMap<>();
  private final Map<String, Integer> declaredIndex = new HashMap<>();
  private PlanCriticalPath critical;

  ReportModel(CompileResult result, HtmlReportOptions options) {
    this.result = result;
    this.options = options;
    this.graph = new Graph(result.workflow());
    for (int i = 0; i < graph.size(); i++) {
      numbers.put(graph.step(i).id(), i + 1);
    }
    result
        .simulation()
        .ifPresent(
            sim -> {
              for (int i = 0; i < sim.declared().steps().size(); i++) {
                declaredIndex.putIfAbsent(sim.declared().steps().get(i).stepId(), i);
              }
            });
  }

  /** The index of a step's figures in the declared plan's steps (first occurrence), or −1. */
  public int declaredIndex(String stepId) {
    return declaredIndex.getOrDefault(stepId, -1);
  }

  /** A step's figures in the declared plan; empty without a simulation or such a step. */
  public Optional<StepSimulation> declared(String stepId) {
    int i = declaredIndex(stepId);
    return i < 0
        ? Optional.empty()
        : Optional.of(result.simulation().get().declared().steps().get(i));
  }

  public CompileResult result() {
    return result;
  }

  public HtmlReportOptions options() {
    return options;
  }

  public Optional<Simulation> simulation() {
    return result.simulation();
  }

  public Graph graph() {
    return graph;
  }

  /** The declared plan's critical path; empty without a simulation. */
  public Optional<PlanCriticalPath> critical() {
    if (result.simulation().isEmpty()) {
      return Optional.empty();
    }
    if (critical == null) {
      critical = new PlanCriticalPath(graph, result.simulation().get().declared());
    }
    return Optional.of(critical);
  }

  /** The mode in force: the scope's, else the workflow's, else balanced. */
  public CostMode mode() {
    return result.scope().mode().or(() -> result.workflow().mode()).orElse(CostMode.BALANCED);
  }

  /** Whose the mode in force is: the scope's, the workflow's or the default. */
  public String modeSource() {
    if (result.scope().mode().isPresent()) {
      return "the scope's";
    }
    return result.workflow().mode().isPresent() ? "the workflow's" : "the default";
  }

  /** The plan's name in the report: {@code declared} or the mode's id. */
  public static String planName(PlanSimulation p) {
    return p.mode().map(CostMode::id).orElse("declared");
  }

  /**
   * The plan's place in the JSON report: {@code /simulation/declared}, {@code
   * /simulation/modes/eco}.
   */
  public static String planPointer(PlanSimulation p) {
    return p.mode()
        .map(m -> ReportFigures.pointer("simulation", "modes", m.id()))
        .orElse(ReportFigures.pointer("simulation", "declared"));
  }

  /** The declared plan, then each mode in {@link CostMode} order. */
  public List<PlanSimulation> plans() {
    List<PlanSimulation> out = new ArrayList<>();
    result
        .simulation()
        .ifPresent(
            s -> {
              out.add(s.declared());
              for (CostMode m : CostMode.values()) {
                if (s.modes().containsKey(m)) {
                  out.add(s.modes().get(m));
                }
              }
            });
    return out;
  }

  /** The 1-based number of a step in the workflow (its first occurrence), or 0. */
  public int number(String stepId) {
    return numbers.getOrDefault(stepId, 0);
  }
}
