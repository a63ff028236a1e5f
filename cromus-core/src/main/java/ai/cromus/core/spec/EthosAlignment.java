package ai.cromus.core.spec;

import static org.apiguardian.api.API.Status.STABLE;

import ai.cromus.core.internal.Enums;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.apiguardian.api.API;

/** How well an ETHOS profile fits a workflow's domain; feeds the ethics multiplier of Croms. */
@API(status = STABLE, since = "0.1")
public enum EthosAlignment {
  /** The profile is meant for the domain, or there is no domain to judge it by. */
  ALIGNED,
  /** No profile is named, or the name resolves to no known profile. */
  MISSING,
  /** The profile is meant for other domains. */
  MISMATCHED,
  /**
   * A regulated domain runs a permissive profile (high risk tolerance, or no approval and
   * proceed-with-note).
   */
  REGULATED_PERMISSIVE;

  /** The lower-case id used in ETHOS.md files, JSON and reports. */
  @JsonValue
  public String id() {
    return Enums.id(this);
  }

  /** Parses an id case-insensitively; throws {@link IllegalArgumentException} if unknown. */
  @JsonCreator
  public static EthosAlignment of(String id) {
    return Enums.parse(EthosAlignment.class, id);
  }
}
