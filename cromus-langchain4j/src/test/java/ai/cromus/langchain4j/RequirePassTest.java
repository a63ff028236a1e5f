package ai.cromus.langchain4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.cromus.catalog.BundledCatalog;
import ai.cromus.core.CompileResult;
import ai.cromus.core.Cromus;
import ai.cromus.core.VerdictStatus;
import ai.cromus.core.money.Money;
import ai.cromus.core.scope.Budget;
import ai.cromus.core.scope.Scope;
import ai.cromus.core.simulation.StepSimulation;
import dev.langchain4j.agentic.AgenticServices;
import dev.langchain4j.agentic.UntypedAgent;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link CromusAgentic#compile} and {@link CromusAgentic#requirePass}: the pre-flight gate. */
class RequirePassTest {
  private final ScriptedChatModel mini = ScriptedChatModel.of("gpt-5-mini", 1000, 500);

  private UntypedAgent story(int iterations) {
    Agents.Writer w = AgenticServices.agentBuilder(Agents.Writer.class).chatModel(mini).build();
    Agents.Editor e = AgenticServices.agentBuilder(Agents.Editor.class).chatModel(mini).build();
    UntypedAgent review =
        AgenticServices.loopBuilder().name("review").subAgents(e).maxIterations(iterations).build();
    return AgenticServices.sequenceBuilder()
        .name("story")
        .subAgents(w, review)
        .outputKey("story")
        .build();
  }

  private static Scope budget(String perRunUsd) {
    return Scope.builder()
        .channels(java.util.List.of("openai-api"))
        .budget(Budget.builder().perRun(Money.usd(perRunUsd)).build())
        .build();
  }

  @Test
  void compileSimulatesEveryAgentOnItsModelAndChannel() {
    CompileResult r = CromusAgentic.compile(story(3), budget("1"));

    assertThat(r.workflow().name()).isEqualTo("story");
    StepSimulation editor = r.simulation().orElseThrow().declared().step("editor").orElseThrow();
    assertThat(editor.model()).contains("gpt-5-mini");
    assertThat(editor.channel()).contains("openai-api");
    assertThat(editor.estimated()).isTrue();
    assertThat(editor.expectedCalls()).isGreaterThanOrEqualTo(java.math.BigDecimal.valueOf(3));
    assertThat(r.structuralScore()).isNotNull();
    assertThat(r.croms()).isPresent();
    assertThat(r.recommendations()).isNotEmpty();
    assertThat(r.diagnostics()).anyMatch(d -> d.rule().equals("AGENTIC-SIZE-ESTIMATED"));
  }

  @Test
  void aWorkflowOverBudgetIsRefusedBeforeAnyModelIsCalled() {
    UntypedAgent story = story(10);

    assertThatThrownBy(() -> CromusAgentic.requirePass(story, budget("0.001")))
        .isInstanceOfSatisfying(
            CromusVerdictException.class,
            e -> {
              assertThat(e.result().verdict().status()).isEqualTo(VerdictStatus.FAIL);
              assertThat(e.report())
                  .startsWith("Cromus verdict FAIL for workflow 'story' (langchain4j:story)")
                  .contains("budget")
                  .contains("editor")
                  .contains("gpt-5-mini")
                  .contains("openai-api");
              assertThat(e.getMessage()).isEqualTo(e.report());
            });
    assertThat(mini.calls()).isZero();
  }

  @Test
  void aWorkflowWithinBudgetPassesAndRuns() {
    UntypedAgent story = story(2);

    CompileResult r = CromusAgentic.requirePass(story, budget("1"));
    Object out = story.invoke(Map.of("topic", "dragons"));

    assertThat(r.verdict().status()).isNotEqualTo(VerdictStatus.FAIL);
    assertThat(out).isEqualTo("ok");
    assertThat(mini.calls()).isEqualTo(3);
  }

  @Test
  void anUnknownModelFailsTheGateOnceWithTheNearestNames() {
    Agents.Writer w =
        AgenticServices.agentBuilder(Agents.Writer.class)
            .chatModel(ScriptedChatModel.of("gpt-5-mni", 1, 1))
            .build();

    CompileResult r = CromusAgentic.compile(w, Scope.defaults());

    assertThat(r.verdict().status()).isEqualTo(VerdictStatus.FAIL);
    assertThat(r.diagnostics())
        .filteredOn(d -> d.rule().contains("MODEL-UNKNOWN"))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.rule()).isEqualTo("MODEL-UNKNOWN");
              assertThat(d.hint()).hasValueSatisfying(h -> assertThat(h).contains("gpt-5-mini"));
            });
  }

  @Test
  void theSameOnAnEngineWithItsCatalogAndDate() {
    Cromus engine =
        Cromus.builder().catalog(BundledCatalog.get()).asOf(LocalDate.of(2026, 11, 25)).build();

    CompileResult a = CromusAgentic.compile(engine, story(2), budget("1"));
    CompileResult b = CromusAgentic.requirePass(engine, story(2), budget("1"));

    assertThat(a.catalogVersion()).contains(BundledCatalog.get().version());
    assertThat(a.simulation().orElseThrow().declared().perRun())
        .isEqualTo(b.simulation().orElseThrow().declared().perRun());
    assertThat(CromusAgentic.report(a)).isEqualTo(CromusAgentic.report(b));
  }

  @Test
  void statedSizesChangeThePrediction() {
    CompileResult estimated = CromusAgentic.compile(story(1), budget("1"));
    CompileResult stated =
        CromusAgentic.compile(
            Cromus.defaultEngine(),
            story(1),
            budget("1"),
            CromusAgentic.sizes(
                Map.of(
                    "writer", AgentSizes.of(2_000, 1_000), "editor", AgentSizes.of(3_000, 1_000))));

    StepSimulation writer =
        stated.simulation().orElseThrow().declared().step("writer").orElseThrow();
    assertThat(writer.inputTokens()).isEqualTo(2_000);
    assertThat(writer.outputTokens()).isEqualTo(1_000);
    assertThat(writer.estimated()).isFalse();
    assertThat(stated.simulation().orElseThrow().declared().perRun())
        .isNotEqualTo(estimated.simulation().orElseThrow().declared().perRun());
  }

  @Test
  void anObjectThatIsNotAnAgentFailsTheGate() {
    assertThatThrownBy(() -> CromusAgentic.requirePass(new Object(), Scope.defaults()))
        .isInstanceOf(CromusVerdictException.class)
        .hasMessageContaining("AGENTIC-NOT-A-SYSTEM");
  }
}
