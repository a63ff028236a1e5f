package ai.cromus.core.scope;

import static org.apiguardian.api.API.Status.STABLE;

import ai.cromus.core.diagnostic.SourceLocation;
import ai.cromus.core.risk.RiskLevel;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalInt;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/** Verdict thresholds of a workspace. */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutableThresholds.class)
@JsonDeserialize(as = ImmutableThresholds.class)
@API(status = STABLE, since = "0.1")
public interface Thresholds {
  /** Croms above this make the verdict FAIL. */
  Optional<BigDecimal> cromsMax();

  /** A structural score below this makes the verdict WARN. */
  OptionalInt scoreMin();

  /** A workflow risk level above this makes the verdict FAIL ({@code THRESHOLD-RISK-MAX}). */
  Optional<RiskLevel> riskMax();

  /**
   * Where {@link #riskMax()} was declared, when read from a scope file. Not part of equality, nor
   * of JSON (diagnostics carry it).
   */
  @Value.Auxiliary
  @JsonIgnore
  Optional<SourceLocation> riskMaxLocation();

  /**
   * Where {@link #cromsMax()} was declared, when read from a scope file. Not part of equality, nor
   * of JSON (diagnostics carry it).
   */
  @Value.Auxiliary
  @JsonIgnore
  Optional<SourceLocation> cromsMaxLocation();

  /**
   * Where {@link #scoreMin()} was declared, when read from a scope file. Not part of equality, nor
   * of JSON (diagnostics carry it).
   */
  @Value.Auxiliary
  @JsonIgnore
  Optional<SourceLocation> scoreMinLocation();

  static ImmutableThresholds.Builder builder() {
    return ImmutableThresholds.builder();
  }
}
