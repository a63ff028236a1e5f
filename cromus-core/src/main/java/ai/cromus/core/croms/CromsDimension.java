package ai.cromus.core.croms;

import static org.apiguardian.api.API.Status.STABLE;

import ai.cromus.core.internal.Enums;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.apiguardian.api.API;

/** The dimensions of preventable waste and their weights in the Croms total. */
@API(status = STABLE, since = "0.1")
public enum CromsDimension {
  /** Tokens paid for where a cheaper model would do as well (35 %). */
  COST,
  /** Time lost to serial steps that could run in parallel (25 %). */
  LATENCY,
  /** Expected cost of retries and unvalidated output (25 %). */
  FAILURE,
  /** Redundant context, missing caching, dead branches, unbounded loops (15 %). */
  STRUCTURAL;

  /** The lower-case id used in files, JSON and reports. */
  @JsonValue
  public String id() {
    return Enums.id(this);
  }

  /** Parses an id case-insensitively; throws {@link IllegalArgumentException} if unknown. */
  @JsonCreator
  public static CromsDimension of(String id) {
    return Enums.parse(CromsDimension.class, id);
  }
}
