package ai.cromus.langchain4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.cromus.core.CompileResult;
import ai.cromus.core.Cromus;
import ai.cromus.core.money.Money;
import ai.cromus.core.scope.Scope;
import ai.cromus.core.simulation.StepSimulation;
import ai.cromus.core.workflow.Step;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import dev.langchain4j.agentic.AgenticServices;
import dev.langchain4j.agentic.UntypedAgent;
import dev.langchain4j.model.chat.ChatModel;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@link CalibrationReport}: predicted against actual, and observed sizes for the next prediction.
 */
class CalibrationReportTest {
  private static final Scope SCOPE = Scope.builder().channels(List.of("openai-api")).build();

  private static UntypedAgent story(ChatModel model, CromusSpendListener spend) {
    Agents.Writer w = AgenticServices.agentBuilder(Agents.Writer.class).chatModel(model).build();
    Agents.Editor e = AgenticServices.agentBuilder(Agents.Editor.class).chatModel(model).build();
    UntypedAgent review =
        AgenticServices.loopBuilder().name("review").subAgents(e).maxIterations(2).build();
    return AgenticServices.sequenceBuilder()
        .name("story")
        .subAgents(w, review)
        .listener(spend)
        .build();
  }

  @Test
  void eachStepShowsPredictedAgainstActualTokensAndDollarsPerRun() {
    ScriptedChatModel mini = ScriptedChatModel.of("gpt-5-mini", 1_000, 500);
    CompileResult predicted = CromusAgentic.compile(story(mini, null), SCOPE);
    CromusSpendListener spend = CromusSpendListener.forResult(predicted);
    UntypedAgent story = story(spend.guard(mini), spend);
    story.invoke(Map.of("topic", "x"));
    story.invoke(Map.of("topic", "y"));

    CalibrationReport report = spend.calibration();

    assertThat(report.runsObserved()).isEqualTo(2);
    assertThat(report.steps())
        .extracting(StepCalibration::stepId)
        .containsExactly("writer", "editor");
    StepSimulation planned =
        predicted.simulation().orElseThrow().declared().step("editor").orElseThrow();
    StepCalibration editor = report.steps().get(1);
    assertThat(editor.agent()).contains("editor");
    assertThat(editor.model()).contains("gpt-5-mini");
    assertThat(editor.predictedCalls()).isEqualByComparingTo(planned.expectedCalls());
    assertThat(editor.actualCalls()).isEqualByComparingTo("2");
    assertThat(editor.actualInputTokens()).isEqualByComparingTo("2000");
    assertThat(editor.actualOutputTokens()).isEqualByComparingTo("1000");
    assertThat(editor.predictedInputTokens())
        .isEqualByComparingTo(
            BigDecimal.valueOf(planned.inputTokens()).multiply(planned.expectedCalls()));
    assertThat(editor.predictedCost()).isEqualTo(planned.cost());
    assertThat(editor.actualCost()).isEqualTo(Money.usd("0.0025"));
    assertThat(editor.costRatio())
        .hasValueSatisfying(
            r ->
                assertThat(r)
                    .isEqualByComparingTo(
                        new BigDecimal("0.0025")
                            .divide(planned.cost().amount(), java.math.MathContext.DECIMAL64)
                            .setScale(6, java.math.RoundingMode.HALF_EVEN)));
    assertThat(report.actualPerRun()).isEqualTo(Money.usd("0.00375"));
    assertThat(report.actualPerRun())
        .isEqualTo(
            report.steps().stream()
                .map(StepCalibration::actualCost)
                .reduce(Money.ZERO, Money::plus));
    assertThat(report.predictedPerRun())
        .isEqualTo(predicted.simulation().orElseThrow().declared().perRun());
    assertThat(report.runs()).extracting(RunCalibration::run).containsExactly("run-1", "run-2");
    assertThat(report.runs())
        .allSatisfy(
            r -> {
              assertThat(r.calls()).isEqualTo(3);
              assertThat(r.actual()).isEqualTo(Money.usd("0.00375"));
              assertThat(r.predicted()).isEqualTo(report.predictedPerRun());
            });
    String text = report.toText();
    assertThat(text)
        .startsWith("Calibration of workflow 'story' over 2 runs (catalog ")
        .contains("editor")
        .contains("2 / 2")
        .contains("$0.0025")
        .contains("run-2")
        .contains("writer: {input: 1000, output: 500}");
  }

  @Test
  void observedSizesBecomeTheStatedSizesOfTheNextPrediction() {
    ScriptedChatModel mini = ScriptedChatModel.of("gpt-5-mini", 1_000, 500);
    CompileResult predicted = CromusAgentic.compile(story(mini, null), SCOPE);
    CromusSpendListener spend = CromusSpendListener.forResult(predicted);
    story(spend.guard(mini), spend).invoke(Map.of("topic", "x"));
    CalibrationReport report = spend.calibration();

    CompileResult next =
        CromusAgentic.compile(
            Cromus.defaultEngine(), story(mini, null), SCOPE, report.observedOptions());
    AgenticOptions fromYaml = AgenticOptions.fromSizesFile("sizes.yaml", report.sizesYaml());

    assertThat(report.observedSizes())
        .containsExactly(
            Map.entry("writer", AgentSizes.of(1_000, 500)),
            Map.entry("editor", AgentSizes.of(1_000, 500)));
    Step writer = next.workflow().step("writer").orElseThrow();
    assertThat(writer.inputTokens().declared()).isTrue();
    assertThat(writer.inputTokens().tokens()).isEqualTo(1_000);
    assertThat(writer.outputTokens().tokens()).isEqualTo(500);
    assertThat(fromYaml.sizes()).isEqualTo(report.observedSizes());
    assertThat(fromYaml.diagnostics()).isEmpty();
  }

  @Test
  void callsNoStepClaimsAreShownAsOtherSoTotalsStillAddUp() {
    ScriptedChatModel mini = ScriptedChatModel.of("gpt-5-mini", 1_000, 500);
    CompileResult predicted = CromusAgentic.compile(story(mini, null), SCOPE);
    CromusSpendListener spend = CromusSpendListener.forResult(predicted);
    // a different system, whose summarizer the prediction does not know
    UntypedAgent other =
        AgenticServices.sequenceBuilder()
            .name("other")
            .subAgents(
                AgenticServices.agentBuilder(Agents.Summarizer.class)
                    .chatModel(spend.guard(mini))
                    .build())
            .listener(spend)
            .build();
    other.invoke(Map.of("story", "x"));

    CalibrationReport report = spend.calibration();

    assertThat(report.steps()).extracting(StepCalibration::stepId).contains("(other)");
    assertThat(report.actualPerRun()).isEqualTo(Money.usd("0.00125"));
  }

  @Test
  void withoutRunsTheReportHasPredictionsAndNoRatios() {
    ScriptedChatModel mini = ScriptedChatModel.of("gpt-5-mini", 1_000, 500);
    CompileResult predicted = CromusAgentic.compile(story(mini, null), SCOPE);

    CalibrationReport report = CalibrationReport.of(predicted, List.of());

    assertThat(report.runsObserved()).isZero();
    assertThat(report.actualPerRun()).isEqualTo(Money.ZERO);
    assertThat(report.costRatio()).isEmpty();
    assertThat(report.steps()).allSatisfy(s -> assertThat(s.costRatio()).isEmpty());
    assertThat(report.toText()).contains("over 0 runs");
  }

  @Test
  void aListenerWithoutPredictionsSaysHowToGetACalibration() {
    CromusSpendListener spend = CromusSpendListener.builder().build();

    assertThatThrownBy(spend::calibration)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("forResult");
  }

  @Test
  void theReportRoundTripsThroughJackson() throws Exception {
    ScriptedChatModel mini = ScriptedChatModel.of("gpt-5-mini", 1_000, 500);
    CompileResult predicted = CromusAgentic.compile(story(mini, null), SCOPE);
    CromusSpendListener spend = CromusSpendListener.forResult(predicted);
    story(spend.guard(mini), spend).invoke(Map.of("topic", "x"));
    CalibrationReport report = spend.calibration();
    ObjectMapper json = new ObjectMapper().registerModule(new Jdk8Module());

    String text = json.writeValueAsString(report);
    CalibrationReport back = json.readValue(text, CalibrationReport.class);

    assertThat(back).isEqualTo(report);
    assertThat(
            json.readValue(json.writeValueAsString(spend.lastRun().orElseThrow()), RunSpend.class))
        .isEqualTo(spend.lastRun().orElseThrow());
  }
}
