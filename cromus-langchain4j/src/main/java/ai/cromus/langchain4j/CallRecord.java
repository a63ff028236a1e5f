package ai.cromus.langchain4j;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import ai.cromus.core.money.Money;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/** One real model call as the spend listener saw it: who made it, what it used, what it cost. */
@Value.Immutable
@JsonSerialize(as = ImmutableCallRecord.class)
@JsonDeserialize(as = ImmutableCallRecord.class)
@API(status = EXPERIMENTAL, since = "0.1")
public interface CallRecord {
  /** The run the call belongs to, e.g. {@code run-3}, or {@code standalone}. */
  String run();

  /** 1-based position of the call in its run. */
  int sequence();

  /** The name of the agent that made the call; {@code (no agent)} outside an agentic run. */
  String agent();

  /** The agent's id in its system (unique, e.g. {@code editor$0$1}), when known. */
  Optional<String> agentId();

  /** The step of the compile result the call belongs to, when the listener has predictions. */
  Optional<String> stepId();

  /** The model name the response (else the request) reported, as written. */
  String modelName();

  /** The catalog id the name resolved to. */
  Optional<String> model();

  /** The channel the call was priced on. */
  Optional<String> channel();

  /** Prompt tokens the provider reported. */
  long inputTokens();

  /** Output tokens the provider reported (reasoning included). */
  long outputTokens();

  /** The exact cost; empty when the call could not be priced ({@link #note()} says why). */
  Optional<Money> cost();

  /** Why the call is unpriced, when it is. */
  Optional<String> note();

  static ImmutableCallRecord.Builder builder() {
    return ImmutableCallRecord.builder();
  }
}
