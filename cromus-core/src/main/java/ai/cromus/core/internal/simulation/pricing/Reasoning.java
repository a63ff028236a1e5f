package ai.cromus.core.internal.simulation.pricing;

import ai.cromus.core.catalog.Model;
import ai.cromus.core.workflow.CapabilityTier;
import ai.cromus.core.workflow.ReasoningEffort;
import ai.cromus.core.workflow.Step;
import java.util.Map;
import java.util.Optional;

/**
 * The hidden reasoning tokens a model spends on a step: none on a model without reasoning; the
 * asked effort's budget on a model where reasoning is optional; on a model that always reasons, the
 * asked effort (at least low), or low for a lightweight step and medium otherwise.
 */
public final class Reasoning {
  /** Hidden reasoning budget per effort, in tokens. */
  public static final Map<ReasoningEffort, Long> TOKENS =
      Map.of(
          ReasoningEffort.NONE, 0L,
          ReasoningEffort.LOW, 1_000L,
          ReasoningEffort.MEDIUM, 4_000L,
          ReasoningEffort.HIGH, 16_000L);

  private Reasoning() {}

  /**
   * The reasoning tokens per call of step {@code s}, which needs {@code need}, on model {@code m}.
   */
  public static long tokens(Step s, CapabilityTier need, Model m) {
    Optional<ReasoningEffort> asked = s.reasoning();
    switch (m.capabilities().reasoning()) {
      case NONE -> {
        return 0;
      }
      case OPTIONAL -> {
        return asked.map(TOKENS::get).orElse(0L);
      }
      default -> {
        ReasoningEffort e =
            asked.orElse(
                need == CapabilityTier.LIGHTWEIGHT ? ReasoningEffort.LOW : ReasoningEffort.MEDIUM);
        return TOKENS.get(e == ReasoningEffort.NONE ? ReasoningEffort.LOW : e);
      }
    }
  }
}
