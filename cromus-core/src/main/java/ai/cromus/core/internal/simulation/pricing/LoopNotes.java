package ai.cromus.core.internal.simulation.pricing;

import java.util.ArrayList;
import java.util.List;

/** The notes that explain how an agent loop, its tool fees and its size ranges were priced. */
final class LoopNotes {
  private LoopNotes() {}

  static List<String> of(StepDemand d) {
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
    if (d.toolFee().signum() > 0) {
      notes.add(
          "tool fee $"
              + d.toolFee().toPlainString()
              + " per turn × "
              + d.turns() * d.loop()
              + " turns = $"
              + CandidatePricing.fees(d).toPlainString());
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

  private static String range(long low, long high) {
    return low == high ? Long.toString(low) : low + "–" + high;
  }
}
