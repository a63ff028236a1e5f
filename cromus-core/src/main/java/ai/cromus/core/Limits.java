package ai.cromus.core;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * Safe limits on input. Past a limit the user gets a diagnostic, never an exception, a hang or an
 * OutOfMemoryError.
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutableLimits.class)
@JsonDeserialize(as = ImmutableLimits.class)
@API(status = STABLE, since = "0.1")
public interface Limits {
  /** Default limits: 16 Mi characters, 100,000-character lines, 20,000 steps, nesting 64. */
  Limits DEFAULTS = builder().build();

  /** Largest input, in characters. */
  @Value.Default
  default int maxInputChars() {
    return 16 * 1024 * 1024;
  }

  /** Longest line read; the rest of a longer line is cut with a diagnostic. */
  @Value.Default
  default int maxLineLength() {
    return 100_000;
  }

  /** Most steps in one workflow. */
  @Value.Default
  default int maxSteps() {
    return 20_000;
  }

  /** Deepest nesting of Markdown lists and quotes, and of YAML and JSON structures. */
  @Value.Default
  default int maxNesting() {
    return 64;
  }

  @Value.Check
  default void check() {
    if (maxInputChars() < 1 || maxLineLength() < 80 || maxSteps() < 1 || maxNesting() < 4) {
      throw new IllegalArgumentException("limits too small: " + this);
    }
  }

  static ImmutableLimits.Builder builder() {
    return ImmutableLimits.builder();
  }
}
