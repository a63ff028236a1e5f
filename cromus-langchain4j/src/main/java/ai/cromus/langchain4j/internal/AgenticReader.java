package ai.cromus.langchain4j.internal;

import ai.cromus.core.Limits;
import ai.cromus.core.catalog.ModelCatalog;
import ai.cromus.core.catalog.ModelLookup;
import ai.cromus.core.diagnostic.CoreRule;
import ai.cromus.core.diagnostic.Diagnostic;
import ai.cromus.core.diagnostic.Rule;
import ai.cromus.core.diagnostic.SourceLocation;
import ai.cromus.core.workflow.FrameworkRule;
import ai.cromus.core.workflow.ImmutableStep;
import ai.cromus.core.workflow.ImmutableWorkflow;
import ai.cromus.core.workflow.Parsed;
import ai.cromus.core.workflow.SourceFormat;
import ai.cromus.core.workflow.SourcePosition;
import ai.cromus.core.workflow.Step;
import ai.cromus.core.workflow.StepKind;
import ai.cromus.core.workflow.TokenCount;
import ai.cromus.core.workflow.Workflow;
import ai.cromus.langchain4j.AgentSizes;
import ai.cromus.langchain4j.AgenticOptions;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.agentic.planner.AgentArgument;
import dev.langchain4j.agentic.planner.AgentInstance;
import dev.langchain4j.agentic.planner.AgenticSystemTopology;
import dev.langchain4j.agentic.planner.Planner;
import dev.langchain4j.agentic.supervisor.PlannerAgent;
import dev.langchain4j.agentic.supervisor.SupervisorPlanner;
import dev.langchain4j.agentic.workflow.ConditionalAgent;
import dev.langchain4j.agentic.workflow.ConditionalAgentInstance;
import dev.langchain4j.agentic.workflow.LoopAgentInstance;
import dev.langchain4j.agentic.workflow.impl.ConditionalPlanner;
import dev.langchain4j.agentic.workflow.impl.LoopPlanner;
import dev.langchain4j.agentic.workflow.impl.ParallelMapperPlanner;
import dev.langchain4j.agentic.workflow.impl.ParallelPlanner;
import dev.langchain4j.agentic.workflow.impl.SequentialPlanner;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.request.ChatRequestParameters;
import dev.langchain4j.service.AiServiceContext;
import java.lang.reflect.Method;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a built LangChain4j agentic system into a Cromus workflow: one step per agent, in
 * depth-first order, with the shape of the system as dependencies. A sequence chains its
 * sub-agents; a parallel agent fans them out from the same predecessors and the next step fans in
 * from all of them; a loop gives each of its steps the loop's {@code maxIterations} as bound (the
 * product, for nested loops); a conditional agent becomes a decision step with each branch's
 * condition on the branch's first steps; a supervisor becomes a planner step (its own model calls)
 * that its sub-agents follow. Each AI agent's tools become tool steps after it. Where something
 * cannot be read the reader says so in a diagnostic and says what stands in for it.
 *
 * <p>Locations: the source is {@code langchain4j:<root agent name>}; the line of a step is its
 * 1-based position in the step list, and so is the line of a diagnostic about it.
 */
public final class AgenticReader {
  /** Keys of {@link Step#extra()} that tie a step to the agent it was read from. */
  public static final String EXTRA_AGENT = "langchain4j.agent";

  public static final String EXTRA_AGENT_ID = "langchain4j.agent-id";
  public static final String EXTRA_PATH = "langchain4j.path";
  public static final String EXTRA_MODEL_NAME = "langchain4j.model-name";
  public static final String EXTRA_OUTPUT_KEY = "langchain4j.output-key";
  public static final String EXTRA_ROLE = "langchain4j.role";

  /** Typical output sizes per kind of answer: the SOP reader's figures for model steps. */
  static final long TYPICAL_TEXT_OUTPUT = 400;

  static final long TYPICAL_STRUCTURED_OUTPUT = 80;

  private final Optional<ModelCatalog> catalog;
  private final Limits limits;
  private final AgenticOptions options;

  private final List<Draft> drafts = new ArrayList<>();
  private final List<Diagnostic> diags = new ArrayList<>();
  private final Set<String> ids = new LinkedHashSet<>();
  private final Map<String, Long> outputs = new HashMap<>();
  private final Set<String> agentNames = new LinkedHashSet<>();
  private String source = "langchain4j:agentic-system";
  private boolean truncated;

  public AgenticReader(Optional<ModelCatalog> catalog, Limits limits, AgenticOptions options) {
    this.catalog = Objects.requireNonNull(catalog);
    this.limits = Objects.requireNonNull(limits);
    this.options = Objects.requireNonNull(options);
  }

  /** Reads a system; a reader reads one system only. */
  public Parsed<Workflow> read(Object system) {
    diags.addAll(options.diagnostics());
    if (!(system instanceof AgentInstance)) {
      String what = system == null ? "null" : system.getClass().getName();
      diag(
          FrameworkRule.NOT_A_SYSTEM,
          1,
          "The object is a " + what + ", not an agent built by LangChain4j's agentic module.",
          "Pass what AgenticServices.sequenceBuilder() (or another builder, or"
              + " createAgenticSystem) returned.");
      return Parsed.of(workflow("agentic-system", "agentic system", Optional.empty()), diags);
    }
    AgentInstance root = (AgentInstance) system;
    String rootName = safe(root::name).orElse("agentic system");
    source = "langchain4j:" + rootName;
    walk(root, List.of(), new Context(List.of(), 1, false, 0, Optional.empty()));
    for (Map.Entry<String, AgentSizes> e : options.sizes().entrySet()) {
      if (!agentNames.contains(e.getKey())) {
        List<String> near = AgentNames.nearest(e.getKey(), agentNames, 3);
        diag(
            FrameworkRule.SIZE_OVERRIDE,
            1,
            "Sizes are stated for agent '" + e.getKey() + "', which is not in the system.",
            near.isEmpty()
                ? "Agents: " + String.join(", ", agentNames) + "."
                : "Did you mean '" + String.join("', '", near) + "'?");
      }
    }
    String name = options.workflowName().orElse(AgentNames.slug(rootName, "agentic-system"));
    return Parsed.of(
        workflow(name, rootName, safe(root::description).filter(d -> !d.isBlank())), diags);
  }

  private Workflow workflow(String name, String title, Optional<String> description) {
    ImmutableWorkflow.Builder w =
        Workflow.builder()
            .name(name)
            .title(title)
            .description(description)
            .format(SourceFormat.CODE)
            .source(source)
            .putExtra("framework", "langchain4j-agentic");
    for (Draft d : drafts) {
      w.addSteps(d.build());
    }
    return w.build();
  }

  // ---------------------------------------------------------------------------------------------
  // the walk

  /** Where a node sits: its enclosing agents, the loop bound around it, its branch condition. */
  private static final class Context {
    final List<String> path;
    final long loop;
    final boolean unbounded;
    final int depth;
    final Optional<String> condition;

    Context(
        List<String> path, long loop, boolean unbounded, int depth, Optional<String> condition) {
      this.path = path;
      this.loop = loop;
      this.unbounded = unbounded;
      this.depth = depth;
      this.condition = condition;
    }

    Context inside(String name) {
      List<String> p = new ArrayList<>(path);
      p.add(name);
      return new Context(List.copyOf(p), loop, unbounded, depth + 1, Optional.empty());
    }

    Context looping(long bound, boolean noBound) {
      long product = noBound ? loop : saturatingTimes(loop, bound);
      return new Context(path, product, unbounded || noBound, depth, condition);
    }

    Context when(String c) {
      return new Context(path, loop, unbounded, depth, Optional.of(c));
    }

    Context when(Optional<String> c) {
      return new Context(path, loop, unbounded, depth, c);
    }

    Context unconditional() {
      return new Context(path, loop, unbounded, depth, Optional.empty());
    }
  }

  static long saturatingTimes(long a, long b) {
    long r = a * b;
    return (a != 0 && (r / a != b || r > Integer.MAX_VALUE)) ? Integer.MAX_VALUE : r;
  }

  /** Reads a node after {@code preds}; returns the steps the next node must follow. */
  private List<String> walk(AgentInstance node, List<String> preds, Context ctx) {
    if (truncated) {
      return preds;
    }
    if (ctx.depth >= limits.maxNesting()) {
      truncated = true;
      diag(
          CoreRule.INPUT_TOO_DEEP,
          nextLine(),
          "The agentic system nests deeper than "
              + limits.maxNesting()
              + " levels; the agents below are not read.");
      return preds;
    }
    String name = safe(node::name).orElse("agent");
    AgenticSystemTopology topology = safe(node::topology).orElse(null);
    if (topology == null) {
      return unreadable(node, name, preds, ctx, "it reports no topology");
    }
    switch (topology) {
      case AI_AGENT:
        return aiAgent(node, name, preds, ctx);
      case NON_AI_AGENT:
        return plain(node, name, StepKind.CODE, preds, ctx);
      case HUMAN_IN_THE_LOOP:
        return plain(node, name, StepKind.HUMAN, preds, ctx);
      case LOOP:
        return loop(node, name, preds, ctx);
      case ROUTER:
        return conditional(node, name, preds, ctx);
      case PARALLEL:
        return parallel(node, name, preds, ctx);
      case SEQUENCE:
      case STAR:
      default:
        return planned(node, name, topology, preds, ctx);
    }
  }

  private List<String> planned(
      AgentInstance node,
      String name,
      AgenticSystemTopology topology,
      List<String> preds,
      Context ctx) {
    Class<?> planner = safe(node::plannerType).orElse(null);
    if (planner == SupervisorPlanner.class) {
      return supervisor(node, name, preds, ctx);
    }
    if (planner == SequentialPlanner.class) {
      return sequence(node, name, preds, ctx);
    }
    List<AgentInstance> subs = subagents(node);
    if (subs.isEmpty() && planner == null) {
      return unreadable(node, name, preds, ctx, "it is neither an AI agent nor a workflow");
    }
    int line = nextLine();
    diag(
        FrameworkRule.NOT_READ,
        line,
        "Agent '"
            + name
            + "' plans with "
            + (planner == null ? "an unknown planner" : planner.getName())
            + " (topology "
            + topology.name().toLowerCase(Locale.ROOT)
            + "), whose order Cromus cannot read before it runs; its "
            + subs.size()
            + " sub-agents are read as a sequence, each once.",
        "Check the prediction against a run with the calibration report.");
    return sequence(node, name, preds, ctx);
  }

  private List<String> sequence(AgentInstance node, String name, List<String> preds, Context ctx) {
    Context inner = ctx.inside(name);
    List<String> exits = preds;
    boolean first = true;
    for (AgentInstance sub : subagents(node)) {
      exits = walk(sub, exits, first ? inner.when(ctx.condition) : inner);
      first = false;
    }
    return exits;
  }

  private List<String> parallel(AgentInstance node, String name, List<String> preds, Context ctx) {
    Class<?> planner = safe(node::plannerType).orElse(null);
    Context inner = ctx.inside(name).when(ctx.condition);
    List<AgentInstance> subs = subagents(node);
    if (planner == ParallelMapperPlanner.class) {
      String items =
          Access.planner(Access.agentObject(node))
              .flatMap(p -> Access.plannerField(p, "itemsProvider"))
              .map(Object::toString)
              .orElse("its items");
      diag(
          FrameworkRule.NOT_READ,
          nextLine(),
          "Agent '"
              + name
              + "' runs its sub-agent once per item of '"
              + items
              + "', a number known only at run time; one item is counted.",
          "The calibration report shows the calls per run that a real run makes.");
    } else if (planner != ParallelPlanner.class && planner != null) {
      diag(
          FrameworkRule.NOT_READ,
          nextLine(),
          "Agent '"
              + name
              + "' runs its sub-agents in parallel with the planner "
              + planner.getName()
              + "; each is read once.",
          "Check the prediction against a run with the calibration report.");
    }
    List<String> exits = new ArrayList<>();
    for (AgentInstance sub : subs) {
      exits.addAll(walk(sub, preds, inner));
    }
    return exits.isEmpty() ? preds : exits;
  }

  private List<String> loop(AgentInstance node, String name, List<String> preds, Context ctx) {
    Optional<LoopAgentInstance> loop = safe(() -> node.as(LoopAgentInstance.class));
    if (loop.isEmpty()) {
      loop =
          Access.planner(Access.agentObject(node))
              .filter(LoopPlanner.class::isInstance)
              .map(p -> new LoopView((LoopPlanner) p));
    }
    int max = loop.flatMap(l -> safe(l::maxIterations)).orElse(Integer.MAX_VALUE);
    boolean unbounded = max == Integer.MAX_VALUE;
    if (unbounded) {
      String exit =
          loop.flatMap(l -> safe(l::exitCondition))
              .filter(s -> !s.isBlank() && !s.equals("<unknown>"))
              .map(s -> " (it stops when " + s + ")")
              .orElse("");
      diag(
          FrameworkRule.UNBOUNDED_LOOP,
          nextLine(),
          "Loop agent '"
              + name
              + "' has no maxIterations"
              + exit
              + ": its cost has no ceiling; one iteration is counted.",
          "Call .maxIterations(n) on the loop builder (or set it on @LoopAgent).");
    }
    Context inner = ctx.inside(name).looping(Math.max(1, max), unbounded);
    List<String> exits = preds;
    boolean first = true;
    for (AgentInstance sub : subagents(node)) {
      exits = walk(sub, exits, first ? inner.when(ctx.condition) : inner.unconditional());
      first = false;
    }
    return exits;
  }

  /** A loop whose instance view could not be taken: the planner's own accessors. */
  private static final class LoopView implements LoopAgentInstance {
    private final LoopPlanner planner;

    LoopView(LoopPlanner planner) {
      this.planner = planner;
    }

    @Override
    public int maxIterations() {
      return planner.maxIterations();
    }

    @Override
    public boolean testExitAtLoopEnd() {
      return planner.testExitAtLoopEnd();
    }

    @Override
    public String exitCondition() {
      return planner.exitCondition();
    }

    @Override
    public Class<?> type() {
      return null;
    }

    @Override
    public Class<? extends Planner> plannerType() {
      return LoopPlanner.class;
    }

    @Override
    public String name() {
      return "";
    }

    @Override
    public String agentId() {
      return "";
    }

    @Override
    public String description() {
      return "";
    }

    @Override
    public Type outputType() {
      return Object.class;
    }

    @Override
    public String outputKey() {
      return null;
    }

    @Override
    public boolean async() {
      return false;
    }

    @Override
    public List<AgentArgument> arguments() {
      return List.of();
    }

    @Override
    public AgentInstance parent() {
      return null;
    }

    @Override
    public List<AgentInstance> subagents() {
      return List.of();
    }

    @Override
    public AgenticSystemTopology topology() {
      return AgenticSystemTopology.LOOP;
    }
  }

  private List<String> conditional(
      AgentInstance node, String name, List<String> preds, Context ctx) {
    List<ConditionalAgent> branches =
        safe(() -> node.as(ConditionalAgentInstance.class))
            .flatMap(c -> safe(c::conditionalSubagents))
            .or(
                () ->
                    Access.planner(Access.agentObject(node))
                        .filter(ConditionalPlanner.class::isInstance)
                        .map(p -> ((ConditionalPlanner) p).conditionalSubagents()))
            .orElse(List.of());
    Draft decision = newStep(node, name, StepKind.DECISION, preds, ctx);
    decision.role = "router";
    List<String> conditions = new ArrayList<>();
    for (ConditionalAgent b : branches) {
      conditions.add(conditionText(b.condition()));
    }
    decision.instructions =
        conditions.isEmpty()
            ? "Routes to its sub-agents."
            : "Runs every branch whose condition holds: " + String.join("; ", conditions) + ".";
    Context inner = ctx.inside(name);
    List<String> exits = new ArrayList<>();
    if (branches.isEmpty()) {
      List<AgentInstance> subs = subagents(node);
      if (!subs.isEmpty()) {
        diag(
            FrameworkRule.NOT_READ,
            decision.line,
            "The conditions of agent '"
                + name
                + "' cannot be read; each sub-agent is read as a"
                + " branch taken when its own unread condition holds.");
      }
      for (AgentInstance sub : subs) {
        exits.addAll(walk(sub, List.of(decision.id), inner.when("an unread condition")));
      }
    }
    for (ConditionalAgent b : branches) {
      String c = conditionText(b.condition());
      for (AgentInstance sub : b.agentInstances()) {
        exits.addAll(walk(sub, List.of(decision.id), inner.when(c)));
      }
    }
    return exits.isEmpty() ? List.of(decision.id) : exits;
  }

  private static String conditionText(String described) {
    return described == null || described.isBlank() || described.equals("<unknown>")
        ? "a predicate without a description holds"
        : described;
  }

  private List<String> supervisor(
      AgentInstance node, String name, List<String> preds, Context ctx) {
    Optional<Planner> planner = Access.planner(Access.agentObject(node));
    Draft step = newStep(node, name, StepKind.LLM, preds, ctx);
    step.role = "supervisor";
    step.structured = true;
    step.outputDescription = Optional.of("the next agent to call and its arguments, as JSON");
    int max =
        planner
            .flatMap(p -> Access.plannerField(p, "maxAgentsInvocations"))
            .filter(Integer.class::isInstance)
            .map(Integer.class::cast)
            .orElse(-1);
    if (max < 0) {
      diag(
          FrameworkRule.NOT_READ,
          step.line,
          "The maxAgentsInvocations of supervisor '"
              + name
              + "' cannot be read; LangChain4j's default of 10 is counted.");
      max = 10;
    }
    String strategy =
        planner
            .flatMap(p -> Access.plannerField(p, "responseStrategy"))
            .map(Object::toString)
            .orElse("LAST");
    Optional<ChatModel> model =
        planner
            .flatMap(p -> Access.plannerField(p, "chatModel"))
            .filter(ChatModel.class::isInstance)
            .map(ChatModel.class::cast);
    bound(step, ctx.looping(Math.max(1, max), false));
    List<AgentInstance> subs = subagents(node);
    Optional<Method> plan = Prompts.method(PlannerAgent.class, "plan");
    Prompts.Templates templates = Prompts.of(PlannerAgent.class, plan);
    step.instructions = templates.system.orElse("Plans which sub-agent to call next.");
    StringBuilder cards = new StringBuilder();
    for (AgentInstance s : subs) {
      cards
          .append("{'")
          .append(safe(s::agentId).orElse(""))
          .append("', '")
          .append(safe(s::description).orElse(""))
          .append("', ")
          .append(safe(s::arguments).map(Object::toString).orElse("[]"))
          .append("}, ");
    }
    if (model.isPresent()) {
      model(step, name, model.get(), false);
    } else {
      diag(
          FrameworkRule.NO_MODEL,
          step.line,
          "The chat model of supervisor '"
              + name
              + "' cannot be read; the balanced choice is"
              + " simulated.",
          "Give the supervisor builder a chatModel(...).");
    }
    long in = Prompts.tokens(templates.fixedChars() + cards.length());
    sizes(
        step,
        name,
        in,
        "the supervisor's planner prompt and its "
            + subs.size()
            + " agent cards at "
            + Prompts.CHARS_PER_TOKEN
            + " chars per token; the request and the last response are not counted",
        TYPICAL_STRUCTURED_OUTPUT,
        "typical structured output (an agent invocation as JSON)");
    diag(
        FrameworkRule.SUPERVISOR,
        step.line,
        "Supervisor '"
            + name
            + "' picks among "
            + subs.size()
            + " sub-agents at run time: its planner is counted at "
            + max
            + " calls (maxAgentsInvocations) and each sub-agent once"
            + (strategy.equals("SCORED") ? "; the extra scoring call is not counted." : "."),
        "The calibration report shows the calls per run that a real run makes.");
    Context inner = ctx.inside(name).when("when the supervisor picks it");
    List<String> exits = new ArrayList<>();
    for (AgentInstance sub : subs) {
      exits.addAll(walk(sub, List.of(step.id), inner));
    }
    return exits.isEmpty() ? List.of(step.id) : exits;
  }

  private List<String> plain(
      AgentInstance node, String name, StepKind kind, List<String> preds, Context ctx) {
    Draft d = newStep(node, name, kind, preds, ctx);
    d.instructions = safe(node::description).filter(s -> !s.isBlank()).orElse("");
    if (kind == StepKind.HUMAN) {
      d.role = "human";
    }
    // a code or human agent's output size is unknown: an output key it rewrites keeps the size
    // an AI agent gave it, and one it alone writes is not counted (the method says so)
    return List.of(d.id);
  }

  private List<String> unreadable(
      AgentInstance node, String name, List<String> preds, Context ctx, String why) {
    Draft d = newStep(node, name, StepKind.CODE, preds, ctx);
    diag(
        FrameworkRule.NOT_READ,
        d.line,
        "Agent '"
            + name
            + "' cannot be read ("
            + why
            + "); it is read as a step of deterministic code that calls no model.",
        "If it calls a model, wrap it in an agent built with AgenticServices.agentBuilder.");
    return List.of(d.id);
  }

  private List<String> aiAgent(AgentInstance node, String name, List<String> preds, Context ctx) {
    Draft step = newStep(node, name, StepKind.LLM, preds, ctx);
    Object agent = Access.agentObject(node);
    Class<?> type = safe(node::type).orElse(null);
    Optional<Method> method = Prompts.agentMethod(type);
    Prompts.Templates templates = Prompts.of(type, method);
    for (String problem : templates.problems) {
      diag(
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
    Optional<AiServiceContext> context = Access.aiContext(agent);
    Optional<Integer> maxOutput = Optional.empty();
    List<String> toolNames = new ArrayList<>();
    long toolChars = 0;
    if (context.isEmpty()) {
      diag(
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
        diag(
            FrameworkRule.NO_MODEL,
            step.line,
            "Agent '"
                + name
                + "' chooses its chat model at run time (a chatModel(Function)"
                + " provider); the balanced choice is simulated.",
            "Give the agent a fixed chat model, or state the model in the scope's gates.");
      } else if (c.chatModel != null || c.streamingChatModel != null) {
        maxOutput =
            model(
                step,
                name,
                c.chatModel != null ? c.chatModel : c.streamingChatModel,
                c.chatModel == null);
      } else {
        diag(
            FrameworkRule.NO_MODEL,
            step.line,
            "Agent '" + name + "' has no chat model; the balanced choice is simulated.");
      }
      List<ToolSpecification> specs =
          c.toolService == null
              ? List.of()
              : safe(c.toolService::toolSpecifications).orElse(List.of());
      for (ToolSpecification t : specs) {
        toolNames.add(t.name());
        toolChars +=
            t.name().length()
                + (t.description() == null ? 0 : t.description().length())
                + (t.parameters() == null ? 0 : t.parameters().toString().length());
      }
      if (c.toolService != null
          && !safe(c.toolService::toolProviders).map(Set::isEmpty).orElse(true)) {
        diag(
            FrameworkRule.NOT_READ,
            step.line,
            "Agent '"
                + name
                + "' takes tools from a ToolProvider (an MCP server, a tool search), known only at"
                + " run time; they are not read as tool steps and their definitions are not"
                + " counted.");
      }
      if (providerSet(c)) {
        diag(
            FrameworkRule.NOT_READ,
            step.line,
            "Agent '"
                + name
                + "' takes a message from a provider function, known only at run time; its size"
                + " is not counted.",
            "State the agent's input size per agent name.");
      }
    }
    // input: the fixed text of the templates and tool definitions, plus the outputs of the
    // agents whose output keys it reads
    List<String> fromAgents = new ArrayList<>();
    List<String> fromCaller = new ArrayList<>();
    long in = Prompts.tokens(templates.fixedChars() + toolChars);
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
                + (toolNames.isEmpty() ? "" : " and tool definitions")
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
    if (maxOutput.isPresent()) {
      outTokens = maxOutput.get();
      outMethod = "the chat model's maxOutputTokens (an upper bound)";
    } else if (step.structured) {
      outTokens = TYPICAL_STRUCTURED_OUTPUT;
      outMethod = "typical structured output (the agent returns " + out.getTypeName() + ")";
    } else {
      outTokens = TYPICAL_TEXT_OUTPUT;
      outMethod = "typical text output";
    }
    sizes(step, name, in, inMethod.toString(), outTokens, outMethod);
    step.tools = toolNames;
    recordOutput(node, step.out.tokens());
    for (String tool : toolNames) {
      Draft t =
          newDraft(
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

  private static boolean providerSet(AiServiceContext c) {
    AiServiceContext fresh = AiServiceContext.create(Object.class);
    return c.systemMessageProvider != fresh.systemMessageProvider
        || c.userMessageProvider != fresh.userMessageProvider
        || c.systemMessageProviderWithContext != null;
  }

  /** Reads the model name of a chat model into the step; returns its maxOutputTokens. */
  private Optional<Integer> model(Draft step, String agent, Object chatModel, boolean streaming) {
    Optional<ChatRequestParameters> params =
        safe(
            () ->
                streaming
                    ? ((StreamingChatModel) chatModel).defaultRequestParameters()
                    : ((ChatModel) chatModel).defaultRequestParameters());
    String modelName = params.map(ChatRequestParameters::modelName).orElse(null);
    if (modelName == null || modelName.isBlank()) {
      diag(
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
    step.extra.put(EXTRA_MODEL_NAME, modelName);
    step.model = Optional.of(modelName);
    if (catalog.isPresent()) {
      ModelLookup l = catalog.get().lookup(modelName);
      if (l.found()) {
        step.model = Optional.of(l.model().get().id());
      } else {
        diag(
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

  private void sizes(
      Draft step, String agent, long in, String inMethod, long out, String outMethod) {
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
      diag(
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

  // ---------------------------------------------------------------------------------------------
  // steps

  private static final class Draft {
    String id;
    String title;
    StepKind kind;
    String instructions = "";
    Optional<String> model = Optional.empty();
    Optional<String> outputDescription = Optional.empty();
    List<String> tools = List.of();
    List<String> dependsOn;
    int loop = 1;
    boolean unbounded;
    Optional<String> condition = Optional.empty();
    TokenCount in = TokenCount.UNSTATED;
    TokenCount out = TokenCount.UNSTATED;
    boolean structured;
    int line;
    String role = "agent";
    final Map<String, String> extra = new LinkedHashMap<>();

    Step build() {
      ImmutableStep.Builder b =
          Step.builder()
              .id(id)
              .title(title)
              .kind(kind)
              .instructions(instructions)
              .model(model)
              .outputDescription(outputDescription)
              .tools(tools)
              .dependsOn(dependsOn)
              .condition(condition)
              .inputTokens(in)
              .outputTokens(out)
              .structuredOutput(structured)
              .unboundedLoop(unbounded)
              .position(SourcePosition.of(line, 1));
      if (loop > 1) {
        b.loopBound(loop);
      }
      extra.put(EXTRA_ROLE, role);
      return b.extra(extra).build();
    }
  }

  private Draft newStep(
      AgentInstance node, String name, StepKind kind, List<String> preds, Context ctx) {
    String title =
        safe(node::description)
            .filter(s -> !s.isBlank())
            .map(d -> d.length() > 200 ? d.substring(0, 200) + "…" : d)
            .orElse(name);
    Draft d = newDraft(AgentNames.slug(name, "agent"), title, kind, preds, ctx, node, name);
    return d;
  }

  private Draft newDraft(
      String base,
      String title,
      StepKind kind,
      List<String> preds,
      Context ctx,
      AgentInstance node,
      String agentName) {
    Draft d = new Draft();
    d.id = unique(base);
    d.title = title;
    d.kind = kind;
    d.dependsOn = List.copyOf(new LinkedHashSet<>(preds));
    d.line = drafts.size() + 1;
    d.condition = ctx.condition;
    bound(d, ctx);
    d.extra.put(EXTRA_AGENT, agentName);
    safe(node::agentId).ifPresent(id -> d.extra.put(EXTRA_AGENT_ID, id));
    if (!ctx.path.isEmpty()) {
      d.extra.put(EXTRA_PATH, String.join(" > ", ctx.path));
    }
    safe(node::outputKey)
        .filter(k -> !k.isBlank())
        .ifPresent(k -> d.extra.put(EXTRA_OUTPUT_KEY, k));
    agentNames.add(agentName);
    if (drafts.size() >= limits.maxSteps()) {
      truncated = true;
      diag(
          CoreRule.INPUT_TOO_MANY_STEPS,
          d.line,
          "The agentic system has more than "
              + limits.maxSteps()
              + " agents and tools; the rest are not read.");
      return d;
    }
    drafts.add(d);
    return d;
  }

  private static void bound(Draft d, Context ctx) {
    d.unbounded = ctx.unbounded;
    d.loop = (int) Math.min(Integer.MAX_VALUE, Math.max(1, ctx.loop));
  }

  private String unique(String base) {
    String id = base;
    for (int i = 2; !ids.add(id); i++) {
      id = base + "-" + i;
    }
    return id;
  }

  private int nextLine() {
    return drafts.size() + 1;
  }

  private List<AgentInstance> subagents(AgentInstance node) {
    List<AgentInstance> subs = safe(node::subagents).orElse(List.of());
    List<AgentInstance> out = new ArrayList<>();
    for (AgentInstance s : subs) {
      if (s != null) {
        out.add(s);
      }
    }
    return out;
  }

  private void diag(Rule rule, int line, String message) {
    diags.add(Diagnostic.of(rule, SourceLocation.of(source, Math.max(1, line), 1), message));
  }

  private void diag(Rule rule, int line, String message, String hint) {
    diags.add(Diagnostic.of(rule, SourceLocation.of(source, Math.max(1, line), 1), message, hint));
  }

  /** Calls into user or framework code that may throw; a failure reads as absent. */
  private static <T> Optional<T> safe(java.util.function.Supplier<T> s) {
    try {
      return Optional.ofNullable(s.get());
    } catch (RuntimeException | LinkageError e) {
      return Optional.empty();
    }
  }
}
