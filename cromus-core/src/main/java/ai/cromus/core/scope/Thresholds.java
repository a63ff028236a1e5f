package ai.cromus.core.scope;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/** Verdict thresholds of a workspace. */
@Value.Immutable
@JsonSerialize(as = ImmutableThresholds.class)
@JsonDeserialize(as = ImmutableThresholds.class)
public interface Thresholds {
  /** Croms above this make the verdict FAIL. */
  Optional<BigDecimal> cromsMax();

  /** A structural score below this makes the verdict WARN. */
  OptionalInt scoreMin();

  static ImmutableThresholds.Builder builder() {
    return ImmutableThresholds.builder();
  }
}
