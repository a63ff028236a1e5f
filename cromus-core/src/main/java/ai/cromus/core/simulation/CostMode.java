package ai.cromus.core.simulation;

import static org.apiguardian.api.API.Status.STABLE;

import ai.cromus.core.internal.Enums;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.apiguardian.api.API;

/** The cost-quality modes: documented selection policies over the models a scope allows. */
@API(status = STABLE, since = "0.1")
public enum CostMode {
  /**
   * The cheapest model that meets the step's tier, with batch and caching wherever the step
   * permits.
   */
  ECO,
  /** The cheapest model that meets the step's tier at interactive prices. */
  COST,
  /** A model of the step's own tier with the best quality per dollar. */
  BALANCED,
  /** The strongest model that fits the budget. */
  QUALITY,
  /** Open-weights models only. */
  OPEN_SOURCE;

  /** The lower-case id used in files, JSON and reports. */
  @JsonValue
  public String id() {
    return Enums.id(this);
  }

  /** Parses an id case-insensitively; throws {@link IllegalArgumentException} if unknown. */
  @JsonCreator
  public static CostMode of(String id) {
    return Enums.parse(CostMode.class, id);
  }
}
