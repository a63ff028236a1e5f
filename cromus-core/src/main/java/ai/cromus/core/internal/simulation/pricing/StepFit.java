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

  public static boolean fits(Step s, Model m, Offering o) {
    if (m.status() == ModelStatus.RETIRED) {
      return false;
    }
    long context = o.contextWindow().orElse(m.contextWindow());
    long maxOut = o.maxOutput().orElse(m.maxOutput());
    if (s.inputTokens().tokens() > context || s.outputTokens().tokens() > maxOut) {
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
