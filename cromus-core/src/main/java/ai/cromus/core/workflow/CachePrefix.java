package ai.cromus.core.workflow;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/** A reusable prompt prefix of a step that can be served from a prompt cache. */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutableCachePrefix.class)
@JsonDeserialize(as = ImmutableCachePrefix.class)
@API(status = STABLE, since = "0.1")
public interface CachePrefix {
  /** What the prefix is, e.g. {@code system prompt}. */
  String description();

  /** Its size; part of the step's input, not in addition to it. */
  TokenCount tokens();

  static CachePrefix of(String description, TokenCount tokens) {
    return ImmutableCachePrefix.builder().description(description).tokens(tokens).build();
  }
}
