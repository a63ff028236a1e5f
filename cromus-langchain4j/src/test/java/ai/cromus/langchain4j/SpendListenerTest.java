package ai.cromus.langchain4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.cromus.core.CompileResult;
import ai.cromus.core.money.Money;
import ai.cromus.core.scope.Budget;
import ai.cromus.core.scope.Scope;
import dev.langchain4j.agentic.AgenticServices;
import dev.langchain4j.agentic.UntypedAgent;
import dev.langchain4j.model.chat.ChatModel;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@link CromusSpendListener}: exact prices of real calls, spend per run and per agent, and the
 * per-run budget. The model is offline: each call reports 1,000 input and 500 output tokens, so on
 * gpt-5-mini (0.25 and 2 USD per million on openai-api) each call costs exactly $0.00125.
 */
class SpendListenerTest {
  private static final Money ONE_CALL = Money.usd("0.00125");

  private static UntypedAgent story(ChatModel model, int iterations, CromusSpendListener spend) {
    Agents.Writer w = AgenticServices.agentBuilder(Agents.Writer.class).chatModel(model).build();
    Agents.Editor e = AgenticServices.agentBuilder(Agents.Editor.class).chatModel(model).build();
    UntypedAgent review =
        AgenticServices.loopBuilder().name("review").subAgents(e).maxIterations(iterations).build();
    return AgenticServices.sequenceBuilder()
        .name("story")
        .subAgents(w, review)
        .outputKey("story")
        .listener(spend)
        .build();
  }

  private static Throwable rootCause(Throwable t) {
    while (t.getCause() != null && t.getCause() != t) {
      if (t instanceof CromusBudgetExceededException) {
        return t;
      }
      t = t.getCause();
    }
    return t;
  }

  @Test
  void everyCallIsPricedExactlyAndSummedPerRunAndPerAgent() {
    ScriptedChatModel mini = ScriptedChatModel.of("gpt-5-mini", 1_000, 500);
    CromusSpendListener spend = CromusSpendListener.builder().build();
    UntypedAgent story = story(spend.guard(mini), 2, spend);

    story.invoke(Map.of("topic", "dragons"));
    story.invoke(Map.of("topic", "whales"));

    List<RunSpend> runs = spend.finishedRuns();
    assertThat(runs).extracting(RunSpend::id).containsExactly("run-1", "run-2");
    RunSpend first = runs.get(0);
    assertThat(first.finished()).isTrue();
    assertThat(first.calls()).hasSize(3);
    assertThat(first.calls())
        .allSatisfy(
            c -> {
              assertThat(c.cost()).contains(ONE_CALL);
              assertThat(c.model()).contains("gpt-5-mini");
              assertThat(c.channel()).contains("openai-api");
              assertThat(c.inputTokens()).isEqualTo(1_000);
              assertThat(c.outputTokens()).isEqualTo(500);
            });
    assertThat(first.calls())
        .extracting(CallRecord::agent)
        .containsExactly("writer", "editor", "editor");
    assertThat(first.calls()).extracting(CallRecord::sequence).containsExactly(1, 2, 3);
    assertThat(first.total()).isEqualTo(Money.usd("0.00375"));
    assertThat(first.perAgent())
        .containsExactly(
            Map.entry("writer", Money.usd("0.00125")), Map.entry("editor", Money.usd("0.0025")));
    assertThat(spend.totalSpend()).isEqualTo(Money.usd("0.0075"));
    assertThat(mini.calls()).isEqualTo(6);
  }

  @Test
  void aRunIsStoppedAtTheCallWhoseProjectedCostWouldPassTheBudget() {
    // maxOutputTokens 500: each call is projected at its prompt plus 500 output tokens ($0.001+),
    // so after two calls ($0.0025) a third would pass $0.003 and is refused before it is made
    ScriptedChatModel mini = ScriptedChatModel.withMaxOutput("gpt-5-mini", 500, 1_000, 500);
    CromusSpendListener spend =
        CromusSpendListener.builder().budgetPerRun(Money.usd("0.003")).build();
    UntypedAgent story = story(spend.guard(mini), 5, spend);

    Throwable thrown =
        org.assertj.core.api.Assertions.catchThrowable(() -> story.invoke(Map.of("topic", "x")));

    assertThat(mini.calls()).isEqualTo(2);
    assertThat(rootCause(thrown))
        .isInstanceOfSatisfying(
            CromusBudgetExceededException.class,
            e -> {
              assertThat(e.agent()).isEqualTo("editor");
              assertThat(e.run()).isEqualTo("run-1");
              assertThat(e.budget()).isEqualTo(Money.usd("0.003"));
              assertThat(e.spent()).isEqualTo(Money.usd("0.0025"));
              assertThat(e.projected().isGreaterThan(Money.usd("0.001"))).isTrue();
              assertThat(e.getMessage())
                  .contains("agent 'editor'")
                  .contains("spent $0.0025 of its $0.003 budget per run")
                  .contains("would pass it");
            });
    RunSpend run = spend.finishedRuns().get(0);
    assertThat(run.total()).isEqualTo(Money.usd("0.0025"));
    assertThat(run.refusal()).hasValueSatisfying(m -> assertThat(m).contains("agent 'editor'"));
  }

  @Test
  void withoutAnOutputBoundTheCallThatPassedTheBudgetStopsTheNextOne() {
    // projected on the prompt alone, the third call fits ($0.0025 + a few input tokens); its real
    // cost takes the run to $0.00375, past $0.003, so the fourth is refused
    ScriptedChatModel mini = ScriptedChatModel.of("gpt-5-mini", 1_000, 500);
    CromusSpendListener spend =
        CromusSpendListener.builder().budgetPerRun(Money.usd("0.003")).build();
    UntypedAgent story = story(spend.guard(mini), 5, spend);

    Throwable thrown =
        org.assertj.core.api.Assertions.catchThrowable(() -> story.invoke(Map.of("topic", "x")));

    assertThat(mini.calls()).isEqualTo(3);
    assertThat(rootCause(thrown))
        .isInstanceOfSatisfying(
            CromusBudgetExceededException.class,
            e -> assertThat(e.spent()).isEqualTo(Money.usd("0.00375")));
  }

  @Test
  void theBudgetAndTheChannelComeFromTheCompileResult() {
    ScriptedChatModel haiku = ScriptedChatModel.of("claude-haiku-4-5", 2_000, 300);
    Scope scope =
        Scope.builder()
            .channels(List.of("google-vertex"))
            .budget(Budget.builder().perRun(Money.usd("1")).build())
            .build();
    CompileResult predicted = CromusAgentic.compile(story(haiku, 1, null), scope);
    CromusSpendListener spend = CromusSpendListener.forResult(predicted);
    UntypedAgent story = story(spend.guard(haiku), 1, spend);

    story.invoke(Map.of("topic", "x"));

    assertThat(spend.budgetPerRun()).contains(Money.usd("1"));
    // claude-haiku-4-5 on google-vertex, the plan's channel: 1 and 5 USD per million
    assertThat(spend.lastRun().orElseThrow().calls())
        .allSatisfy(
            c -> {
              assertThat(c.channel()).contains("google-vertex");
              assertThat(c.cost()).contains(Money.usd("0.0035"));
              assertThat(c.stepId()).isPresent();
            });
    assertThat(spend.lastRun().orElseThrow().calls())
        .extracting(c -> c.stepId().orElseThrow())
        .containsExactly("writer", "editor");
  }

  @Test
  void asAListenerOnTheModelItRecordsButCannotRefuse() {
    CromusSpendListener spend =
        CromusSpendListener.builder().budgetPerRun(Money.usd("0.001")).build();
    ScriptedChatModel mini = ScriptedChatModel.of("gpt-5-mini", 1_000, 500).listener(spend);
    UntypedAgent story = story(mini, 2, spend);

    story.invoke(Map.of("topic", "x"));

    // LangChain4j swallows what a listener throws: only guard(...) can stop a call
    assertThat(mini.calls()).isEqualTo(3);
    RunSpend run = spend.lastRun().orElseThrow();
    assertThat(run.total()).isEqualTo(Money.usd("0.00375"));
    assertThat(run.calls())
        .extracting(CallRecord::agent)
        .containsExactly("writer", "editor", "editor");
  }

  @Test
  void aGuardedModelThatAlsoCarriesTheListenerCountsEachCallOnce() {
    CromusSpendListener spend = CromusSpendListener.builder().build();
    ScriptedChatModel mini = ScriptedChatModel.of("gpt-5-mini", 1_000, 500).listener(spend);
    UntypedAgent story = story(spend.guard(mini), 2, spend);

    story.invoke(Map.of("topic", "x"));

    assertThat(spend.lastRun().orElseThrow().calls()).hasSize(3);
    assertThat(spend.totalSpend()).isEqualTo(Money.usd("0.00375"));
  }

  @Test
  void parallelAgentsRecordIntoTheSameRun() {
    ScriptedChatModel mini = ScriptedChatModel.of("gpt-5-mini", 1_000, 500);
    CromusSpendListener spend = CromusSpendListener.builder().build();
    ChatModel guarded = spend.guard(mini);
    UntypedAgent both =
        AgenticServices.parallelBuilder()
            .name("both")
            .subAgents(
                AgenticServices.agentBuilder(Agents.Translator.class).chatModel(guarded).build(),
                AgenticServices.agentBuilder(Agents.Summarizer.class).chatModel(guarded).build())
            .build();
    UntypedAgent story =
        AgenticServices.sequenceBuilder()
            .name("story")
            .subAgents(
                AgenticServices.agentBuilder(Agents.Writer.class).chatModel(guarded).build(), both)
            .listener(spend)
            .build();

    story.invoke(Map.of("topic", "x"));
    story.invoke(Map.of("topic", "y"));

    assertThat(spend.finishedRuns()).hasSize(2);
    assertThat(spend.finishedRuns())
        .allSatisfy(
            r -> {
              assertThat(r.calls()).hasSize(3);
              assertThat(r.perAgent().keySet())
                  .containsExactlyInAnyOrder("writer", "translator", "summarizer");
              assertThat(r.total()).isEqualTo(Money.usd("0.00375"));
            });
  }

  @Test
  void withABudgetAModelThatCannotBePricedIsRefusedBeforeTheCall() {
    ScriptedChatModel unknown = ScriptedChatModel.of("gpt-5-mni", 1_000, 500);
    CromusSpendListener spend = CromusSpendListener.builder().budgetPerRun(Money.usd("1")).build();
    ChatModel guarded = spend.guard(unknown);

    assertThatThrownBy(() -> guarded.chat("hello"))
        .isInstanceOf(CromusBudgetExceededException.class)
        .hasMessageContaining("cannot be priced")
        .hasMessageContaining("'gpt-5-mni' is not in catalog")
        .hasMessageContaining("gpt-5-mini");
    assertThat(unknown.calls()).isZero();
  }

  @Test
  void withoutABudgetAnUnpricedCallIsRecordedWithItsReasonNeverAtZero() {
    ScriptedChatModel unknown = ScriptedChatModel.of("gpt-5-mni", 1_000, 500);
    CromusSpendListener spend = CromusSpendListener.builder().build();

    spend.guard(unknown).chat("hello");

    RunSpend standalone = spend.run("standalone").orElseThrow();
    assertThat(standalone.unpricedCalls()).isEqualTo(1);
    assertThat(standalone.calls())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.cost()).isEmpty();
              assertThat(c.agent()).isEqualTo("(no agent)");
              assertThat(c.note())
                  .hasValueSatisfying(n -> assertThat(n).contains("not in catalog"));
              assertThat(c.inputTokens()).isEqualTo(1_000);
            });
    assertThat(standalone.total()).isEqualTo(Money.ZERO);
  }

  @Test
  void aModelOnSeveralChannelsIsPricedOnTheNamedOrScopedChannelOnly() {
    ScriptedChatModel haiku = ScriptedChatModel.of("claude-haiku-4-5", 2_000, 300);

    CromusSpendListener ambiguous = CromusSpendListener.builder().build();
    ambiguous.guard(haiku).chat("hello");
    CromusSpendListener named = CromusSpendListener.builder().channel("anthropic-api").build();
    named.guard(haiku).chat("hello");

    assertThat(ambiguous.run("standalone").orElseThrow().calls().get(0).note())
        .hasValueSatisfying(
            n ->
                assertThat(n)
                    .contains("anthropic-api")
                    .contains("google-vertex")
                    .contains("channel(...)"));
    assertThat(named.totalSpend()).isEqualTo(Money.usd("0.0035"));
  }

  @Test
  void aDatedModelNameReportedByTheProviderResolvesInTheCatalog() {
    ScriptedChatModel mini =
        ScriptedChatModel.of("gpt-5-mini", 1_000, 500).reporting("gpt-5-mini-2025-08-07");
    CromusSpendListener spend = CromusSpendListener.builder().build();

    spend.guard(mini).chat("hello");

    CallRecord c = spend.run("standalone").orElseThrow().calls().get(0);
    assertThat(c.modelName()).isEqualTo("gpt-5-mini-2025-08-07");
    assertThat(c.model()).contains("gpt-5-mini");
    assertThat(c.cost()).contains(ONE_CALL);
  }

  @Test
  void resetForgetsRunsButRunIdsStayUnique() {
    ScriptedChatModel mini = ScriptedChatModel.of("gpt-5-mini", 1_000, 500);
    CromusSpendListener spend = CromusSpendListener.builder().keepRuns(1).build();
    UntypedAgent story = story(spend.guard(mini), 1, spend);

    story.invoke(Map.of("topic", "x"));
    story.invoke(Map.of("topic", "y"));
    assertThat(spend.finishedRuns()).extracting(RunSpend::id).containsExactly("run-2");
    spend.reset();
    story.invoke(Map.of("topic", "z"));

    assertThat(spend.finishedRuns()).extracting(RunSpend::id).containsExactly("run-3");
  }

  @Test
  void aSupervisorsPlannerCallsAreItsOwnStepsSpend() {
    ScriptedChatModel bossModel =
        ScriptedChatModel.of("gpt-5-mini", 3_000, 100)
            .thenAnswer(
                "{\"agentName\": \"writer\", \"arguments\": {\"topic\": \"dragons\"}}",
                "{\"agentName\": \"done\", \"arguments\": {\"response\": \"a story\"}}");
    ScriptedChatModel writerModel = ScriptedChatModel.of("gpt-5-mini", 1_000, 500);
    java.util.function.BiFunction<ChatModel, ChatModel, Object> build =
        (boss, writer) ->
            AgenticServices.supervisorBuilder()
                .name("boss")
                .chatModel(boss)
                .subAgents(
                    AgenticServices.agentBuilder(Agents.Writer.class).chatModel(writer).build())
                .maxAgentsInvocations(3)
                .build();
    CompileResult predicted =
        CromusAgentic.compile(build.apply(bossModel, writerModel), Scope.defaults());
    CromusSpendListener spend = CromusSpendListener.forResult(predicted);
    dev.langchain4j.agentic.supervisor.SupervisorAgent boss =
        AgenticServices.supervisorBuilder()
            .name("boss")
            .chatModel(spend.guard(bossModel))
            .subAgents(
                AgenticServices.agentBuilder(Agents.Writer.class)
                    .chatModel(spend.guard(writerModel))
                    .build())
            .maxAgentsInvocations(3)
            .listener(spend)
            .build();

    boss.invoke("Write a story about dragons");

    RunSpend run = spend.lastRun().orElseThrow();
    assertThat(run.calls())
        .extracting(CallRecord::agent, c -> c.stepId().orElse("-"))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("boss", "boss"),
            org.assertj.core.groups.Tuple.tuple("writer", "writer"),
            org.assertj.core.groups.Tuple.tuple("boss", "boss"));
    // planner calls: 3,000 in and 100 out = $0.00075 + $0.0002 each; the writer's $0.00125
    assertThat(run.perAgent())
        .containsExactly(
            Map.entry("boss", Money.usd("0.0019")), Map.entry("writer", Money.usd("0.00125")));
    assertThat(spend.calibration().steps())
        .filteredOn(c -> c.stepId().equals("boss"))
        .singleElement()
        .satisfies(c -> assertThat(c.actualCalls()).isEqualByComparingTo("2"));
  }
}
