package ai.cromus.core;

import static org.apiguardian.api.API.Status.STABLE;

import ai.cromus.core.croms.Croms;
import ai.cromus.core.diagnostic.CoreRule;
import ai.cromus.core.diagnostic.Diagnostic;
import ai.cromus.core.internal.json.WorkflowSummary;
import ai.cromus.core.internal.risk.RiskStage;
import ai.cromus.core.risk.RiskAnalysis;
import ai.cromus.core.scope.Scope;
import ai.cromus.core.score.StructuralScore;
import ai.cromus.core.simulation.CostMode;
import ai.cromus.core.simulation.Recommendation;
import ai.cromus.core.simulation.Simulation;
import ai.cromus.core.spec.Artifacts;
import ai.cromus.core.workflow.Workflow;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * Everything Cromus computes for a workflow under a scope. Immutable and thread-safe.
 *
 * <p>Its JSON ({@link CromusJson#write(Object)}, or any {@code ObjectMapper} through the
 * annotations here) is the compile report that {@code cromus compile --format json} prints, with
 * the keys and order of {@code docs/report.schema.json}: {@code cromusVersion}, {@code
 * catalogVersion}, {@code source}, {@code workflow} (a summary of the steps), {@code verdict},
 * {@code diagnostics}, {@code score}, and with a simulation {@code simulation}, {@code
 * recommendations} and {@code croms}; then {@code risk}. The scope and the artifacts are not part
 * of it, so the report is not read back into a {@code CompileResult}.
 */
@Value.Immutable
@JsonPropertyOrder({
  "cromusVersion",
  "catalogVersion",
  "source",
  "workflow",
  "verdict",
  "diagnostics",
  "score",
  "simulation",
  "recommendations",
  "croms",
  "risk"
})
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutableCompileResult.class)
@JsonDeserialize(as = ImmutableCompileResult.class)
@API(status = STABLE, since = "0.1")
public interface CompileResult {
  /** The Cromus version that produced this result. */
  String cromusVersion();

  /** The catalog version the simulation used; empty when no catalog was available. */
  Optional<String> catalogVersion();

  /** The workflow as read; the report carries its summary ({@link WorkflowSummary}). */
  @JsonSerialize(converter = WorkflowSummary.class)
  Workflow workflow();

  /** The scope the workflow was compiled under. */
  @JsonIgnore
  Scope scope();

  /** Every diagnostic, in {@link Diagnostic#ORDER}. */
  List<Diagnostic> diagnostics();

  Verdict verdict();

  @JsonProperty("score")
  StructuralScore structuralScore();

  /** The simulation; empty when no catalog was available or the workflow could not be read. */
  Optional<Simulation> simulation();

  /** Per step and mode: the recommended model. */
  @JsonIgnore
  List<Recommendation> recommendations();

  /** Preventable waste; empty when there is no simulation. */
  Optional<Croms> croms();

  /**
   * What the workflow may do and at what risk: a level per step and for the workflow, and the
   * findings of the risk rules with the path of steps that leads to each. A result built in code
   * without one gets the analysis of its workflow under its scope (without the plan checks of the
   * data rules, which need the simulation).
   */
  @Value.Default
  default RiskAnalysis risk() {
    return RiskStage.run(workflow(), scope()).analysis;
  }

  /**
   * The day prices and deprecations were judged on: the engine's {@link Cromus#asOf()}, else the
   * catalog's date; empty with neither. The generated MEMORY.md carries it as {@code last_updated}.
   */
  @JsonIgnore
  Optional<LocalDate> asOf();

  /**
   * Generated SKILL.md (with its cromus.yaml sidecar), ETHOS.md and MEMORY.md; empty when the
   * workflow has no steps or Cromus failed on it ({@code CROMUS-INTERNAL-ERROR}).
   *
   * <p>Rendered from {@link #workflow()}, {@link #simulation()} and {@link #asOf()} on the first
   * call and kept: a caller that never reads them never pays for them. Thread-safe (every thread
   * gets the same instance); not part of {@code equals}, {@code hashCode}, {@code toString} or the
   * JSON, which already cover what they are rendered from.
   */
  @Value.Lazy
  @JsonIgnore
  default Optional<Artifacts> artifacts() {
    boolean failed =
        diagnostics().stream().anyMatch(d -> d.rule().equals(CoreRule.INTERNAL_ERROR.id()));
    if (workflow().steps().isEmpty() || failed) {
      return Optional.empty();
    }
    return Optional.of(Artifacts.render(workflow(), simulation(), asOf()));
  }

  /** The report's {@code source}: the logical name of the compiled input. */
  @JsonProperty("source")
  private String reportSource() {
    return workflow().source();
  }

  /** The report's {@code recommendations}: present, even empty, when there is a simulation. */
  @JsonProperty("recommendations")
  private Optional<List<Recommendation>> reportRecommendations() {
    return simulation().isPresent() ? Optional.of(recommendations()) : Optional.empty();
  }

  /** The recommendations of one mode, in step order. */
  default List<Recommendation> recommendations(CostMode mode) {
    return recommendations().stream().filter(r -> r.mode() == mode).collect(Collectors.toList());
  }

  static ImmutableCompileResult.Builder builder() {
    return ImmutableCompileResult.builder();
  }
}
