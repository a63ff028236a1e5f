package ai.cromus.core.spec;

import static org.apiguardian.api.API.Status.STABLE;

import ai.cromus.core.internal.Enums;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.apiguardian.api.API;

/** How much risk an ETHOS profile lets the agent take (`risk_tolerance`). */
@API(status = STABLE, since = "0.1")
public enum RiskTolerance {
  /** Avoids risk; the regulated and customer-facing profiles. */
  LOW,
  /** Accepts measured risk. */
  MODERATE,
  /** Accepts risk for speed; a permissive profile. */
  HIGH;

  /** The lower-case id used in ETHOS.md files, JSON and reports. */
  @JsonValue
  public String id() {
    return Enums.id(this);
  }

  /** Parses an id case-insensitively; throws {@link IllegalArgumentException} if unknown. */
  @JsonCreator
  public static RiskTolerance of(String id) {
    return Enums.parse(RiskTolerance.class, id);
  }
}
