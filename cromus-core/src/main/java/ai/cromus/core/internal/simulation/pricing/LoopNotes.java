package ai.cromus.core.internal.simulation.pricing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** The notes that explain how an agent loop, its tool fees and its size ranges were priced. */
final class LoopNotes {
  private LoopNotes() {}

  static List<String> of(StepDemand d, Offer offer) {
    List<String> notes = new ArrayList<>();
    if (d.turns() > 1 || d.step().turns().isPresent() || d.step().unboundedTurns()) {
      long n = d.turns();
      notes.add(
          "agent loop of "
              + n
              + " turns"
              + (d.step().unboundedTurns() ? " (no bound stated: the default)" : "")
              + ": "
              + n
              + "·"
              + d.prompt()
              + " + ("
              + d.output()
              + " + "
              + d.toolResult()
              + ")·"
              + n * (n - 1) / 2
              + " = "
              + d.loopInput()
              + " input tokens and "
              + n * d.output()
              + " output tokens per loop");
    }
    BigDecimal perTurn = CandidatePricing.perTurnFee(d, offer);
    if (perTurn.signum() > 0) {
      notes.add(
          "tool fee $"
              + perTurn.toPlainString()
              + " per turn"
              + builtins(d, offer)
              + " × "
              + d.turns() * d.loop()
              + " turns = $"
              + CandidatePricing.fees(d, offer).toPlainString());
    }
    for (String tool : d.step().builtinTools()) {
      if (offer.builtinToolFee(tool).isEmpty()) {
        notes.add(
            "built-in tool "
                + tool
                + " has no price on "
                + offer.offering().channel()
                + " in the catalog: not counted");
      }
    }
    if (d.ranged()) {
      notes.add(
          "sizes are ranges: input "
              + range(d.step().inputTokens().lowTokens(), d.step().inputTokens().highTokens())
              + ", output "
              + range(d.step().outputTokens().lowTokens(), d.step().outputTokens().highTokens())
              + " tokens; the cost is given at the low, expected (midpoint) and high sizes");
    }
    return notes;
  }

  /** {@code " (web_search $0.01 on anthropic-api)"}: the built-in tools in a turn's fee. */
  private static String builtins(StepDemand d, Offer offer) {
    List<String> parts = new ArrayList<>();
    for (String tool : d.step().builtinTools()) {
      offer.builtinToolFee(tool).ifPresent(f -> parts.add(tool + " $" + f.toPlainString()));
    }
    return parts.isEmpty()
        ? ""
        : " (" + String.join(", ", parts) + " on " + offer.offering().channel() + ")";
  }

  private static String range(long low, long high) {
    return low == high ? Long.toString(low) : low + "–" + high;
  }
}
