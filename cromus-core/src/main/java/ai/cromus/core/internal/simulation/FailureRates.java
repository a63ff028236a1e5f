package ai.cromus.core.internal.simulation;

import ai.cromus.core.scope.Scope;
import ai.cromus.core.workflow.CapabilityTier;
import ai.cromus.core.workflow.StepKind;
import java.math.BigDecimal;
import java.util.Map;

/**
 * Per-attempt failure rates: documented defaults, overridable in the scope's {@code failure_rates}.
 * A model weaker than the step's tier fails twice as often per tier of shortfall (at most 0.5).
 */
public final class FailureRates {
  /** Defaults per key of {@link Scope#FAILURE_RATE_KEYS}. */
  public static final Map<String, BigDecimal> DEFAULTS =
      Map.of(
          "llm_lightweight", new BigDecimal("0.02"),
          "llm_balanced", new BigDecimal("0.03"),
          "llm_frontier", new BigDecimal("0.04"),
          "llm_mythos", new BigDecimal("0.04"),
          "tool", new BigDecimal("0.01"),
          "retrieval", new BigDecimal("0.01"),
          "code", new BigDecimal("0.005"),
          "decision", BigDecimal.ZERO,
          "human", BigDecimal.ZERO);

  static final BigDecimal CAP = new BigDecimal("0.5");

  private final Map<String, BigDecimal> overrides;

  /** Every rate, computed once: [step tier][model tier, or the last slot for none]. */
  private final BigDecimal[][] llm;

  private final BigDecimal[] byKind;

  public FailureRates(Scope scope) {
    this.overrides = scope.failureRates();
    CapabilityTier[] tiers = CapabilityTier.values();
    this.llm = new BigDecimal[tiers.length][tiers.length + 1];
    for (CapabilityTier step : tiers) {
      for (CapabilityTier model : tiers) {
        llm[step.ordinal()][model.ordinal()] = compute(StepKind.LLM, step, model);
      }
      llm[step.ordinal()][tiers.length] = compute(StepKind.LLM, step, null);
    }
    StepKind[] kinds = StepKind.values();
    this.byKind = new BigDecimal[kinds.length];
    for (StepKind k : kinds) {
      if (k != StepKind.LLM) {
        byKind[k.ordinal()] = compute(k, CapabilityTier.BALANCED, null);
      }
    }
  }

  /**
   * The per-attempt failure rate of a step of this kind and tier run on a model of {@code
   * modelTier}.
   */
  public BigDecimal rate(StepKind kind, CapabilityTier stepTier, CapabilityTier modelTier) {
    if (kind != StepKind.LLM) {
      return byKind[kind.ordinal()];
    }
    return llm[stepTier.ordinal()][modelTier == null ? llm.length : modelTier.ordinal()];
  }

  private BigDecimal compute(StepKind kind, CapabilityTier stepTier, CapabilityTier modelTier) {
    if (kind != StepKind.LLM) {
      String key = kind.id();
      return overrides.getOrDefault(key, DEFAULTS.getOrDefault(key, BigDecimal.ZERO));
    }
    String key = "llm_" + stepTier.id();
    BigDecimal p =
        overrides.containsKey(key)
            ? overrides.get(key)
            : overrides.containsKey("llm") ? overrides.get("llm") : DEFAULTS.get(key);
    BigDecimal base = p;
    int gap = modelTier == null ? 0 : stepTier.ordinal() - modelTier.ordinal();
    for (int i = 0; i < gap; i++) {
      p = p.multiply(BigDecimal.valueOf(2));
    }
    return gap > 0 ? p.min(CAP.max(base)) : p;
  }
}
