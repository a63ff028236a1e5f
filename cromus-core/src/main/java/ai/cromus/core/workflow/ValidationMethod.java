package ai.cromus.core.workflow;

import static org.apiguardian.api.API.Status.STABLE;

import ai.cromus.core.internal.Enums;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.apiguardian.api.API;

/** How a step's output is checked before later steps use it. */
@API(status = STABLE, since = "0.1")
public enum ValidationMethod {
  /** Validated against a JSON Schema. */
  JSON_SCHEMA,
  /** Matched against a regular expression. */
  REGEX,
  /** Checked by a person. */
  HUMAN,
  /** Explicitly not validated. */
  NONE;

  /** The lower-case id used in files, JSON and reports. */
  @JsonValue
  public String id() {
    return Enums.id(this);
  }

  /** Parses an id case-insensitively; throws {@link IllegalArgumentException} if unknown. */
  @JsonCreator
  public static ValidationMethod of(String id) {
    return Enums.parse(ValidationMethod.class, id);
  }
}
