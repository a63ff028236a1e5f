package ai.cromus.core.croms;

import static org.apiguardian.api.API.Status.STABLE;

import ai.cromus.core.money.Money;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/** One piece of preventable waste: where it is, what it costs, and the fix. */
@Value.Immutable
@JsonPropertyOrder({
  "kind",
  "dimension",
  "severity",
  "steps",
  "usdPerMonth",
  "secondsPerRun",
  "message",
  "fix"
})
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutableCromsFinding.class)
@JsonDeserialize(as = ImmutableCromsFinding.class)
@API(status = STABLE, since = "0.1")
public interface CromsFinding {
  /** Stable id of the finding kind, e.g. {@code CROMS-COST-OVERPOWERED-MODEL}. */
  String kind();

  /** The dimension it counts in; empty for ethics findings, which set the multiplier. */
  @JsonIgnore
  Optional<CromsDimension> dimension();

  /** The JSON {@code dimension}: the dimension's id, or {@code ethics} for the multiplier's. */
  @JsonProperty("dimension")
  private String reportDimension() {
    return dimension().map(CromsDimension::id).orElse("ethics");
  }

  FindingSeverity severity();

  /** The steps involved. */
  List<String> steps();

  /** Dollars per month the fix saves. */
  Money usdPerMonth();

  /** Seconds per run the fix saves. */
  BigDecimal secondsPerRun();

  /** What is wasteful. */
  String message();

  /** What removes it. */
  String fix();

  static ImmutableCromsFinding.Builder builder() {
    return ImmutableCromsFinding.builder();
  }
}
