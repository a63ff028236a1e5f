import ai.cromus.core.CompileResult;
import ai.cromus.core.money.Money;
import ai.cromus.core.scope.Budget;
import ai.cromus.core.scope.Scope;
import ai.cromus.langchain4j.CromusAgentic;
import ai.cromus.langchain4j.CromusSpendListener;
import dev.langchain4j.agentic.Agent;
import dev.langchain4j.agentic.AgenticServices;
import dev.langchain4j.agentic.UntypedAgent;
import dev.langchain4j.agentic.observability.AgentListener;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ChatRequestParameters;
import dev.langchain4j.model.chat.request.DefaultChatRequestParameters;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.TokenUsage;
import dev.langchain4j.service.SystemMessage;
import dev.langchain4j.service.UserMessage;
import dev.langchain4j.service.V;
import java.util.List;
import java.util.Map;

/**
 * A LangChain4j agentic system governed by Cromus, as a runnable program: a writer, a review loop
 * (editor and critic, at most three rounds) and a translator that runs only for French readers.
 *
 * <p>The three lines that add the gate are marked below: {@code requirePass} before the first
 * call, {@code forResult} for the spend listener, and {@code guard} plus {@code listener} where
 * the agents are built. The models here are offline stand-ins that answer "ok" with a fixed token
 * usage, so the program runs without a network or an API key; in an application they are the
 * provider's models, e.g. {@code OpenAiChatModel.builder().apiKey(key).modelName("gpt-5-mini")
 * .build()}.
 *
 * <p>Run it with the module's test class path; it prints the verdict report and the calibration
 * report (predicted against actual, per step and per run).
 */
public final class StoryTeam {
  public interface Writer {
    @SystemMessage("You are a creative writer. Write short, vivid stories for young readers.")
    @UserMessage("Write a story of at most three paragraphs about {{topic}}.")
    @Agent(name = "writer", description = "Writes the first draft", outputKey = "story")
    String write(@V("topic") String topic);
  }

  public interface Editor {
    @UserMessage("Edit the story for clarity and rhythm, keep its length. Story: {{story}}")
    @Agent(name = "editor", description = "Edits the draft", outputKey = "story")
    String edit(@V("story") String story);
  }

  public interface Critic {
    @UserMessage("Answer 'approved' or list what to fix in this story: {{story}}")
    @Agent(name = "critic", description = "Reviews the edit", outputKey = "review")
    String review(@V("story") String story);
  }

  public interface Translator {
    @UserMessage("Translate this story into French: {{story}}")
    @Agent(name = "translator", description = "Translates for French readers", outputKey = "story")
    String translate(@V("story") String story);
  }

  private StoryTeam() {}

  /** The workspace scope: two channels and a budget of ten cents per run. */
  public static Scope scope() {
    return Scope.builder()
        .channels(List.of("openai-api", "anthropic-api"))
        .budget(Budget.builder().perRun(Money.usd("0.10")).build())
        .build();
  }

  /** The agentic system, on the given models; {@code listener} may be null. */
  public static UntypedAgent build(ChatModel fast, ChatModel careful, AgentListener listener) {
    Writer writer = AgenticServices.agentBuilder(Writer.class).chatModel(fast).build();
    Editor editor = AgenticServices.agentBuilder(Editor.class).chatModel(careful).build();
    Critic critic = AgenticServices.agentBuilder(Critic.class).chatModel(fast).build();
    Translator translator =
        AgenticServices.agentBuilder(Translator.class).chatModel(fast).build();
    UntypedAgent review =
        AgenticServices.loopBuilder()
            .name("review")
            .subAgents(editor, critic)
            .maxIterations(3)
            .exitCondition("the critic approves", s -> "approved".equals(s.readState("review", "")))
            .build();
    UntypedAgent localize =
        AgenticServices.conditionalBuilder()
            .name("localize")
            .subAgents(
                "the reader is French", s -> "fr".equals(s.readState("language", "")), translator)
            .build();
    var team =
        AgenticServices.sequenceBuilder()
            .name("story-team")
            .description("Writes, reviews and localizes a children's story")
            .subAgents(writer, review, localize)
            .outputKey("story");
    return listener == null ? team.build() : team.listener(listener).build();
  }

  /** The offline stand-ins of the two models. */
  public static ChatModel fastModel() {
    return new OfflineChatModel("gpt-5-mini", 900, 450);
  }

  public static ChatModel carefulModel() {
    return new OfflineChatModel("claude-haiku-4-5", 1_400, 600);
  }

  public static void main(String[] args) {
    ChatModel fast = fastModel();
    ChatModel careful = carefulModel();

    // 1. the gate: a FAIL verdict (over budget, unknown model, ...) throws before any model call
    CompileResult predicted =
        CromusAgentic.requirePass(build(fast, careful, null), scope());
    // 2. the spend listener prices every call with the same catalog, channels and budget
    CromusSpendListener spend = CromusSpendListener.forResult(predicted);
    // 3. guarded models refuse the call that would pass the budget; the listener sees each agent
    UntypedAgent team = build(spend.guard(fast), spend.guard(careful), spend);

    for (String[] run :
        new String[][] {{"a lighthouse", "en"}, {"a dragon", "fr"}, {"the moon", "en"}, {"a whale", "fr"}}) {
      team.invoke(Map.of("topic", run[0], "language", run[1]));
    }

    System.out.print(CromusAgentic.report(predicted));
    System.out.println();
    System.out.print(spend.calibration().toText());
  }

  /** A chat model that answers "ok" with a fixed token usage: no network, no API key. */
  static final class OfflineChatModel implements ChatModel {
    private final String modelName;
    private final int inputTokens;
    private final int outputTokens;

    OfflineChatModel(String modelName, int inputTokens, int outputTokens) {
      this.modelName = modelName;
      this.inputTokens = inputTokens;
      this.outputTokens = outputTokens;
    }

    @Override
    public ChatResponse doChat(ChatRequest request) {
      return ChatResponse.builder()
          .aiMessage(AiMessage.from("ok"))
          .tokenUsage(new TokenUsage(inputTokens, outputTokens))
          .modelName(modelName)
          .build();
    }

    @Override
    public ChatRequestParameters defaultRequestParameters() {
      return DefaultChatRequestParameters.builder().modelName(modelName).build();
    }
  }
}
