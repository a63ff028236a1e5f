package ai.cromus.langchain4j.internal;

import static ai.cromus.langchain4j.internal.Access.safe;

import ai.cromus.core.catalog.ModelCatalog;
import ai.cromus.core.catalog.ModelLookup;
import ai.cromus.core.workflow.FrameworkRule;
import ai.cromus.core.workflow.StepKind;
import ai.cromus.core.workflow.TokenCount;
import ai.cromus.langchain4j.AgentSizes;
import ai.cromus.langchain4j.AgenticOptions;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.agentic.planner.AgentArgument;
import dev.langchain4j.agentic.planner.AgentInstance;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.request.ChatRequestParameters;
import dev.langchain4j.service.AiServiceContext;
import java.lang.reflect.Method;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the model steps of an agentic system: an AI agent (its prompt templates, chat model, tools
 * and message providers) with a tool step per tool, and for any model step its model and its input
 * and output sizes, the input counting the outputs of the agents whose keys it reads.
 */
final class AiAgentReader {
  /** The configuration of an AI agent as far as it could be read. */
  private static final class Configuration {
    Optional<Integer> maxOutput = Optional.empty();
    final List<String> toolNames = new ArrayList<>();
    long toolChars;
  }

  private final Optional<ModelCatalog> catalog;
  private final AgenticOptions options;
  private final WorkflowDraft draft;
  private final Map<String, Long> outputs = new HashMap<>();

  AiAgentReader(Optional<ModelCatalog> catalog, AgenticOptions options, WorkflowDraft draft) {
    this.catalog = catalog;
    this.options = options;
    this.draft = draft;
  }

  List<String> read(AgentInstance node, String name, List<String> preds, WalkContext ctx) {
    StepDraft step = draft.newStep(node, name, StepKind.LLM, preds, ctx);
    Object agent = Access.agentObject(node);
    Class<?> type = safe(node::type).orElse(null);
    Optional<Method> method = Prompts.agentMethod(type);
    Prompts.Templates templates = Prompts.of(type, method);
    for (String problem : templates.problems) {
      draft.diag(
          FrameworkRule.NOT_READ,
          step.line,
          "For agent '" + name + "', " + problem + "; its size is not counted.");
    }
    List<String> text = new ArrayList<>();
    templates.system.ifPresent(text::add);
    templates.user.ifPresent(text::add);
    step.instructions =
        text.isEmpty()
            ? safe(node::description).filter(s -> !s.isBlank()).orElse("")
            : String.join("\n\n", text).trim();
    Type out = safe(node::outputType).orElse(String.class);
    step.structured = !(out == String.class || out == Object.class || out == void.class);
    if (step.structured) {
      step.outputDescription = Optional.of(out.getTypeName());
    }
    Configuration cfg = configuration(step, name, agent);
    size(step, node, name, templates, cfg, out);
    List<String> toolNames = cfg.toolNames;
    step.tools = toolNames;
    recordOutput(node, step.out.tokens());
    for (String tool : toolNames) {
      StepDraft t =
          draft.newDraft(
              AgentNames.slug(step.id + "-" + tool, "tool"),
              tool,
              StepKind.TOOL,
              List.of(step.id),
              ctx.unconditional(),
              node,
              name);
      t.tools = List.of(tool);
      t.condition = Optional.of("when " + name + " calls " + tool);
      t.role = "tool";
      t.instructions = "Tool " + tool + " of agent " + name + ".";
    }
    return List.of(step.id);
  }

  /** Reads the agent's chat model and tools, and says what cannot be read. */
  private Configuration configuration(StepDraft step, String name, Object agent) {
    Optional<AiServiceContext> context = Access.aiContext(agent);
    Configuration cfg = new Configuration();
    if (context.isEmpty()) {
      draft.diag(
          FrameworkRule.NO_MODEL,
          step.line,
          "The configuration of agent '"
              + name
              + "' cannot be read (it was not built by AgenticServices.agentBuilder, or by another"
              + " LangChain4j version); its model, tools and message providers are unknown and the"
              + " balanced choice is simulated.");
    } else {
      AiServiceContext c = context.get();
      if (Access.modelChosenAtRunTime(agent)) {
        draft.diag(
            FrameworkRule.NO_MODEL,
            step.line,
            "Agent '"
                + name
                + "' chooses its chat model at run time (a chatModel(Function)"
                + " provider); the balanced choice is simulated.",
            "Give the agent a fixed chat model, or state the model in the scope's gates.");
      } else if (c.chatModel != null || c.streamingChatModel != null) {
        cfg.maxOutput =
            model(
                step,
                name,
                c.chatModel != null ? c.chatModel : c.streamingChatModel,
                c.chatModel == null);
      } else {
        draft.diag(
            FrameworkRule.NO_MODEL,
            step.line,
            "Agent '" + name + "' has no chat model; the balanced choice is simulated.");
      }
      List<ToolSpecification> specs =
          c.toolService == null
              ? List.of()
              : safe(c.toolService::toolSpecifications).orElse(List.of());
      for (ToolSpecification t : specs) {
        cfg.toolNames.add(t.name());
        cfg.toolChars +=
            t.name().length()
                + (t.description() == null ? 0 : t.description().length())
                + (t.parameters() == null ? 0 : t.parameters().toString().length());
      }
      if (c.toolService != null
          && !safe(c.toolService::toolProviders).map(Set::isEmpty).orElse(true)) {
        draft.diag(
            FrameworkRule.NOT_READ,
            step.line,
            "Agent '"
                + name
                + "' takes tools from a ToolProvider (an MCP server, a tool search), known only at"
                + " run time; they are not read as tool steps and their definitions are not"
                + " counted.");
      }
      if (providerSet(c)) {
        draft.diag(
            FrameworkRule.NOT_READ,
            step.line,
            "Agent '"
                + name
                + "' takes a message from a provider function, known only at run time; its size"
                + " is not counted.",
            "State the agent's input size per agent name.");
      }
    }
    return cfg;
  }

  /**
   * The step's sizes: as input the fixed text of the templates and tool definitions plus the
   * outputs of the agents whose output keys it reads; as output the model's maximum, else typical.
   */
  private void size(
      StepDraft step,
      AgentInstance node,
      String name,
      Prompts.Templates templates,
      Configuration cfg,
      Type out) {
    // input: the fixed text of the templates and tool definitions, plus the outputs of the
    // agents whose output keys it reads
    List<String> fromAgents = new ArrayList<>();
    List<String> fromCaller = new ArrayList<>();
    long in = Prompts.tokens(templates.fixedChars() + cfg.toolChars);
    Set<String> reads = new LinkedHashSet<>();
    for (AgentArgument a : safe(node::arguments).orElse(List.of())) {
      if (a != null && a.name() != null && !a.name().startsWith("@")) {
        reads.add(a.name());
      }
    }
    reads.addAll(templates.variables());
    for (String key : reads) {
      Long produced = outputs.get(key);
      if (produced != null) {
        in += produced;
        fromAgents.add(key);
      } else {
        fromCaller.add(key);
      }
    }
    StringBuilder inMethod =
        new StringBuilder(
            "system and user templates"
                + (cfg.toolNames.isEmpty() ? "" : " and tool definitions")
                + " at "
                + Prompts.CHARS_PER_TOKEN
                + " chars per token");
    if (!fromAgents.isEmpty()) {
      inMethod.append(" + the outputs ").append(String.join(", ", fromAgents));
    }
    if (!fromCaller.isEmpty()) {
      inMethod
          .append("; ")
          .append(String.join(", ", fromCaller))
          .append(" from the caller or a code agent not counted");
    }
    long outTokens;
    String outMethod;
    if (cfg.maxOutput.isPresent()) {
      outTokens = cfg.maxOutput.get();
      outMethod = "the chat model's maxOutputTokens (an upper bound)";
    } else if (step.structured) {
      outTokens = AgenticReader.TYPICAL_STRUCTURED_OUTPUT;
      outMethod = "typical structured output (the agent returns " + out.getTypeName() + ")";
    } else {
      outTokens = AgenticReader.TYPICAL_TEXT_OUTPUT;
      outMethod = "typical text output";
    }
    sizes(step, name, in, inMethod.toString(), outTokens, outMethod);
  }

  private static boolean providerSet(AiServiceContext c) {
    AiServiceContext fresh = AiServiceContext.create(Object.class);
    return c.systemMessageProvider != fresh.systemMessageProvider
        || c.userMessageProvider != fresh.userMessageProvider
        || c.systemMessageProviderWithContext != null;
  }

  /** Reads the model name of a chat model into the step; returns its maxOutputTokens. */
  Optional<Integer> model(StepDraft step, String agent, Object chatModel, boolean streaming) {
    Optional<ChatRequestParameters> params =
        safe(
            () ->
                streaming
                    ? ((StreamingChatModel) chatModel).defaultRequestParameters()
                    : ((ChatModel) chatModel).defaultRequestParameters());
    String modelName = params.map(ChatRequestParameters::modelName).orElse(null);
    if (modelName == null || modelName.isBlank()) {
      draft.diag(
          FrameworkRule.NO_MODEL,
          step.line,
          "The chat model of agent '"
              + agent
              + "' ("
              + chatModel.getClass().getName()
              + ") states no model name in defaultRequestParameters(); the balanced choice is"
              + " simulated.",
          "Set the model name on the chat model's builder (modelName(...)).");
      return Optional.empty();
    }
    step.extra.put(AgenticReader.EXTRA_MODEL_NAME, modelName);
    step.model = Optional.of(modelName);
    if (catalog.isPresent()) {
      ModelLookup l = catalog.get().lookup(modelName);
      if (l.found()) {
        step.model = Optional.of(l.model().get().id());
      } else {
        draft.diag(
            FrameworkRule.MODEL_UNKNOWN,
            step.line,
            "Agent '"
                + agent
                + "' uses the model '"
                + modelName
                + "', which is not in catalog "
                + catalog.get().version()
                + ".",
            l.nearest().isEmpty()
                ? "Run 'cromus models' for the list of models."
                : "Did you mean " + String.join(" or ", l.nearest()) + "?");
      }
    }
    Integer max = params.map(ChatRequestParameters::maxOutputTokens).orElse(null);
    return max != null && max > 0 ? Optional.of(max) : Optional.empty();
  }

  void sizes(StepDraft step, String agent, long in, String inMethod, long out, String outMethod) {
    AgentSizes stated = options.sizes().get(agent);
    boolean estimatedIn = stated == null || stated.inputTokens().isEmpty();
    boolean estimatedOut = stated == null || stated.outputTokens().isEmpty();
    step.in =
        estimatedIn
            ? TokenCount.estimated(Math.max(0, in), inMethod)
            : TokenCount.declared(stated.inputTokens().getAsLong());
    step.out =
        estimatedOut
            ? TokenCount.estimated(Math.max(0, out), outMethod)
            : TokenCount.declared(stated.outputTokens().getAsLong());
    if (estimatedIn || estimatedOut) {
      draft.diag(
          FrameworkRule.SIZE_ESTIMATED,
          step.line,
          "Agent '"
              + agent
              + "': "
              + (estimatedIn ? "input ~" + step.in.tokens() + " tokens (" + inMethod + ")" : "")
              + (estimatedIn && estimatedOut ? ", " : "")
              + (estimatedOut ? "output ~" + step.out.tokens() + " tokens (" + outMethod + ")" : "")
              + ", per call.",
          "State what you know with CromusAgentic.sizes(Map.of(\""
              + agent
              + "\", AgentSizes.of(input, output))), or take the observed sizes from the"
              + " calibration report.");
    }
  }

  private void recordOutput(AgentInstance node, long tokens) {
    safe(node::outputKey).filter(k -> !k.isBlank()).ifPresent(k -> outputs.put(k, tokens));
  }
}
