package ai.cromus.langchain4j;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.OptionalLong;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * What a team knows about one agent's calls: the prompt and the output of one model call, in
 * tokens. A stated size replaces Cromus's estimate; a size left empty keeps the estimate.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAgentSizes.class)
@JsonDeserialize(as = ImmutableAgentSizes.class)
@API(status = EXPERIMENTAL, since = "0.1")
public interface AgentSizes {
  /** Prompt tokens of one call (system and user messages, tool definitions, context). */
  OptionalLong inputTokens();

  /** Output tokens of one call (reasoning included, as providers bill it). */
  OptionalLong outputTokens();

  @Value.Check
  default void check() {
    if ((inputTokens().isPresent() && inputTokens().getAsLong() < 0)
        || (outputTokens().isPresent() && outputTokens().getAsLong() < 0)) {
      throw new IllegalStateException("token counts must not be negative: " + this);
    }
    if (inputTokens().isEmpty() && outputTokens().isEmpty()) {
      throw new IllegalStateException("state the input tokens, the output tokens or both");
    }
  }

  /** Both sizes of one call. */
  static AgentSizes of(long inputTokens, long outputTokens) {
    return builder().inputTokens(inputTokens).outputTokens(outputTokens).build();
  }

  static ImmutableAgentSizes.Builder builder() {
    return ImmutableAgentSizes.builder();
  }
}
