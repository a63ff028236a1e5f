package ai.cromus.core;

import ai.cromus.core.croms.Croms;
import ai.cromus.core.diagnostic.Diagnostic;
import ai.cromus.core.scope.Scope;
import ai.cromus.core.score.StructuralScore;
import ai.cromus.core.simulation.CostMode;
import ai.cromus.core.simulation.Recommendation;
import ai.cromus.core.simulation.Simulation;
import ai.cromus.core.spec.Artifacts;
import ai.cromus.core.workflow.Workflow;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Everything Cromus computes for a workflow under a scope. Immutable, thread-safe and serializable
 * with Jackson.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCompileResult.class)
@JsonDeserialize(as = ImmutableCompileResult.class)
public interface CompileResult {
  /** The Cromus version that produced this result. */
  String cromusVersion();

  /** The catalog version the simulation used; empty when no catalog was available. */
  Optional<String> catalogVersion();

  Workflow workflow();

  /** The scope the workflow was compiled under. */
  Scope scope();

  /** Every diagnostic, in {@link Diagnostic#ORDER}. */
  List<Diagnostic> diagnostics();

  Verdict verdict();

  StructuralScore structuralScore();

  /** The simulation; empty when no catalog was available or the workflow could not be read. */
  Optional<Simulation> simulation();

  /** Per step and mode: the recommended model. */
  List<Recommendation> recommendations();

  /** Preventable waste; empty when there is no simulation. */
  Optional<Croms> croms();

  /** Generated SKILL.md, ETHOS.md and MEMORY.md; empty when the workflow could not be read. */
  Optional<Artifacts> artifacts();

  /** The recommendations of one mode, in step order. */
  default List<Recommendation> recommendations(CostMode mode) {
    return recommendations().stream()
        .filter(r -> r.mode() == mode)
        .collect(java.util.stream.Collectors.toList());
  }

  static ImmutableCompileResult.Builder builder() {
    return ImmutableCompileResult.builder();
  }
}
