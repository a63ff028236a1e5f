package ai.cromus.core.spec;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/** The portable artifacts generated from a workflow: SKILL.md and its cromus.yaml sidecar, ETHOS.md and MEMORY.md. */
@Value.Immutable
@JsonSerialize(as = ImmutableArtifacts.class)
@JsonDeserialize(as = ImmutableArtifacts.class)
public interface Artifacts {
  /** The generated skill's name: ASCII kebab-case, also the name of its directory. */
  java.util.Optional<String> skillName();

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

  static ImmutableArtifacts.Builder builder() {
    return ImmutableArtifacts.builder();
  }
}
