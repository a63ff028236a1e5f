package ai.cromus.core.croms;

import static org.apiguardian.api.API.Status.STABLE;

import ai.cromus.core.internal.Enums;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.apiguardian.api.API;

/** The label of a Croms total. */
@API(status = STABLE, since = "0.1")
public enum CromsLabel {
  /** Almost no preventable waste. */
  EXCELLENT,
  /** Little preventable waste. */
  GOOD,
  /** Some preventable waste. */
  FAIR,
  /** Much preventable waste. */
  POOR,
  /** Waste dominates. */
  CRITICAL;

  /** The lower-case id used in files, JSON and reports. */
  @JsonValue
  public String id() {
    return Enums.id(this);
  }

  /** Parses an id case-insensitively; throws {@link IllegalArgumentException} if unknown. */
  @JsonCreator
  public static CromsLabel of(String id) {
    return Enums.parse(CromsLabel.class, id);
  }
}
