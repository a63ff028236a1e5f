package ai.cromus.langchain4j;

import static org.assertj.core.api.Assertions.assertThat;

import ai.cromus.core.diagnostic.Diagnostic;
import ai.cromus.core.diagnostic.Severity;
import ai.cromus.core.workflow.Parsed;
import ai.cromus.core.workflow.SourceFormat;
import ai.cromus.core.workflow.Step;
import ai.cromus.core.workflow.StepKind;
import ai.cromus.core.workflow.Workflow;
import dev.langchain4j.agentic.Agent;
import dev.langchain4j.agentic.AgenticServices;
import dev.langchain4j.agentic.UntypedAgent;
import dev.langchain4j.agentic.planner.Action;
import dev.langchain4j.agentic.planner.PlanningContext;
import dev.langchain4j.agentic.supervisor.SupervisorAgent;
import dev.langchain4j.agentic.workflow.HumanInTheLoop;
import dev.langchain4j.service.V;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** {@link CromusAgentic#workflowOf}: every shape of a LangChain4j agentic system, read offline. */
class WorkflowOfTest {
  private final ScriptedChatModel mini = ScriptedChatModel.of("gpt-5-mini", 1000, 500);

  private Agents.Writer writer() {
    return AgenticServices.agentBuilder(Agents.Writer.class).chatModel(mini).build();
  }

  private Agents.Editor editor() {
    return AgenticServices.agentBuilder(Agents.Editor.class).chatModel(mini).build();
  }

  private Agents.Critic critic() {
    return AgenticServices.agentBuilder(Agents.Critic.class).chatModel(mini).build();
  }

  private Agents.Translator translator() {
    return AgenticServices.agentBuilder(Agents.Translator.class).chatModel(mini).build();
  }

  private Agents.Summarizer summarizer() {
    return AgenticServices.agentBuilder(Agents.Summarizer.class).chatModel(mini).build();
  }

  private static Map<String, List<String>> deps(Workflow w) {
    return w.steps().stream()
        .collect(
            Collectors.toMap(Step::id, Step::dependsOn, (a, b) -> a, java.util.LinkedHashMap::new));
  }

  private static List<String> rules(Parsed<Workflow> p) {
    return p.diagnostics().stream().map(Diagnostic::rule).collect(Collectors.toList());
  }

  @Test
  void aSequenceIsAChainOfModelStepsWithTheAgentsNamesModelsAndSizes() {
    UntypedAgent story =
        AgenticServices.sequenceBuilder()
            .name("story")
            .description("Writes and edits a story")
            .subAgents(writer(), editor())
            .outputKey("story")
            .build();

    Parsed<Workflow> p = CromusAgentic.workflowOf(story);

    Workflow w = p.value();
    assertThat(p.isValid()).isTrue();
    assertThat(w.name()).isEqualTo("story");
    assertThat(w.description()).contains("Writes and edits a story");
    assertThat(w.format()).isEqualTo(SourceFormat.CODE);
    assertThat(w.source()).isEqualTo("langchain4j:story");
    assertThat(deps(w))
        .containsExactly(Map.entry("writer", List.of()), Map.entry("editor", List.of("writer")));
    Step writer = w.step("writer").orElseThrow();
    assertThat(writer.kind()).isEqualTo(StepKind.LLM);
    assertThat(writer.title()).isEqualTo("Writes a first draft");
    assertThat(writer.model()).contains("gpt-5-mini");
    assertThat(writer.instructions())
        .contains("You are a creative writer.")
        .contains("about {{topic}}");
    assertThat(writer.extra())
        .containsEntry("langchain4j.agent", "writer")
        .containsEntry("langchain4j.agent-id", "writer$0")
        .containsEntry("langchain4j.output-key", "story");
    // system + user templates without {{topic}}: 54 + 54 chars -> 27 tokens at 4 chars per token
    String fixed =
        "You are a creative writer. Write short, vivid stories."
            + "Write a story of at most three paragraphs about .";
    assertThat(writer.inputTokens().tokens()).isEqualTo((fixed.length() + 3) / 4);
    assertThat(writer.inputTokens().declared()).isFalse();
    assertThat(writer.inputTokens().method())
        .contains("topic from the caller or a code agent not counted");
    assertThat(writer.outputTokens().tokens()).isEqualTo(400);
    assertThat(writer.outputTokens().method()).isEqualTo("typical text output");
    // the editor reads the writer's output key: its prompt counts the writer's output
    Step editor = w.step("editor").orElseThrow();
    long editorFixed = "Edit the story below for clarity and rhythm. Story: ".length();
    assertThat(editor.inputTokens().tokens()).isEqualTo((editorFixed + 3) / 4 + 400);
    assertThat(editor.inputTokens().method()).contains("the outputs story");
    assertThat(rules(p)).containsOnly("AGENTIC-SIZE-ESTIMATED");
    assertThat(p.diagnostics()).extracting(Diagnostic::line).containsExactly(1, 2);
  }

  @Test
  void aParallelAgentFansOutFromTheSamePredecessorAndTheNextStepFansIn() {
    UntypedAgent both =
        AgenticServices.parallelBuilder()
            .name("both")
            .subAgents(translator(), summarizer())
            .build();
    UntypedAgent story =
        AgenticServices.sequenceBuilder().name("story").subAgents(writer(), both, critic()).build();

    Workflow w = CromusAgentic.workflowOf(story).value();

    assertThat(deps(w))
        .containsExactly(
            Map.entry("writer", List.of()),
            Map.entry("translator", List.of("writer")),
            Map.entry("summarizer", List.of("writer")),
            Map.entry("critic", List.of("translator", "summarizer")));
    assertThat(w.step("translator").orElseThrow().extra())
        .containsEntry("langchain4j.path", "story > both");
  }

  @Test
  void aConditionalAgentIsADecisionStepWithEachBranchsConditionOnItsFirstSteps() {
    UntypedAgent branchB =
        AgenticServices.sequenceBuilder().name("long-form").subAgents(editor(), critic()).build();
    UntypedAgent route =
        AgenticServices.conditionalBuilder()
            .name("route")
            .subAgents("the topic is short", s -> true, summarizer())
            .subAgents("the topic is long", s -> false, branchB)
            .subAgents(s -> false, translator())
            .build();
    UntypedAgent story =
        AgenticServices.sequenceBuilder().name("story").subAgents(writer(), route).build();

    Workflow w = CromusAgentic.workflowOf(story).value();

    Step decision = w.step("route").orElseThrow();
    assertThat(decision.kind()).isEqualTo(StepKind.DECISION);
    assertThat(decision.dependsOn()).containsExactly("writer");
    assertThat(decision.instructions())
        .contains("the topic is short")
        .contains("the topic is long")
        .contains("a predicate without a description holds");
    assertThat(w.step("summarizer").orElseThrow().condition()).contains("the topic is short");
    assertThat(w.step("summarizer").orElseThrow().dependsOn()).containsExactly("route");
    assertThat(w.step("editor").orElseThrow().condition()).contains("the topic is long");
    assertThat(w.step("editor").orElseThrow().dependsOn()).containsExactly("route");
    // the second step of a branch follows the first, under the same branch
    assertThat(w.step("critic").orElseThrow().condition()).isEmpty();
    assertThat(w.step("critic").orElseThrow().dependsOn()).containsExactly("editor");
    assertThat(w.step("translator").orElseThrow().condition())
        .contains("a predicate without a description holds");
  }

  @Test
  void aLoopBoundsItsStepsByMaxIterationsAndNestedLoopsMultiply() {
    UntypedAgent inner =
        AgenticServices.loopBuilder().name("polish").subAgents(critic()).maxIterations(4).build();
    UntypedAgent outer =
        AgenticServices.loopBuilder()
            .name("review")
            .subAgents(editor(), inner)
            .maxIterations(3)
            .exitCondition("the score is above 0.8", s -> false)
            .build();
    UntypedAgent story =
        AgenticServices.sequenceBuilder().name("story").subAgents(writer(), outer).build();

    Parsed<Workflow> p = CromusAgentic.workflowOf(story);

    Workflow w = p.value();
    assertThat(w.step("writer").orElseThrow().loopBound()).isEmpty();
    assertThat(w.step("editor").orElseThrow().loopBound()).hasValue(3);
    assertThat(w.step("critic").orElseThrow().loopBound()).hasValue(12);
    assertThat(w.steps()).noneMatch(Step::unboundedLoop);
    assertThat(rules(p)).doesNotContain("AGENTIC-UNBOUNDED-LOOP");
  }

  @Test
  void aLoopWithoutMaxIterationsIsDiagnosedAndItsStepsAreUnbounded() {
    UntypedAgent review =
        AgenticServices.loopBuilder()
            .name("review")
            .subAgents(editor(), critic())
            .exitCondition("the score is above 0.8", s -> false)
            .build();
    UntypedAgent story =
        AgenticServices.sequenceBuilder().name("story").subAgents(writer(), review).build();

    Parsed<Workflow> p = CromusAgentic.workflowOf(story);

    assertThat(p.value().step("editor").orElseThrow().unboundedLoop()).isTrue();
    assertThat(p.value().step("critic").orElseThrow().unboundedLoop()).isTrue();
    assertThat(p.value().step("writer").orElseThrow().unboundedLoop()).isFalse();
    Diagnostic d =
        p.diagnostics().stream()
            .filter(x -> x.rule().equals("AGENTIC-UNBOUNDED-LOOP"))
            .findFirst()
            .orElseThrow();
    assertThat(d.severity()).isEqualTo(Severity.WARNING);
    assertThat(d.line()).isEqualTo(2);
    assertThat(d.message())
        .contains("'review' has no maxIterations")
        .contains("it stops when the score is above 0.8");
    assertThat(d.hint()).hasValueSatisfying(h -> assertThat(h).contains(".maxIterations(n)"));
  }

  @Test
  void aSupervisorIsAPlannerStepWithItsModelAndBoundThatItsSubAgentsFollow() {
    SupervisorAgent boss =
        AgenticServices.supervisorBuilder()
            .name("boss")
            .chatModel(ScriptedChatModel.of("claude-sonnet-4-6", 1, 1))
            .subAgents(writer(), editor())
            .maxAgentsInvocations(5)
            .build();

    Parsed<Workflow> p = CromusAgentic.workflowOf(boss);

    Workflow w = p.value();
    Step planner = w.step("boss").orElseThrow();
    assertThat(planner.kind()).isEqualTo(StepKind.LLM);
    assertThat(planner.model()).contains("claude-sonnet-4-6");
    assertThat(planner.loopBound()).hasValue(5);
    assertThat(planner.structuredOutput()).isTrue();
    assertThat(planner.instructions()).contains("You are a planner expert");
    assertThat(planner.extra()).containsEntry("langchain4j.role", "supervisor");
    assertThat(planner.inputTokens().method()).contains("2 agent cards");
    assertThat(w.step("writer").orElseThrow().dependsOn()).containsExactly("boss");
    assertThat(w.step("writer").orElseThrow().condition()).contains("when the supervisor picks it");
    assertThat(w.step("editor").orElseThrow().dependsOn()).containsExactly("boss");
    assertThat(p.diagnostics())
        .filteredOn(d -> d.rule().equals("AGENTIC-SUPERVISOR"))
        .singleElement()
        .satisfies(
            d -> assertThat(d.message()).contains("counted at 5 calls").contains("2 sub-agents"));
  }

  @Test
  void aNestedSystemKeepsItsShapeAndUniqueStepIds() {
    UntypedAgent review =
        AgenticServices.loopBuilder().name("review").subAgents(editor()).maxIterations(2).build();
    UntypedAgent both =
        AgenticServices.parallelBuilder().name("both").subAgents(review, translator()).build();
    UntypedAgent story =
        AgenticServices.sequenceBuilder()
            .name("Story Pipeline")
            .subAgents(writer(), both, editor())
            .build();

    Workflow w = CromusAgentic.workflowOf(story).value();

    assertThat(w.name()).isEqualTo("story-pipeline");
    assertThat(deps(w))
        .containsExactly(
            Map.entry("writer", List.of()),
            Map.entry("editor", List.of("writer")),
            Map.entry("translator", List.of("writer")),
            Map.entry("editor-2", List.of("editor", "translator")));
    assertThat(w.step("editor").orElseThrow().loopBound()).hasValue(2);
    assertThat(w.step("editor-2").orElseThrow().loopBound()).isEmpty();
    assertThat(w.step("editor").orElseThrow().extra().get("langchain4j.agent-id"))
        .isNotEqualTo(w.step("editor-2").orElseThrow().extra().get("langchain4j.agent-id"));
  }

  @Test
  void anAgentsToolsAreToolStepsAfterIt() {
    Agents.Researcher researcher =
        AgenticServices.agentBuilder(Agents.Researcher.class)
            .chatModel(mini)
            .tools(new Agents.SearchTool())
            .build();
    UntypedAgent story =
        AgenticServices.sequenceBuilder().name("story").subAgents(researcher, writer()).build();

    Workflow w = CromusAgentic.workflowOf(story).value();

    assertThat(w.step("researcher").orElseThrow().tools()).containsExactly("search");
    Step tool = w.step("researcher-search").orElseThrow();
    assertThat(tool.kind()).isEqualTo(StepKind.TOOL);
    assertThat(tool.dependsOn()).containsExactly("researcher");
    assertThat(tool.condition()).contains("when researcher calls search");
    assertThat(w.step("writer").orElseThrow().dependsOn()).containsExactly("researcher");
    // the tool's definition is part of the researcher's prompt
    assertThat(w.step("researcher").orElseThrow().inputTokens().method())
        .contains("tool definitions");
  }

  @Test
  void anUnknownModelIsAnErrorWithTheNearestCatalogNames() {
    Agents.Writer w =
        AgenticServices.agentBuilder(Agents.Writer.class)
            .chatModel(ScriptedChatModel.of("gpt-5-mni", 1, 1))
            .build();

    Parsed<Workflow> p = CromusAgentic.workflowOf(w);

    assertThat(p.isValid()).isFalse();
    assertThat(p.value().steps())
        .singleElement()
        .satisfies(s -> assertThat(s.model()).contains("gpt-5-mni"));
    Diagnostic d =
        p.diagnostics().stream()
            .filter(x -> x.rule().equals("AGENTIC-MODEL-UNKNOWN"))
            .findFirst()
            .orElseThrow();
    assertThat(d.message()).contains("Agent 'writer' uses the model 'gpt-5-mni'");
    assertThat(d.hint()).hasValueSatisfying(h -> assertThat(h).contains("gpt-5-mini"));
  }

  @Test
  void aDatedProviderModelNameResolvesToItsCatalogId() {
    Agents.Writer w =
        AgenticServices.agentBuilder(Agents.Writer.class)
            .chatModel(ScriptedChatModel.of("gpt-5-mini-2025-08-07", 1, 1))
            .build();

    Step s = CromusAgentic.workflowOf(w).value().steps().get(0);

    assertThat(s.model()).contains("gpt-5-mini");
    assertThat(s.extra()).containsEntry("langchain4j.model-name", "gpt-5-mini-2025-08-07");
  }

  @Test
  void aChatModelWithoutAModelNameOrAModelChosenAtRunTimeIsDiagnosed() {
    Agents.Writer noName =
        AgenticServices.agentBuilder(Agents.Writer.class)
            .chatModel(ScriptedChatModel.of(null, 1, 1))
            .build();
    Agents.Editor dynamic =
        AgenticServices.agentBuilder(Agents.Editor.class).chatModel(scope -> mini).build();
    UntypedAgent story =
        AgenticServices.sequenceBuilder().name("story").subAgents(noName, dynamic).build();

    Parsed<Workflow> p = CromusAgentic.workflowOf(story);

    assertThat(p.value().steps()).allSatisfy(s -> assertThat(s.model()).isEmpty());
    assertThat(p.diagnostics())
        .filteredOn(d -> d.rule().equals("AGENTIC-NO-MODEL"))
        .extracting(Diagnostic::message)
        .satisfiesExactly(
            m -> assertThat(m).contains("states no model name"),
            m -> assertThat(m).contains("chooses its chat model at run time"));
  }

  @Test
  void maxOutputTokensOfTheChatModelIsTheOutputEstimate() {
    Agents.Writer w =
        AgenticServices.agentBuilder(Agents.Writer.class)
            .chatModel(ScriptedChatModel.withMaxOutput("gpt-5-mini", 700, 1, 1))
            .build();

    Step s = CromusAgentic.workflowOf(w).value().steps().get(0);

    assertThat(s.outputTokens().tokens()).isEqualTo(700);
    assertThat(s.outputTokens().method()).contains("maxOutputTokens (an upper bound)");
  }

  @Test
  void statedSizesReplaceEstimatesAndAnUnknownAgentNameIsReported() {
    UntypedAgent story =
        AgenticServices.sequenceBuilder().name("story").subAgents(writer(), editor()).build();
    AgenticOptions options =
        AgenticOptions.builder()
            .putSizes("writer", AgentSizes.of(1_200, 900))
            .putSizes("editr", AgentSizes.builder().outputTokens(300).build())
            .build();

    Parsed<Workflow> p = CromusAgentic.workflowOf(story, options);

    Step writer = p.value().step("writer").orElseThrow();
    assertThat(writer.inputTokens().declared()).isTrue();
    assertThat(writer.inputTokens().tokens()).isEqualTo(1_200);
    assertThat(writer.outputTokens().tokens()).isEqualTo(900);
    // a stated output feeds the next agent's estimated input
    assertThat(p.value().step("editor").orElseThrow().inputTokens().tokens()).isEqualTo(13 + 900);
    assertThat(p.diagnostics())
        .filteredOn(d -> d.rule().equals("AGENTIC-SIZE-OVERRIDE"))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.message()).contains("'editr'");
              assertThat(d.hint()).hasValueSatisfying(h -> assertThat(h).contains("'editor'"));
            });
    assertThat(p.diagnostics())
        .filteredOn(d -> d.rule().equals("AGENTIC-SIZE-ESTIMATED"))
        .extracting(Diagnostic::message)
        .noneMatch(m -> m.contains("'writer'"));
  }

  @Test
  void anObjectThatIsNotAnAgentIsAnErrorNotAnException() {
    Parsed<Workflow> p = CromusAgentic.workflowOf("a string");

    assertThat(p.value().steps()).isEmpty();
    assertThat(rules(p)).containsExactly("AGENTIC-NOT-A-SYSTEM");
    assertThat(p.diagnostics().get(0).message()).contains("java.lang.String");
  }

  /** A non-AI agent: plain Java with an @Agent method. */
  public static final class Formatter {
    @Agent(name = "formatter", description = "Trims the story", outputKey = "story")
    public String format(@V("story") String story) {
      return story.trim();
    }
  }

  @Test
  void codeAgentsAndHumansAreStepsThatCallNoModel() {
    HumanInTheLoop approval =
        AgenticServices.humanInTheLoopBuilder()
            .description("An editor approves the story")
            .outputKey("approved")
            .responseProvider(() -> "yes")
            .build();
    UntypedAgent story =
        AgenticServices.sequenceBuilder()
            .name("story")
            .subAgents(writer(), new Formatter(), approval)
            .build();

    Workflow w = CromusAgentic.workflowOf(story).value();

    assertThat(w.steps())
        .extracting(Step::kind)
        .containsExactly(StepKind.LLM, StepKind.CODE, StepKind.HUMAN);
    assertThat(w.steps().get(1).id()).isEqualTo("formatter");
    assertThat(w.steps().get(2).title()).isEqualTo("An editor approves the story");
  }

  @Test
  void aCustomPlannerIsReadAsASequenceAndSaysSo() {
    UntypedAgent custom =
        AgenticServices.plannerBuilder()
            .name("custom")
            .subAgents(writer(), editor())
            .planner(RoundRobin::new)
            .build();

    Parsed<Workflow> p = CromusAgentic.workflowOf(custom);

    assertThat(deps(p.value()))
        .containsExactly(Map.entry("writer", List.of()), Map.entry("editor", List.of("writer")));
    assertThat(p.diagnostics())
        .filteredOn(d -> d.rule().equals("AGENTIC-NOT-READ"))
        .singleElement()
        .satisfies(d -> assertThat(d.message()).contains(RoundRobin.class.getName()));
  }

  /** A planner Cromus does not know. */
  static final class RoundRobin implements dev.langchain4j.agentic.planner.Planner {
    @Override
    public Action nextAction(PlanningContext context) {
      return done();
    }
  }

  @Test
  void readingTwiceGivesEqualWorkflowsAndCallsNoModel() {
    UntypedAgent story =
        AgenticServices.sequenceBuilder().name("story").subAgents(writer(), editor()).build();

    Parsed<Workflow> a = CromusAgentic.workflowOf(story);
    Parsed<Workflow> b = CromusAgentic.workflowOf(story);

    assertThat(a.value()).isEqualTo(b.value());
    assertThat(a.diagnostics()).isEqualTo(b.diagnostics());
    assertThat(mini.calls()).isZero();
  }
}
