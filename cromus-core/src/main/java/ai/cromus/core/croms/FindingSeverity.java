package ai.cromus.core.croms;

import static org.apiguardian.api.API.Status.STABLE;

import ai.cromus.core.internal.Enums;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.apiguardian.api.API;

/** How much a Croms finding matters. */
@API(status = STABLE, since = "0.1")
public enum FindingSeverity {
  /** Small waste. */
  LOW,
  /** Noticeable waste. */
  MODERATE,
  /** Large waste. */
  HIGH,
  /** Waste that dominates the workflow's cost or risk. */
  CRITICAL;

  /** The lower-case id used in files, JSON and reports. */
  @JsonValue
  public String id() {
    return Enums.id(this);
  }

  /** Parses an id case-insensitively; throws {@link IllegalArgumentException} if unknown. */
  @JsonCreator
  public static FindingSeverity of(String id) {
    return Enums.parse(FindingSeverity.class, id);
  }
}
