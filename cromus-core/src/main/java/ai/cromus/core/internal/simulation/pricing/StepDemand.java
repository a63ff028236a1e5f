package ai.cromus.core.internal.simulation.pricing;

import ai.cromus.core.internal.simulation.FailureRates;
import ai.cromus.core.workflow.CapabilityTier;
import ai.cromus.core.workflow.Step;
import ai.cromus.core.workflow.StepKind;
import ai.cromus.core.workflow.ValidationMethod;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * What one model step asks of any model that runs it: its sizes, the capability tier it needs, its
 * retries and loop, its declared cache prefix, and the attempts it takes on a model of each
 * capability tier (a weaker model fails more often).
 *
 * @param prompt input tokens per call, the cached prefix included
 * @param output output tokens per call
 * @param cacheTokens tokens of the declared cache prefix; 0 without one
 * @param retries the retries that can trigger (0 when failures go undetected)
 * @param loop iterations of the step's loop (1 without one)
 */
public record StepDemand(
    Step step,
    CapabilityTier need,
    long prompt,
    long output,
    long cacheTokens,
    int retries,
    long loop,
    Map<CapabilityTier, Attempts> attempts) {

  /** Retries beyond this many are not modelled (their probability is negligible). */
  public static final int MAX_RETRIES_MODELLED = 20;

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
        Collections.unmodifiableMap(attempts));
  }

  /** The attempts on a model of {@code modelTier}. */
  public Attempts on(CapabilityTier modelTier) {
    return attempts.get(modelTier);
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
}
