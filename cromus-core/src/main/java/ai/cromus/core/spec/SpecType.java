package ai.cromus.core.spec;

import static org.apiguardian.api.API.Status.STABLE;

import ai.cromus.core.internal.Enums;
import ai.cromus.core.internal.spec.Names;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Optional;
import org.apiguardian.api.API;

/** The kinds of file the open-spec validator reads. */
@API(status = STABLE, since = "0.1")
public enum SpecType {
  /**
   * An Agent Skill ({@code SKILL.md}, {@code skill.md}) or a legacy {@code
   * skill-<name>-v<version>.md}.
   */
  SKILL,
  /** The Cromus sidecar {@code cromus.yaml} next to a SKILL.md. */
  SIDECAR,
  /** An ETHOS profile: {@code ETHOS.md} or {@code ethos-<name>-v<version>.md}. */
  ETHOS,
  /** A {@code MEMORY.md}. */
  MEMORY,
  /** An {@code AGENTS.md}. */
  AGENTS,
  /** The policy file {@code cromus.policy.yml} (or {@code .yaml}). */
  POLICY;

  /** The lower-case id used by {@code --type} and in JSON. */
  @JsonValue
  public String id() {
    return Enums.id(this);
  }

  /** Parses an id case-insensitively; throws {@link IllegalArgumentException} if unknown. */
  @JsonCreator
  public static SpecType of(String id) {
    return Enums.parse(SpecType.class, id);
  }

  /** The type a file name implies; empty for a file the validator does not read. */
  public static Optional<SpecType> fromPath(String path) {
    String name = Names.fileName(path);
    String lower = name.toLowerCase(Locale.ROOT);
    if (name.equals("SKILL.md")
        || name.equals("skill.md")
        || Names.LEGACY_SKILL_FILE.matcher(name).matches()) {
      return Optional.of(SKILL);
    }
    if (lower.equals("cromus.yaml") || lower.equals("cromus.yml")) {
      return Optional.of(SIDECAR);
    }
    if (name.equals("ETHOS.md") || (lower.startsWith("ethos-") && lower.endsWith(".md"))) {
      return Optional.of(ETHOS);
    }
    if (name.equals("MEMORY.md")) {
      return Optional.of(MEMORY);
    }
    if (name.equals("AGENTS.md")) {
      return Optional.of(AGENTS);
    }
    if (lower.equals("cromus.policy.yml") || lower.equals("cromus.policy.yaml")) {
      return Optional.of(POLICY);
    }
    return Optional.empty();
  }
}
