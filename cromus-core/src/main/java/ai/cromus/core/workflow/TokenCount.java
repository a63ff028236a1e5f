package ai.cromus.core.workflow;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
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

  long tokens();

  /** True when the author stated the size; false when Cromus estimated it. */
  boolean declared();

  /** How the figure was obtained, e.g. {@code declared} or {@code 4 chars per token}. */
  String method();

  @Value.Check
  default void check() {
    if (tokens() < 0) {
      throw new IllegalStateException("tokens must not be negative: " + tokens());
    }
  }

  static TokenCount declared(long tokens) {
    return ImmutableTokenCount.builder().tokens(tokens).declared(true).method("declared").build();
  }

  static TokenCount estimated(long tokens, String method) {
    return ImmutableTokenCount.builder().tokens(tokens).declared(false).method(method).build();
  }
}
