package ai.cromus.core.spec;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/** A spec file as text: its logical path (never opened), its text and its type. */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutableSpecFile.class)
@JsonDeserialize(as = ImmutableSpecFile.class)
@API(status = STABLE, since = "0.1")
public interface SpecFile {
  /**
   * Logical path with {@code /} separators, e.g. {@code .agents/skills/refund-triage/SKILL.md}; its
   * directory name is checked against a skill's name.
   */
  String path();

  String text();

  SpecType type();

  /**
   * A file whose type comes from its name.
   *
   * @throws IllegalArgumentException if the name implies no type (use {@link #of(String, String,
   *     SpecType)})
   */
  static SpecFile of(String path, String text) {
    SpecType type =
        SpecType.fromPath(path)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "cannot tell the spec type of '"
                            + path
                            + "'; name it SKILL.md, ETHOS.md, ethos-*.md,"
                            + " MEMORY.md, AGENTS.md, cromus.yaml or cromus.policy.yml, or give the type"));
    return of(path, text, type);
  }

  /** A file of a given type. */
  static SpecFile of(String path, String text, SpecType type) {
    return ImmutableSpecFile.builder().path(path).text(text).type(type).build();
  }
}
