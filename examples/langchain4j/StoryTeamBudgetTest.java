import static ai.cromus.test.CromusAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import ai.cromus.core.CompileResult;
import ai.cromus.core.money.Money;
import ai.cromus.langchain4j.CromusAgentic;
import ai.cromus.langchain4j.CromusBudgetExceededException;
import ai.cromus.langchain4j.CromusSpendListener;
import ai.cromus.langchain4j.RunSpend;
import dev.langchain4j.agentic.UntypedAgent;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The story team's budget, asserted in every build: the same checks a team puts in its own
 * {@code src/test/java} (add {@code ai.cromus:cromus-langchain4j} and {@code ai.cromus:cromus-test}
 * with test scope).
 */
class StoryTeamBudgetTest {
  @Test
  void theTeamFitsItsBudgetBeforeItRuns() {
    CompileResult result =
        CromusAgentic.compile(
            StoryTeam.build(StoryTeam.fastModel(), StoryTeam.carefulModel(), null),
            StoryTeam.scope());

    assertThat(result).doesNotFail();
    assertThat(result).costPerRun().isAtMost("0.10");
    assertThat(result).hasNoDiagnostic("AGENTIC-UNBOUNDED-LOOP");
    assertThat(result).hasNoDiagnostic("MODEL-UNKNOWN");
  }

  @Test
  void aRunThatWouldOverspendIsStoppedAtTheCallThatWouldPassTheBudget() {
    CromusSpendListener spend =
        CromusSpendListener.builder()
            .predictions(
                CromusAgentic.requirePass(
                    StoryTeam.build(StoryTeam.fastModel(), StoryTeam.carefulModel(), null),
                    StoryTeam.scope()))
            .budgetPerRun(Money.usd("0.003"))
            .build();
    UntypedAgent team =
        StoryTeam.build(
            spend.guard(StoryTeam.fastModel()), spend.guard(StoryTeam.carefulModel()), spend);

    Throwable thrown =
        catchThrowable(() -> team.invoke(Map.of("topic", "a storm", "language", "en")));

    Throwable cause = thrown;
    while (cause != null && !(cause instanceof CromusBudgetExceededException)) {
      cause = cause.getCause();
    }
    assertThat(cause).isInstanceOf(CromusBudgetExceededException.class);
    RunSpend run = spend.lastRun().orElseThrow();
    assertThat(run.total().isGreaterThan(Money.usd("0.003"))).isFalse();
    assertThat(run.refusal()).isPresent();
  }

  @Test
  void theProgramRunsAndPrintsTheCalibrationReport() {
    PrintStream out = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      StoryTeam.main(new String[0]);
    } finally {
      System.setOut(out);
    }
    String printed = captured.toString(StandardCharsets.UTF_8);
    out.print(printed);

    assertThat(printed)
        .contains("Cromus verdict")
        .contains("Calibration of workflow 'story-team' over 4 runs")
        .contains("translator")
        .contains("Observed sizes of one call");
  }
}
