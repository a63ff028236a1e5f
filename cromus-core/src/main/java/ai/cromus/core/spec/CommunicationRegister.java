package ai.cromus.core.spec;

import static org.apiguardian.api.API.Status.STABLE;

import ai.cromus.core.internal.Enums;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.apiguardian.api.API;

/** The register an ETHOS profile writes in (`communication_register`). */
@API(status = STABLE, since = "0.1")
public enum CommunicationRegister {
  /** Complete, precise, regulated vocabulary. */
  FORMAL,
  /** Businesslike. */
  PROFESSIONAL,
  /** Warm and plain. */
  CONVERSATIONAL,
  /** Terse and exact, for engineers. */
  TECHNICAL;

  /** The lower-case id used in ETHOS.md files, JSON and reports. */
  @JsonValue
  public String id() {
    return Enums.id(this);
  }

  /** Parses an id case-insensitively; throws {@link IllegalArgumentException} if unknown. */
  @JsonCreator
  public static CommunicationRegister of(String id) {
    return Enums.parse(CommunicationRegister.class, id);
  }
}
