package ai.cromus.core.internal.simulation.pricing;

import ai.cromus.core.catalog.Model;
import ai.cromus.core.catalog.ModelStatus;
import ai.cromus.core.catalog.Offering;
import ai.cromus.core.catalog.ReasoningSupport;
import ai.cromus.core.catalog.Support;
import ai.cromus.core.workflow.ReasoningEffort;
import ai.cromus.core.workflow.Step;

/**
 * Whether a model on a channel can serve a step at all: not retired, the prompt within its context
 * window and the output within its maximum, tool calling, structured output and reasoning when the
 * step asks for them.
 */
public final class StepFit {
  private StepFit() {}

  /**
   * The prompt of the last turn of the step's agent loop: {@code I + (N − 1)(O + R)}; the step's
   * input without a loop.
   */
  public static long lastTurnPrompt(Step s) {
    long r = s.toolResultTokens().map(t -> t.tokens()).orElse(0L);
    return s.inputTokens().tokens()
        + (StepDemand.turnsOf(s) - 1L) * (s.outputTokens().tokens() + r);
  }

  /**
   * True when the step's agent loop outgrows the context window of {@code m} on {@code o} before
   * its last turn ends (a step without a loop never does).
   */
  public static boolean loopOverflows(Step s, Model m, Offering o) {
    long context = o.contextWindow().orElse(m.contextWindow());
    return StepDemand.turnsOf(s) > 1
        && s.inputTokens().tokens() <= context
        && lastTurnPrompt(s) + s.outputTokens().tokens() > context;
  }

  public static boolean fits(Step s, Model m, Offering o) {
    if (m.status() == ModelStatus.RETIRED) {
      return false;
    }
    long context = o.contextWindow().orElse(m.contextWindow());
    long maxOut = o.maxOutput().orElse(m.maxOutput());
    if (loopOverflows(s, m, o)
        || s.inputTokens().tokens() > context
        || s.outputTokens().tokens() > maxOut) {
      return false;
    }
    if (!s.tools().isEmpty() && m.capabilities().toolCalling() == Support.NO) {
      return false;
    }
    if (s.structuredOutput() && m.capabilities().structuredOutput() == Support.NO) {
      return false;
    }
    boolean wantsReasoning =
        s.reasoning().isPresent() && s.reasoning().get() != ReasoningEffort.NONE;
    return !wantsReasoning || m.capabilities().reasoning() != ReasoningSupport.NONE;
  }
}
