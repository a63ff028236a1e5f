package ai.cromus.core.workflow;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A number of tokens, either declared by the author (exact) or estimated by Cromus, with the method
 * that produced it.
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutableTokenCount.class)
@JsonDeserialize(as = ImmutableTokenCount.class)
@API(status = STABLE, since = "0.1")
public interface TokenCount {
  /** Zero tokens, declared. */
  TokenCount ZERO = declared(0);

  /** A size nobody stated or estimated yet: zero, not declared. */
  TokenCount UNSTATED = estimated(0, "not stated");

  /** The tokens; for a range, its expected size (the midpoint, rounded up to a whole token). */
  long tokens();

  /** The low end of a size written as a range ({@code 1,000–3,000 tokens}); empty for a point. */
  Optional<Long> low();

  /** The high end of a size written as a range; empty for a point. */
  Optional<Long> high();

  /** The low end: {@link #low()}, or {@link #tokens()} for a point size. */
  default long lowTokens() {
    return low().orElse(tokens());
  }

  /** The high end: {@link #high()}, or {@link #tokens()} for a point size. */
  default long highTokens() {
    return high().orElse(tokens());
  }

  /** True when the size was written as a range with different ends. */
  default boolean ranged() {
    return lowTokens() != highTokens();
  }

  /** True when the author stated the size; false when Cromus estimated it. */
  boolean declared();

  /** How the figure was obtained, e.g. {@code declared} or {@code 4 chars per token}. */
  String method();

  @Value.Check
  default void check() {
    if (tokens() < 0) {
      throw new IllegalStateException("tokens must not be negative: " + tokens());
    }
    if (low().isPresent() != high().isPresent()
        || lowTokens() > tokens()
        || tokens() > highTokens()
        || lowTokens() < 0) {
      throw new IllegalStateException(
          "a range needs 0 <= low <= tokens <= high: " + low() + ", " + tokens() + ", " + high());
    }
  }

  static TokenCount declared(long tokens) {
    return ImmutableTokenCount.builder().tokens(tokens).declared(true).method("declared").build();
  }

  /**
   * A declared range from {@code low} to {@code high}: its expected size is the midpoint, rounded
   * up to a whole token. {@code method} says how the ends were read.
   */
  static TokenCount range(long low, long high, String method) {
    if (low == high) {
      return ImmutableTokenCount.builder().tokens(low).declared(true).method(method).build();
    }
    return ImmutableTokenCount.builder()
        .tokens(low + (high - low + 1) / 2)
        .low(low)
        .high(high)
        .declared(true)
        .method(method)
        .build();
  }

  static TokenCount estimated(long tokens, String method) {
    return ImmutableTokenCount.builder().tokens(tokens).declared(false).method(method).build();
  }
}
