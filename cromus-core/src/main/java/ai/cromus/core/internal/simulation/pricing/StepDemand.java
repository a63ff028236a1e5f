package ai.cromus.core.internal.simulation.pricing;

import ai.cromus.core.internal.simulation.FailureRates;
import ai.cromus.core.workflow.CapabilityTier;
import ai.cromus.core.workflow.Step;
import ai.cromus.core.workflow.StepKind;
import ai.cromus.core.workflow.TokenCount;
import ai.cromus.core.workflow.ValidationMethod;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * What one model step asks of any model that runs it: its sizes, the capability tier it needs, its
 * retries and loop, its agent loop's turns, its declared cache prefix, and the attempts it takes on
 * a model of each capability tier (a weaker model fails more often).
 *
 * @param prompt input tokens of the first turn, the cached prefix included
 * @param output output tokens per turn
 * @param cacheTokens tokens of the declared cache prefix; 0 without one
 * @param retries the retries that can trigger (0 when failures go undetected)
 * @param loop iterations of the step's loop (1 without one)
 * @param turns model calls of the step's agent loop (1 without one)
 * @param toolResult tokens a tool result appends to the conversation after each turn
 * @param bound which end of the sizes' ranges the demand is at
 * @param compacted true when each turn keeps only the last turn's output and tool result instead of
 *     the whole history (the Croms comparison of compaction)
 */
public record StepDemand(
    Step step,
    CapabilityTier need,
    long prompt,
    long output,
    long cacheTokens,
    int retries,
    long loop,
    int turns,
    long toolResult,
    SizeBound bound,
    boolean compacted,
    Map<CapabilityTier, Attempts> attempts) {

  /** Retries beyond this many are not modelled (their probability is negligible). */
  public static final int MAX_RETRIES_MODELLED = 20;

  /** The turns an agent loop without a bound ({@code turns: until done}) is priced at. */
  public static final int DEFAULT_TURNS = 10;

  /** The demand of a model step that needs {@code need}, under the scope's failure rates. */
  public static StepDemand of(Step s, CapabilityTier need, FailureRates rates) {
    int retries = failuresDetected(s) ? retriesOf(s) : 0;
    long loop = loopOf(s);
    Map<CapabilityTier, Attempts> attempts = new EnumMap<>(CapabilityTier.class);
    for (CapabilityTier model : CapabilityTier.values()) {
      attempts.put(model, Attempts.of(rates.rate(StepKind.LLM, need, model), retries, loop));
    }
    return new StepDemand(
        s,
        need,
        s.inputTokens().tokens(),
        s.outputTokens().tokens(),
        s.cache().isPresent() ? s.cache().get().tokens().tokens() : 0,
        retries,
        loop,
        turnsOf(s),
        s.toolResultTokens().map(TokenCount::tokens).orElse(0L),
        SizeBound.EXPECTED,
        false,
        Collections.unmodifiableMap(attempts));
  }

  /** The same demand with the sizes at {@code b}: the low or high ends of their ranges. */
  public StepDemand at(SizeBound b) {
    if (b == bound) {
      return this;
    }
    return new StepDemand(
        step,
        need,
        b.of(step.inputTokens()),
        b.of(step.outputTokens()),
        cacheTokens,
        retries,
        loop,
        turns,
        step.toolResultTokens().map(b::of).orElse(0L),
        b,
        compacted,
        attempts);
  }

  /** The same demand with {@code n} turns. */
  public StepDemand withTurns(int n) {
    return new StepDemand(
        step,
        need,
        prompt,
        output,
        cacheTokens,
        retries,
        loop,
        n,
        toolResult,
        bound,
        compacted,
        attempts);
  }

  /** The same demand with a cached prefix of {@code tokens} tokens. */
  public StepDemand withCache(long tokens) {
    return new StepDemand(
        step,
        need,
        prompt,
        output,
        tokens,
        retries,
        loop,
        turns,
        toolResult,
        bound,
        compacted,
        attempts);
  }

  /**
   * The same loop compacted: turn {@code k ≥ 2} sends the input and only the last turn's output and
   * tool result, {@code I + (O + R)}, a summary in place of the history.
   */
  public StepDemand asCompacted() {
    return new StepDemand(
        step,
        need,
        prompt,
        output,
        cacheTokens,
        retries,
        loop,
        turns,
        toolResult,
        bound,
        true,
        attempts);
  }

  /** True when some size of the step is a range. */
  public boolean ranged() {
    return step.inputTokens().ranged()
        || step.outputTokens().ranged()
        || step.toolResultTokens().map(TokenCount::ranged).orElse(false);
  }

  /** The attempts on a model of {@code modelTier}. */
  public Attempts on(CapabilityTier modelTier) {
    return attempts.get(modelTier);
  }

  /** Input tokens of turn {@code k} (from 1): {@code prompt + (k − 1)(output + toolResult)}. */
  public long turnPrompt(int k) {
    return prompt + (compacted ? Math.min(k - 1L, 1L) : k - 1L) * (output + toolResult);
  }

  /** The largest prompt of the step: its last turn's. */
  public long largestPrompt() {
    return turnPrompt(turns);
  }

  /** Input tokens of all turns: {@code N·prompt + (output + toolResult)·N(N − 1)/2}. */
  public long loopInput() {
    long n = turns;
    if (compacted) {
      return n * prompt + (output + toolResult) * Math.max(0, n - 1);
    }
    return n * prompt + (output + toolResult) * (n * (n - 1) / 2);
  }

  /** The fee of the tool the loop calls, per turn ({@code tool_fee:}); zero without one. */
  public BigDecimal toolFee() {
    return step.toolFeeUsd().orElse(BigDecimal.ZERO);
  }

  /** The declared retries, between 0 and {@link #MAX_RETRIES_MODELLED}. */
  public static int retriesOf(Step s) {
    return Math.min(MAX_RETRIES_MODELLED, Math.max(0, s.retries().orElse(0)));
  }

  /** True when a failed attempt is detected and so can be retried. */
  public static boolean failuresDetected(Step s) {
    if (!s.structuredOutput()) {
      return true;
    }
    return s.validation().isPresent() && s.validation().get() != ValidationMethod.NONE;
  }

  /** The iterations of the step's loop: its bound, at least 1; 1 without a bound. */
  public static long loopOf(Step s) {
    return s.loopBound().isPresent() ? Math.max(1, s.loopBound().getAsInt()) : 1;
  }

  /**
   * The turns of the step's agent loop: its bound, at least 1; {@link #DEFAULT_TURNS} for an
   * unbounded loop; 1 without one.
   */
  public static int turnsOf(Step s) {
    if (s.turns().isPresent()) {
      return Math.max(1, s.turns().getAsInt());
    }
    return s.unboundedTurns() ? DEFAULT_TURNS : 1;
  }
}
