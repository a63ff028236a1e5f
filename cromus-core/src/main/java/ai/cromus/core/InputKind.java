package ai.cromus.core;

import static org.apiguardian.api.API.Status.STABLE;

import ai.cromus.core.internal.Enums;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.apiguardian.api.API;

/** What a workflow source holds; AUTO decides from the name and content. */
@API(status = STABLE, since = "0.1")
public enum InputKind {
  /** Decide from the file name and the content. */
  AUTO,
  /** An SOP in Markdown, annotated or plain. */
  SOP,
  /** A SKILL.md file. */
  SKILL_MD,
  /** The structured JSON form. */
  JSON,
  /** The structured YAML form. */
  YAML;

  /** The lower-case id used in files, JSON and reports. */
  @JsonValue
  public String id() {
    return Enums.id(this);
  }

  /** Parses an id case-insensitively; throws {@link IllegalArgumentException} if unknown. */
  @JsonCreator
  public static InputKind of(String id) {
    return Enums.parse(InputKind.class, id);
  }
}
