package ai.cromus.core.workflow;

import static org.apiguardian.api.API.Status.STABLE;

import ai.cromus.core.internal.Enums;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.apiguardian.api.API;

/** The capability a step needs, and a model offers. Ordered from weakest to strongest. */
@API(status = STABLE, since = "0.1")
public enum CapabilityTier {
  /** Simple, high-volume, structured tasks: classification, extraction. */
  LIGHTWEIGHT,
  /** Most production touchpoints: drafting, summarising, routine reasoning. */
  BALANCED,
  /** Hard reasoning and high-stakes output. */
  FRONTIER,
  /** Research-grade, next-generation models. */
  MYTHOS;

  /** The lower-case id used in files, JSON and reports. */
  @JsonValue
  public String id() {
    return Enums.id(this);
  }

  /** Parses an id case-insensitively; throws {@link IllegalArgumentException} if unknown. */
  @JsonCreator
  public static CapabilityTier of(String id) {
    return Enums.parse(CapabilityTier.class, id);
  }

  /** True when this tier is at least {@code other}. */
  public boolean isAtLeast(CapabilityTier other) {
    return compareTo(other) >= 0;
  }
}
