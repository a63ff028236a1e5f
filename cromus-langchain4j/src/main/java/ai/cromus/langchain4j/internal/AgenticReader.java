package ai.cromus.langchain4j.internal;

import static ai.cromus.langchain4j.internal.Access.safe;

import ai.cromus.core.Limits;
import ai.cromus.core.catalog.ModelCatalog;
import ai.cromus.core.diagnostic.CoreRule;
import ai.cromus.core.workflow.FrameworkRule;
import ai.cromus.core.workflow.Parsed;
import ai.cromus.core.workflow.Step;
import ai.cromus.core.workflow.StepKind;
import ai.cromus.core.workflow.Workflow;
import ai.cromus.langchain4j.AgentSizes;
import ai.cromus.langchain4j.AgenticOptions;
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
import java.lang.reflect.Method;
import java.util.ArrayList;
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

  private WorkflowDraft draft;
  private AiAgentReader ai;

  public AgenticReader(Optional<ModelCatalog> catalog, Limits limits, AgenticOptions options) {
    this.catalog = Objects.requireNonNull(catalog);
    this.limits = Objects.requireNonNull(limits);
    this.options = Objects.requireNonNull(options);
  }

  /** Reads a system; a reader reads one system only. */
  public Parsed<Workflow> read(Object system) {
    draft = new WorkflowDraft(limits, options.diagnostics());
    ai = new AiAgentReader(catalog, options, draft);
    if (!(system instanceof AgentInstance root)) {
      String what = system == null ? "null" : system.getClass().getName();
      draft.diag(
          FrameworkRule.NOT_A_SYSTEM,
          1,
          "The object is a " + what + ", not an agent built by LangChain4j's agentic module.",
          "Pass what AgenticServices.sequenceBuilder() (or another builder, or"
              + " createAgenticSystem) returned.");
      return Parsed.of(
          draft.workflow("agentic-system", "agentic system", Optional.empty()),
          draft.diagnostics());
    }

    String rootName = safe(root::name).orElse("agentic system");
    draft.source("langchain4j:" + rootName);
    walk(root, List.of(), new WalkContext(List.of(), 1, false, 0, Optional.empty()));
    Set<String> agentNames = draft.agentNames();
    for (Map.Entry<String, AgentSizes> e : options.sizes().entrySet()) {
      if (!agentNames.contains(e.getKey())) {
        List<String> near = AgentNames.nearest(e.getKey(), agentNames, 3);
        draft.diag(
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
        draft.workflow(name, rootName, safe(root::description).filter(d -> !d.isBlank())),
        draft.diagnostics());
  }

  // ---------------------------------------------------------------------------------------------
  // the walk

  /** Reads a node after {@code preds}; returns the steps the next node must follow. */
  private List<String> walk(AgentInstance node, List<String> preds, WalkContext ctx) {
    if (draft.truncated()) {
      return preds;
    }
    if (ctx.depth >= limits.maxNesting()) {
      draft.truncate();
      draft.diag(
          CoreRule.INPUT_TOO_DEEP,
          draft.nextLine(),
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
        return ai.read(node, name, preds, ctx);
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
      WalkContext ctx) {
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
    int line = draft.nextLine();
    draft.diag(
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

  private List<String> sequence(
      AgentInstance node, String name, List<String> preds, WalkContext ctx) {
    WalkContext inner = ctx.inside(name);
    List<String> exits = preds;
    boolean first = true;
    for (AgentInstance sub : subagents(node)) {
      exits = walk(sub, exits, first ? inner.when(ctx.condition) : inner);
      first = false;
    }
    return exits;
  }

  private List<String> parallel(
      AgentInstance node, String name, List<String> preds, WalkContext ctx) {
    Class<?> planner = safe(node::plannerType).orElse(null);
    WalkContext inner = ctx.inside(name).when(ctx.condition);
    List<AgentInstance> subs = subagents(node);
    if (planner == ParallelMapperPlanner.class) {
      String items =
          Access.planner(Access.agentObject(node))
              .flatMap(p -> Access.plannerField(p, "itemsProvider"))
              .map(Object::toString)
              .orElse("its items");
      draft.diag(
          FrameworkRule.NOT_READ,
          draft.nextLine(),
          "Agent '"
              + name
              + "' runs its sub-agent once per item of '"
              + items
              + "', a number known only at run time; one item is counted.",
          "The calibration report shows the calls per run that a real run makes.");
    } else if (planner != ParallelPlanner.class && planner != null) {
      draft.diag(
          FrameworkRule.NOT_READ,
          draft.nextLine(),
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

  private List<String> loop(AgentInstance node, String name, List<String> preds, WalkContext ctx) {
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
      draft.diag(
          FrameworkRule.UNBOUNDED_LOOP,
          draft.nextLine(),
          "Loop agent '"
              + name
              + "' has no maxIterations"
              + exit
              + ": its cost has no ceiling; one iteration is counted.",
          "Call .maxIterations(n) on the loop builder (or set it on @LoopAgent).");
    }
    WalkContext inner = ctx.inside(name).looping(Math.max(1, max), unbounded);
    List<String> exits = preds;
    boolean first = true;
    for (AgentInstance sub : subagents(node)) {
      exits = walk(sub, exits, first ? inner.when(ctx.condition) : inner.unconditional());
      first = false;
    }
    return exits;
  }

  private List<String> conditional(
      AgentInstance node, String name, List<String> preds, WalkContext ctx) {
    List<ConditionalAgent> branches =
        safe(() -> node.as(ConditionalAgentInstance.class))
            .flatMap(c -> safe(c::conditionalSubagents))
            .or(
                () ->
                    Access.planner(Access.agentObject(node))
                        .filter(ConditionalPlanner.class::isInstance)
                        .map(p -> ((ConditionalPlanner) p).conditionalSubagents()))
            .orElse(List.of());
    StepDraft decision = draft.newStep(node, name, StepKind.DECISION, preds, ctx);
    decision.role = "router";
    List<String> conditions = new ArrayList<>();
    for (ConditionalAgent b : branches) {
      conditions.add(conditionText(b.condition()));
    }
    decision.instructions =
        conditions.isEmpty()
            ? "Routes to its sub-agents."
            : "Runs every branch whose condition holds: " + String.join("; ", conditions) + ".";
    WalkContext inner = ctx.inside(name);
    List<String> exits = new ArrayList<>();
    if (branches.isEmpty()) {
      List<AgentInstance> subs = subagents(node);
      if (!subs.isEmpty()) {
        draft.diag(
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
      AgentInstance node, String name, List<String> preds, WalkContext ctx) {
    Optional<Planner> planner = Access.planner(Access.agentObject(node));
    StepDraft step = draft.newStep(node, name, StepKind.LLM, preds, ctx);
    step.role = "supervisor";
    step.structured = true;
    step.outputDescription = Optional.of("the next agent to call and its arguments, as JSON");
    int max = maxInvocations(planner, step, name);
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
    WorkflowDraft.bound(step, ctx.looping(Math.max(1, max), false));
    List<AgentInstance> subs = subagents(node);
    Optional<Method> plan = Prompts.method(PlannerAgent.class, "plan");
    Prompts.Templates templates = Prompts.of(PlannerAgent.class, plan);
    step.instructions = templates.system.orElse("Plans which sub-agent to call next.");
    StringBuilder cards = cards(subs);
    if (model.isPresent()) {
      ai.model(step, name, model.get(), false);
    } else {
      draft.diag(
          FrameworkRule.NO_MODEL,
          step.line,
          "The chat model of supervisor '"
              + name
              + "' cannot be read; the balanced choice is"
              + " simulated.",
          "Give the supervisor builder a chatModel(...).");
    }
    long in = Prompts.tokens(templates.fixedChars() + cards.length());
    ai.sizes(
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
    draft.diag(
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
    WalkContext inner = ctx.inside(name).when("when the supervisor picks it");
    List<String> exits = new ArrayList<>();
    for (AgentInstance sub : subs) {
      exits.addAll(walk(sub, List.of(step.id), inner));
    }
    return exits.isEmpty() ? List.of(step.id) : exits;
  }

  /** The supervisor's maxAgentsInvocations; LangChain4j's default of 10 when unreadable. */
  private int maxInvocations(Optional<Planner> planner, StepDraft step, String name) {
    int max =
        planner
            .flatMap(p -> Access.plannerField(p, "maxAgentsInvocations"))
            .filter(Integer.class::isInstance)
            .map(Integer.class::cast)
            .orElse(-1);
    if (max < 0) {
      draft.diag(
          FrameworkRule.NOT_READ,
          step.line,
          "The maxAgentsInvocations of supervisor '"
              + name
              + "' cannot be read; LangChain4j's default of 10 is counted.");
      max = 10;
    }
    return max;
  }

  /** The agent cards the supervisor's prompt lists, one per sub-agent. */
  private static StringBuilder cards(List<AgentInstance> subs) {
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
    return cards;
  }

  private List<String> plain(
      AgentInstance node, String name, StepKind kind, List<String> preds, WalkContext ctx) {
    StepDraft d = draft.newStep(node, name, kind, preds, ctx);
    d.instructions = safe(node::description).filter(s -> !s.isBlank()).orElse("");
    if (kind == StepKind.HUMAN) {
      d.role = "human";
    }
    // a code or human agent's output size is unknown: an output key it rewrites keeps the size
    // an AI agent gave it, and one it alone writes is not counted (the method says so)
    return List.of(d.id);
  }

  private List<String> unreadable(
      AgentInstance node, String name, List<String> preds, WalkContext ctx, String why) {
    StepDraft d = draft.newStep(node, name, StepKind.CODE, preds, ctx);
    draft.diag(
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
}
