package ai.cromus.core.spec;

import static org.apiguardian.api.API.Status.STABLE;

import ai.cromus.core.internal.Enums;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.apiguardian.api.API;

/** How an ETHOS profile decides (`decision_style`). */
@API(status = STABLE, since = "0.1")
public enum DecisionStyle {
  /** Prefers the proven option. */
  CONSERVATIVE,
  /** Weighs options evenly. */
  BALANCED,
  /** Prefers the new or faster option. */
  PROGRESSIVE;

  /** The lower-case id used in ETHOS.md files, JSON and reports. */
  @JsonValue
  public String id() {
    return Enums.id(this);
  }

  /** Parses an id case-insensitively; throws {@link IllegalArgumentException} if unknown. */
  @JsonCreator
  public static DecisionStyle of(String id) {
    return Enums.parse(DecisionStyle.class, id);
  }
}
