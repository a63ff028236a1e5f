package ai.cromus.core.score;

import static org.apiguardian.api.API.Status.STABLE;

import ai.cromus.core.internal.Enums;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.apiguardian.api.API;

/** The dimensions of the structural (AI-readiness) score of an SOP. */
@API(status = STABLE, since = "0.1")
public enum ScoreDimension {
  /** Does every step say what it takes in, what it gives out and what it is? */
  COMPLETENESS,
  /** Are the instructions specific, imperative and free of vague words? */
  CLARITY,
  /**
   * Is the dependency graph sound: no cycles, no dangling references, bounded loops, conditions on
   * branches?
   */
  CONTROL_FLOW,
  /** Are outputs validated and failures retried or routed to a fallback? */
  ERROR_HANDLING,
  /** Owner, version, ETHOS profile, budget, human approval where it matters. */
  GOVERNANCE,
  /**
   * Could a runtime execute it: declared sizes, structured outputs, tiers or models, tools named?
   */
  AI_READINESS;

  /** The lower-case id used in files, JSON and reports. */
  @JsonValue
  public String id() {
    return Enums.id(this);
  }

  /** Parses an id case-insensitively; throws {@link IllegalArgumentException} if unknown. */
  @JsonCreator
  public static ScoreDimension of(String id) {
    return Enums.parse(ScoreDimension.class, id);
  }
}
