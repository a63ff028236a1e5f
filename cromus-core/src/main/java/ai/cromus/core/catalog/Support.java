package ai.cromus.core.catalog;

import static org.apiguardian.api.API.Status.STABLE;

import ai.cromus.core.internal.Enums;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.apiguardian.api.API;

/** Tri-state capability flag: a missing flag in a price table means unknown, not no. */
@API(status = STABLE, since = "0.1")
public enum Support {
  /** The capability is documented as supported. */
  YES,
  /** The capability is documented as unsupported. */
  NO,
  /** No source says either way. */
  UNKNOWN;

  /** The lower-case id used in files, JSON and reports. */
  @JsonValue
  public String id() {
    return Enums.id(this);
  }

  /** Parses an id case-insensitively; throws {@link IllegalArgumentException} if unknown. */
  @JsonCreator
  public static Support of(String id) {
    return Enums.parse(Support.class, id);
  }
}
