package ai.cromus.core.internal.score;

import ai.cromus.core.internal.ethics.EthicsTable;
import ai.cromus.core.score.ScoreDimension;
import ai.cromus.core.score.ScoreFinding;
import ai.cromus.core.workflow.Step;
import ai.cromus.core.workflow.StepKind;
import ai.cromus.core.workflow.ValidationMethod;
import java.util.Optional;

/**
 * SCORE-NO-HUMAN-GATE: no step has a person approve or check the output. It weighs more in a
 * regulated domain (as the ethics table defines them).
 */
final class HumanGateCheck implements ScoreCheck {
  static final int PENALTY = 10;
  static final int REGULATED_PENALTY = 25;

  @Override
  public String id() {
    return "SCORE-NO-HUMAN-GATE";
  }

  @Override
  public ScoreDimension dimension() {
    return ScoreDimension.GOVERNANCE;
  }

  @Override
  public Optional<ScoreFinding> check(ScoreContext c) {
    if (c.steps().isEmpty() || c.steps().stream().anyMatch(HumanGateCheck::gate)) {
      return Optional.empty();
    }
    boolean regulated = c.workflow().domain().map(EthicsTable::isRegulated).orElse(false);
    return Optional.of(
        ScoreFinding.builder()
            .check(id())
            .pointsLost(regulated ? REGULATED_PENALTY : PENALTY)
            .message(
                regulated
                    ? "A workflow in a regulated domain has no human approval step."
                    : "No step has a person approve or check the output.")
            .fix("Add a 'kind: human' step with an approver where the stakes are high.")
            .build());
  }

  private static boolean gate(Step s) {
    return s.kind() == StepKind.HUMAN
        || s.validation().map(v -> v == ValidationMethod.HUMAN).orElse(false);
  }
}
