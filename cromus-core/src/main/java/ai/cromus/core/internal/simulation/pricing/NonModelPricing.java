package ai.cromus.core.internal.simulation.pricing;

import ai.cromus.core.internal.simulation.FailureRates;
import ai.cromus.core.workflow.CapabilityTier;
import ai.cromus.core.workflow.Step;
import ai.cromus.core.workflow.StepKind;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

/**
 * The figures of a step that calls no model (tool, retrieval, code, decision, human): no tokens, a
 * default duration per kind, and the kind's failure rate.
 */
public final class NonModelPricing {
  /** Seconds a step that calls no model takes, per kind. */
  public static final Map<StepKind, BigDecimal> KIND_SECONDS =
      Map.of(
          StepKind.TOOL,
          new BigDecimal("0.5"),
          StepKind.RETRIEVAL,
          new BigDecimal("0.5"),
          StepKind.CODE,
          new BigDecimal("0.1"),
          StepKind.DECISION,
          BigDecimal.ZERO,
          StepKind.HUMAN,
          BigDecimal.ZERO,
          StepKind.LLM,
          BigDecimal.ZERO);

  private NonModelPricing() {}

  public static Figures figures(Step s, FailureRates rates) {
    BigDecimal p = rates.rate(s.kind(), CapabilityTier.BALANCED, null);
    long loop = StepDemand.loopOf(s);
    Attempts attempts = Attempts.of(p, StepDemand.retriesOf(s), loop);
    BigDecimal seconds = KIND_SECONDS.get(s.kind());
    BigDecimal latency =
        seconds
            .multiply(attempts.expected())
            .multiply(BigDecimal.valueOf(loop))
            .setScale(CallLatency.SCALE, RoundingMode.HALF_EVEN);
    String note =
        s.kind() == StepKind.HUMAN
            ? "human step: its waiting time is not part of the automated latency"
            : "no model tokens; default " + seconds.toPlainString() + " s per call";
    BigDecimal zero = BigDecimal.ZERO;
    BigDecimal fees = s.feeUsd().orElse(zero).multiply(attempts.calls());
    List<String> notes = new java.util.ArrayList<>();
    if (s.kind() != StepKind.DECISION) {
      notes.add(note);
    }
    if (fees.signum() > 0) {
      notes.add(
          "fee $"
              + s.feeUsd().get().toPlainString()
              + " per call × "
              + attempts.calls().toPlainString()
              + " expected calls = $"
              + fees.toPlainString());
    }
    return new Figures(
        fees,
        zero,
        latency,
        Attempts.loopFailure(attempts.failure().round(Attempts.MC), loop),
        zero,
        0,
        false,
        false,
        true,
        List.of(),
        notes,
        fees,
        fees,
        fees);
  }
}
