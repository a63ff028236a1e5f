package ai.cromus.core.workflow;

import static org.apiguardian.api.API.Status.STABLE;

import ai.cromus.core.internal.Enums;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.apiguardian.api.API;

/** The form a workflow was written in. */
@API(status = STABLE, since = "0.1")
public enum SourceFormat {
  /** An SOP in Markdown with annotations. */
  SOP,
  /** An SOP in Markdown without annotations; steps inferred. */
  PLAIN_SOP,
  /** A SKILL.md file with a Cromus sidecar or steps in its body. */
  SKILL_MD,
  /** The structured JSON form. */
  JSON,
  /** The structured YAML form. */
  YAML,
  /** Built in code with the builders. */
  CODE;

  /** The lower-case id used in files, JSON and reports. */
  @JsonValue
  public String id() {
    return Enums.id(this);
  }

  /** Parses an id case-insensitively; throws {@link IllegalArgumentException} if unknown. */
  @JsonCreator
  public static SourceFormat of(String id) {
    return Enums.parse(SourceFormat.class, id);
  }
}
