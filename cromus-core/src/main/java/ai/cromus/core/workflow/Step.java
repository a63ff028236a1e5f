package ai.cromus.core.workflow;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * One step of a workflow: what it does, what it reads and writes, how it may fail and what it
 * needs. Every optional field is what the author left unsaid; Cromus never guesses a value into it
 * (estimates live in {@link TokenCount}, with their method).
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutableStep.class)
@JsonDeserialize(as = ImmutableStep.class)
@API(status = STABLE, since = "0.1")
public interface Step {
  /** Unique id within the workflow, kebab-case. */
  String id();

  /** The step's title as written. */
  String title();

  StepKind kind();

  /** True when the kind was stated; false when inferred from the text. */
  @Value.Default
  default boolean kindDeclared() {
    return true;
  }

  /** The instructions (prose under the step), trimmed; may be empty. */
  @Value.Default
  default String instructions() {
    return "";
  }

  /** What goes in, as described (without the size). */
  Optional<String> inputDescription();

  /** What comes out, as described (without the size). */
  Optional<String> outputDescription();

  /** The whole prompt of the step, its instructions included. */
  @Value.Default
  default TokenCount inputTokens() {
    return TokenCount.UNSTATED;
  }

  /** The visible output. */
  @Value.Default
  default TokenCount outputTokens() {
    return TokenCount.UNSTATED;
  }

  /** True when the output is structured (JSON, a schema, named fields). */
  @Value.Default
  default boolean structuredOutput() {
    return false;
  }

  /** The requested model id or alias, as written. */
  Optional<String> model();

  /** Fallback models, in order, as written. */
  List<String> fallbacks();

  /** The required capability tier, when stated. */
  Optional<CapabilityTier> tier();

  /** Retries on failure, when stated ({@code 0} means none). */
  OptionalInt retries();

  /** How the output is validated, when stated. */
  Optional<ValidationMethod> validation();

  /** Ids of the steps this one needs. */
  List<String> dependsOn();

  /** True when {@link #dependsOn()} was written; false when inferred (the previous step). */
  @Value.Default
  default boolean dependenciesDeclared() {
    return true;
  }

  /** Upper bound of iterations when the step repeats. */
  OptionalInt loopBound();

  /** True when the step repeats without a stated bound. */
  @Value.Default
  default boolean unboundedLoop() {
    return false;
  }

  /**
   * The model calls of the step's agent loop ({@code turns:}), when stated: turn {@code k} sends
   * the step's input plus {@code k - 1} times its output and {@link #toolResultTokens()}.
   */
  OptionalInt turns();

  /**
   * True when the step is an agent loop whose number of turns is not bounded ({@code turns: until
   * done}); it is priced at a documented default number of turns.
   */
  @JsonInclude(JsonInclude.Include.NON_DEFAULT)
  @Value.Default
  default boolean unboundedTurns() {
    return false;
  }

  /** Tokens a tool result appends to the conversation after each turn ({@code tool_result:}). */
  Optional<TokenCount> toolResultTokens();

  /** The fee in US dollars of each call of a tool or retrieval step ({@code fee:}). */
  Optional<BigDecimal> feeUsd();

  /** The fee in US dollars of the tool a loop calls, per turn ({@code tool_fee:}). */
  Optional<BigDecimal> toolFeeUsd();

  /**
   * The channel's built-in tools the step uses ({@code builtin_tools:}), as written: priced from
   * the catalog per turn.
   */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  List<String> builtinTools();

  /** Tool names the step calls. */
  List<String> tools();

  /** A cacheable prompt prefix. */
  Optional<CachePrefix> cache();

  /** True when the step may run asynchronously at batch prices. */
  @Value.Default
  default boolean batchAllowed() {
    return false;
  }

  /** The latency budget of the step, in seconds. */
  Optional<BigDecimal> latencyBudgetSeconds();

  /** For human steps: the role that approves. */
  Optional<String> approver();

  /** For steps after a decision: when the step runs. */
  Optional<String> condition();

  /** Hidden reasoning the step asks of its model. */
  Optional<ReasoningEffort> reasoning();

  /**
   * What the step may do ({@code effect:}), when stated. When it is not, the risk analysis infers
   * it from the tools and verbs ({@code CompileResult.risk()}); it is never guessed into here.
   */
  Optional<Effect> effect();

  /** Whether the content the step reads is trusted ({@code trust:}), when stated. */
  Optional<Trust> trust();

  /**
   * The classes of data the step handles ({@code data:}), as stated; empty when unstated, and then
   * the workflow's {@link Workflow#data()} apply to it.
   */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  List<DataClass> data();

  /** Annotations Cromus does not interpret, kept verbatim in source order. */
  Map<String, String> extra();

  /** Where the step was written. */
  @Value.Default
  default SourcePosition position() {
    return SourcePosition.UNKNOWN;
  }

  static ImmutableStep.Builder builder() {
    return ImmutableStep.builder();
  }
}
