package ai.cromus.core.spec;

import static org.apiguardian.api.API.Status.STABLE;

import ai.cromus.core.internal.spec.ArtifactRenderer;
import ai.cromus.core.internal.spec.Names;
import ai.cromus.core.simulation.Simulation;
import ai.cromus.core.workflow.Workflow;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * The portable artifacts generated from a workflow: SKILL.md and its cromus.yaml sidecar, ETHOS.md
 * and MEMORY.md.
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutableArtifacts.class)
@JsonDeserialize(as = ImmutableArtifacts.class)
@API(status = STABLE, since = "0.1")
public interface Artifacts {
  /** The generated skill's name: ASCII kebab-case, also the name of its directory. */
  Optional<String> skillName();

  /** A SKILL.md that passes the strict Agent Skills rules. */
  String skillMd();

  /** The {@code cromus.yaml} sidecar: steps, cost envelope, governance. */
  String cromusYaml();

  /** The ETHOS profile named by the workflow, or the one recommended for its domain. */
  String ethosMd();

  /** The conventional file name of the ETHOS profile, e.g. {@code ethos-the-steward-v1.0.0.md}. */
  String ethosFileName();

  /** A MEMORY.md with the five required sections, filled from the workflow. */
  String memoryMd();

  /**
   * Renders the artifacts of a workflow, as the compile pipeline does: the SKILL.md named after the
   * workflow, the sidecar with the cost envelope of {@code simulation} when given, the named or
   * recommended ETHOS profile, and a MEMORY.md whose {@code last_updated} is {@code date} (left out
   * when empty). Deterministic.
   */
  static Artifacts render(
      Workflow workflow, Optional<Simulation> simulation, Optional<LocalDate> date) {
    Objects.requireNonNull(workflow, "workflow must not be null");
    Objects.requireNonNull(simulation, "simulation must not be null");
    Objects.requireNonNull(date, "date must not be null");
    return ArtifactRenderer.render(workflow, simulation, date);
  }

  /**
   * The skill name {@link #render} gives a workflow named {@code workflowName}: its ASCII
   * kebab-case, at most 64 characters ({@code skill} when nothing is left).
   */
  static String skillNameOf(String workflowName) {
    Objects.requireNonNull(workflowName, "workflowName must not be null");
    return Names.kebab(workflowName, 64);
  }

  static ImmutableArtifacts.Builder builder() {
    return ImmutableArtifacts.builder();
  }
}
