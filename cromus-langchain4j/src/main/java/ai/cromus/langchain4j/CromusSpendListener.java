package ai.cromus.langchain4j;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import ai.cromus.core.CompileResult;
import ai.cromus.core.Cromus;
import ai.cromus.core.catalog.Model;
import ai.cromus.core.catalog.ModelCatalog;
import ai.cromus.core.catalog.ModelLookup;
import ai.cromus.core.catalog.Offering;
import ai.cromus.core.money.Money;
import ai.cromus.core.scope.Scope;
import ai.cromus.core.simulation.CallCost;
import ai.cromus.core.simulation.StepSimulation;
import ai.cromus.core.workflow.Step;
import ai.cromus.core.workflow.StepKind;
import ai.cromus.langchain4j.internal.AgenticReader;
import ai.cromus.langchain4j.internal.Prompts;
import ai.cromus.langchain4j.internal.Reports;
import dev.langchain4j.agentic.observability.AgentInvocationError;
import dev.langchain4j.agentic.observability.AgentListener;
import dev.langchain4j.agentic.observability.AgentRequest;
import dev.langchain4j.agentic.observability.AgentResponse;
import dev.langchain4j.agentic.planner.AgentInstance;
import dev.langchain4j.agentic.scope.AgenticScope;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.Content;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.TextContent;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.ModelProvider;
import dev.langchain4j.model.chat.Capability;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.ChatRequestOptions;
import dev.langchain4j.model.chat.listener.ChatModelErrorContext;
import dev.langchain4j.model.chat.listener.ChatModelListener;
import dev.langchain4j.model.chat.listener.ChatModelRequestContext;
import dev.langchain4j.model.chat.listener.ChatModelResponseContext;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ChatRequestParameters;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.TokenUsage;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.apiguardian.api.API;

/**
 * Prices every real model call of a LangChain4j agentic system exactly, with the same catalog,
 * channel and scope as the prediction, accumulates the spend per run and per agent, and stops a run
 * at the call that would take it past its budget.
 *
 * <pre>{@code
 * CompileResult predicted = CromusAgentic.requirePass(story, scope);
 * CromusSpendListener spend = CromusSpendListener.forResult(predicted);   // budget: the scope's
 * ChatModel model = spend.guard(OpenAiChatModel.builder()...build());     // refuses over budget
 * // build the agents with `model`, and register the listener on the root:
 * UntypedAgent story = AgenticServices.sequenceBuilder().subAgents(...).listener(spend).build();
 * story.invoke(Map.of("topic", "dragons"));
 * System.out.println(spend.calibration().toText());
 * }</pre>
 *
 * <p><b>Two roles.</b> As an {@link AgentListener} registered on the root agent (it is inherited by
 * every sub-agent) it learns which run and which agent each call belongs to: a run is one top-level
 * invocation, from the root agent's start to its end. As a {@link ChatModelListener} on a chat
 * model it records calls it sees but cannot stop them: LangChain4j catches and logs whatever a
 * listener throws. Refusing a call therefore needs {@link #guard(ChatModel)}: the guarded model
 * checks the budget before it delegates, and records the call itself (a listener that is also
 * registered on the delegate skips the calls its own guard records, so nothing is counted twice).
 *
 * <p><b>Pricing.</b> The model is the name the response reports (else the request's), resolved in
 * the catalog; the channel is the one the compile result's declared plan chose for that agent's
 * step (or for the same model), else the channel given to the builder, else the first of the
 * scope's channels that offers the model, else the model's only priced offering. A call is priced
 * with {@link CallCost} from the token usage the provider reported: every prompt token at the input
 * rate (the base {@code TokenUsage} carries no cache detail, so a cached prompt costs at most
 * this), every output token at the output rate. A call that cannot be priced is recorded with a
 * note and without a cost, never at zero.
 *
 * <p><b>Budget.</b> Before each guarded call the listener projects its cost: the prompt's text at 4
 * characters per token, and as output the request's {@code maxOutputTokens}, else the chat model's,
 * else the step's predicted output, else none. The call is refused with a {@link
 * CromusBudgetExceededException} when the run's spend, plus what calls in flight reserved, plus
 * this projection would pass the budget; when a call's real cost passes it anyway, the next call is
 * refused. With a budget, a call that cannot be priced is refused before it is made, since the
 * budget could no longer be kept.
 *
 * <p>Thread-safe: parallel agents record into the same run. Finished runs are kept up to a limit
 * ({@link Builder#keepRuns(int)}), the oldest dropped first.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class CromusSpendListener implements ChatModelListener, AgentListener {
  /**
   * Listener attribute set by {@link #guard}: the guard records the call, the listener skips it.
   */
  private static final Object GUARDED_BY = new Object();

  /** Listener attribute set in {@link #onRequest}: the call's run and agent. */
  private static final Object ATTRIBUTION = new Object();

  private final ModelCatalog catalog;
  private final Scope scope;
  private final Optional<Money> budget;
  private final Optional<String> channel;
  private final Optional<CompileResult> predictions;
  private final int keepRuns;

  private final Map<String, String> stepByAgentId = new HashMap<>();
  private final Map<String, String> stepByAgentName = new HashMap<>();
  private final Map<String, StepSimulation> plan = new HashMap<>();
  private final List<StepSimulation> planSteps = new ArrayList<>();
  private final Map<String, Long> predictedOutput = new HashMap<>();

  private final ThreadLocal<Deque<Frame>> frames = ThreadLocal.withInitial(ArrayDeque::new);
  private final Map<AgenticScope, Run> active = new IdentityHashMap<>();
  private final Deque<Run> finished = new ArrayDeque<>();
  private final AtomicInteger runCounter = new AtomicInteger();
  private Run standalone;

  private CromusSpendListener(Builder b) {
    this.catalog =
        b.catalog != null
            ? b.catalog
            : Cromus.defaultEngine()
                .catalog()
                .orElseThrow(
                    () ->
                        new IllegalStateException(
                            "no catalog: add ai.cromus:cromus-catalog or give one to the"
                                + " builder"));
    this.predictions = Optional.ofNullable(b.predictions);
    this.scope =
        b.scope != null ? b.scope : predictions.map(CompileResult::scope).orElse(Scope.defaults());
    this.budget =
        b.noBudget
            ? Optional.empty()
            : b.budget != null ? Optional.of(b.budget) : scope.budget().perRun();
    this.channel = Optional.ofNullable(b.channel);
    this.keepRuns = b.keepRuns;
    if (predictions.isPresent()) {
      CompileResult r = predictions.get();
      if (r.catalogVersion().isPresent() && !r.catalogVersion().get().equals(catalog.version())) {
        throw new IllegalArgumentException(
            "the result was compiled against catalog "
                + r.catalogVersion().get()
                + " but the listener prices with catalog "
                + catalog.version()
                + "; give the builder the catalog the engine used");
      }
      Map<String, Integer> names = new HashMap<>();
      for (Step s : r.workflow().steps()) {
        if (s.kind() != StepKind.LLM) {
          continue;
        }
        String agent = s.extra().get(AgenticReader.EXTRA_AGENT);
        String id = s.extra().get(AgenticReader.EXTRA_AGENT_ID);
        if (id != null) {
          stepByAgentId.putIfAbsent(id, s.id());
        }
        if (agent != null) {
          names.merge(agent, 1, Integer::sum);
          stepByAgentName.putIfAbsent(agent, s.id());
        }
        predictedOutput.put(s.id(), s.outputTokens().tokens());
      }
      names.forEach(
          (n, count) -> stepByAgentName.computeIfPresent(n, (k, v) -> count == 1 ? v : null));
      r.simulation().ifPresent(sim -> planSteps.addAll(sim.declared().steps()));
      planSteps.forEach(s -> plan.put(s.stepId(), s));
    }
  }

  /** A builder: the default engine's catalog, the default scope, no budget, no predictions. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A listener for what a compile result predicted: its scope (channels, region, the per-run
   * budget) and its declared plan (the channel of each agent's model, the predicted sizes), priced
   * with the default engine's catalog.
   */
  public static CromusSpendListener forResult(CompileResult result) {
    return builder().predictions(result).build();
  }

  /**
   * A chat model that asks this listener before every call and records the call's real cost: the
   * budget gate. Use it where the agents are built ({@code agentBuilder(...).chatModel(guarded)}).
   */
  public ChatModel guard(ChatModel model) {
    Objects.requireNonNull(model, "model must not be null");
    return new Guarded(model, this);
  }

  /** The per-run budget enforced by guarded models; empty when none. */
  public Optional<Money> budgetPerRun() {
    return budget;
  }

  // ---------------------------------------------------------------------------------------------
  // AgentListener: which run, which agent

  @Override
  public void beforeAgentInvocation(AgentRequest request) {
    AgenticScope s = request.agenticScope();
    AgentInstance agent = request.agent();
    if (s == null || agent == null) {
      return;
    }
    frames.get().push(new Frame(s, agent));
    synchronized (this) {
      active.computeIfAbsent(s, k -> new Run("run-" + runCounter.incrementAndGet()));
    }
  }

  @Override
  public void afterAgentInvocation(AgentResponse response) {
    ended(response.agenticScope(), response.agent());
  }

  @Override
  public void onAgentInvocationError(AgentInvocationError error) {
    ended(error.agenticScope(), error.agent());
  }

  /** Inherited by every sub-agent, so registering it on the root agent is enough. */
  @Override
  public boolean inheritedBySubagents() {
    return true;
  }

  private void ended(AgenticScope s, AgentInstance agent) {
    Deque<Frame> stack = frames.get();
    for (Iterator<Frame> it = stack.iterator(); it.hasNext(); ) {
      Frame f = it.next();
      if (f.agent == agent && f.scope == s) {
        it.remove();
        break;
      }
    }
    if (stack.isEmpty()) {
      frames.remove();
    }
    if (s != null && agent != null && isRoot(agent)) {
      synchronized (this) {
        Run run = active.remove(s);
        if (run != null) {
          run.finish();
          finished.addLast(run);
          while (finished.size() > keepRuns) {
            finished.removeFirst();
          }
        }
      }
    }
  }

  private static boolean isRoot(AgentInstance agent) {
    try {
      return agent.parent() == null;
    } catch (RuntimeException e) {
      return false;
    }
  }

  // ---------------------------------------------------------------------------------------------
  // ChatModelListener: record what a model reports

  @Override
  public void onRequest(ChatModelRequestContext context) {
    if (context.attributes().get(GUARDED_BY) != this) {
      context.attributes().put(ATTRIBUTION, current());
    }
  }

  @Override
  public void onResponse(ChatModelResponseContext context) {
    if (context.attributes().get(GUARDED_BY) == this) {
      return;
    }
    Object a = context.attributes().get(ATTRIBUTION);
    Attribution who = a instanceof Attribution ? (Attribution) a : current();
    record(who, context.chatRequest(), context.chatResponse());
  }

  @Override
  public void onError(ChatModelErrorContext context) {
    // a failed call reports no usage; nothing to price
  }

  // ---------------------------------------------------------------------------------------------
  // the gate, used by GuardedChatModel

  /**
   * Admits a call or throws; the ticket reserves the call's projected cost in its run until it is
   * settled or released.
   */
  private Ticket admit(ChatRequest request, ChatRequestParameters modelDefaults) {
    Attribution who = current();
    String modelName = modelName(request.parameters(), modelDefaults);
    long in = Prompts.tokens(chars(request));
    Integer maxOut =
        Optional.ofNullable(request.parameters())
            .map(ChatRequestParameters::maxOutputTokens)
            .or(
                () ->
                    Optional.ofNullable(modelDefaults).map(ChatRequestParameters::maxOutputTokens))
            .orElse(null);
    long out =
        maxOut != null && maxOut > 0 ? maxOut : who.stepId.map(predictedOutput::get).orElse(0L);
    Priced p = price(modelName, who.stepId, in, out);
    Money projected = p.cost.orElse(Money.ZERO);
    if (budget.isEmpty()) {
      return new Ticket(who, Money.ZERO);
    }
    Money limit = budget.get();
    synchronized (who.run) {
      Money committed = who.run.spent.plus(who.run.reserved);
      String problem = null;
      if (who.run.untrusted != null) {
        problem =
            "an earlier call of the run could not be priced ("
                + who.run.untrusted
                + "), so the budget can no longer be kept";
      } else if (p.cost.isEmpty()) {
        problem = "this call cannot be priced (" + p.note + ")";
      } else if (committed.plus(projected).isGreaterThan(limit)) {
        problem =
            "this call (about "
                + in
                + " input and "
                + out
                + " output tokens on "
                + p.model.orElse(modelName)
                + ", "
                + Reports.usd(projected)
                + ") would pass it";
      }
      if (problem != null) {
        String message =
            "Cromus refused the call of agent '"
                + who.agent
                + "' in "
                + who.run.id
                + ": the run has spent "
                + Reports.usd(committed)
                + " of its "
                + Reports.usd(limit)
                + " budget per run and "
                + problem
                + ".";
        who.run.refusal = message;
        throw new CromusBudgetExceededException(
            message, who.run.id, who.agent, limit, committed, projected);
      }
      who.run.reserved = who.run.reserved.plus(projected);
    }
    return new Ticket(who, projected);
  }

  /** Records a completed guarded call and frees its reservation. */
  private void settle(Ticket t, ChatRequest request, ChatResponse response) {
    release(t);
    record(t.who, request, response);
  }

  /** Frees the reservation of a call that failed. */
  private void release(Ticket t) {
    synchronized (t.who.run) {
      t.who.run.reserved = t.who.run.reserved.minus(t.reserved);
    }
  }

  /** An admitted call: whose it is and what it reserved. */
  private static final class Ticket {
    final Attribution who;
    final Money reserved;

    Ticket(Attribution who, Money reserved) {
      this.who = who;
      this.reserved = reserved;
    }
  }

  // ---------------------------------------------------------------------------------------------
  // recording and pricing

  private void record(Attribution who, ChatRequest request, ChatResponse response) {
    String reported = response == null ? null : response.modelName();
    String requested = modelName(request == null ? null : request.parameters(), null);
    TokenUsage usage = response == null ? null : response.tokenUsage();
    Integer inTokens = usage == null ? null : usage.inputTokenCount();
    Integer outTokens = usage == null ? null : usage.outputTokenCount();
    String name = reported != null && !reported.isBlank() ? reported : requested;
    Priced p;
    if (inTokens == null || outTokens == null) {
      p =
          new Priced(
              Optional.empty(),
              Optional.empty(),
              Optional.empty(),
              "the response reported no token usage");
    } else {
      p = price(name, who.stepId, inTokens, outTokens);
      if (p.cost.isEmpty() && requested != null && !requested.equals(name)) {
        Priced byRequest = price(requested, who.stepId, inTokens, outTokens);
        if (byRequest.cost.isPresent()) {
          p = byRequest;
        }
      }
    }
    synchronized (who.run) {
      CallRecord c =
          CallRecord.builder()
              .run(who.run.id)
              .sequence(who.run.calls.size() + 1)
              .agent(who.agent)
              .agentId(who.agentId)
              .stepId(who.stepId)
              .modelName(name == null ? "(unknown)" : name)
              .model(p.model)
              .channel(p.channel)
              .inputTokens(inTokens == null ? 0 : inTokens)
              .outputTokens(outTokens == null ? 0 : outTokens)
              .cost(p.cost)
              .note(p.cost.isPresent() ? Optional.empty() : Optional.of(p.note))
              .build();
      who.run.calls.add(c);
      if (p.cost.isPresent()) {
        who.run.spent = who.run.spent.plus(p.cost.get());
      } else if (who.run.untrusted == null) {
        who.run.untrusted = p.note;
      }
    }
  }

  private static final class Priced {
    final Optional<Money> cost;
    final Optional<String> model;
    final Optional<String> channel;
    final String note;

    Priced(Optional<Money> cost, Optional<String> model, Optional<String> channel, String note) {
      this.cost = cost;
      this.model = model;
      this.channel = channel;
      this.note = note;
    }
  }

  private Priced price(String modelName, Optional<String> stepId, long in, long out) {
    if (modelName == null || modelName.isBlank()) {
      return new Priced(
          Optional.empty(), Optional.empty(), Optional.empty(), "no model name is known");
    }
    ModelLookup l = catalog.lookup(modelName);
    if (!l.found()) {
      return new Priced(
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          "model '"
              + modelName
              + "' is not in catalog "
              + catalog.version()
              + (l.nearest().isEmpty()
                  ? ""
                  : "; did you mean " + String.join(" or ", l.nearest()) + "?"));
    }
    Model m = l.model().get();
    Optional<String> ch = channelFor(m, stepId);
    if (ch.isEmpty()) {
      List<String> priced = new ArrayList<>();
      for (Offering o : m.offerings()) {
        if (o.pricing().isPresent()) {
          priced.add(o.channel());
        }
      }
      return new Priced(
          Optional.empty(),
          Optional.of(m.id()),
          Optional.empty(),
          priced.isEmpty()
              ? "model " + m.id() + " has no priced offering"
              : "model "
                  + m.id()
                  + " is offered on "
                  + String.join(", ", priced)
                  + ": name the channel with CromusSpendListener.builder().channel(...)");
    }
    Optional<Offering> o = m.offering(ch.get());
    if (o.isEmpty()) {
      return new Priced(
          Optional.empty(),
          Optional.of(m.id()),
          ch,
          "model " + m.id() + " is not offered on channel " + ch.get());
    }
    Optional<Money> cost = CallCost.of(o.get(), scope, in, out);
    return new Priced(
        cost,
        Optional.of(m.id()),
        ch,
        cost.isPresent() ? "" : "the offering on " + ch.get() + " has no token prices");
  }

  private Optional<String> channelFor(Model m, Optional<String> stepId) {
    if (stepId.isPresent()) {
      StepSimulation s = plan.get(stepId.get());
      if (s != null && s.model().equals(Optional.of(m.id())) && s.channel().isPresent()) {
        return s.channel();
      }
    }
    for (StepSimulation s : planSteps) {
      if (s.model().equals(Optional.of(m.id())) && s.channel().isPresent()) {
        return s.channel();
      }
    }
    if (channel.isPresent()) {
      return channel;
    }
    for (String c : scope.channels()) {
      Optional<Offering> o = m.offering(c);
      if (o.isPresent() && o.get().pricing().isPresent()) {
        return Optional.of(c);
      }
    }
    List<Offering> priced = new ArrayList<>();
    for (Offering o : m.offerings()) {
      if (o.pricing().isPresent()) {
        priced.add(o);
      }
    }
    return priced.size() == 1 ? Optional.of(priced.get(0).channel()) : Optional.empty();
  }

  private static String modelName(ChatRequestParameters params, ChatRequestParameters defaults) {
    if (params != null && params.modelName() != null && !params.modelName().isBlank()) {
      return params.modelName();
    }
    if (defaults != null && defaults.modelName() != null && !defaults.modelName().isBlank()) {
      return defaults.modelName();
    }
    return null;
  }

  /** Characters of a request's text: messages, and tool definitions. */
  static long chars(ChatRequest request) {
    long n = 0;
    for (ChatMessage m : request.messages()) {
      if (m instanceof SystemMessage) {
        n += ((SystemMessage) m).text().length();
      } else if (m instanceof UserMessage) {
        for (Content c : ((UserMessage) m).contents()) {
          n += c instanceof TextContent ? ((TextContent) c).text().length() : c.toString().length();
        }
      } else if (m instanceof AiMessage) {
        AiMessage a = (AiMessage) m;
        n += a.text() == null ? 0 : a.text().length();
        if (a.hasToolExecutionRequests()) {
          n += a.toolExecutionRequests().toString().length();
        }
      } else if (m instanceof ToolExecutionResultMessage) {
        String t = ((ToolExecutionResultMessage) m).text();
        n += t == null ? 0 : t.length();
      } else if (m != null) {
        n += m.toString().length();
      }
    }
    if (request.parameters() != null && request.parameters().toolSpecifications() != null) {
      n += request.parameters().toolSpecifications().toString().length();
    }
    return n;
  }

  // ---------------------------------------------------------------------------------------------
  // runs

  private static final class Frame {
    final AgenticScope scope;
    final AgentInstance agent;

    Frame(AgenticScope scope, AgentInstance agent) {
      this.scope = scope;
      this.agent = agent;
    }
  }

  /** The run and agent of a call made on the current thread. */
  static final class Attribution {
    final Run run;
    final String agent;
    final Optional<String> agentId;
    final Optional<String> stepId;

    Attribution(Run run, String agent, Optional<String> agentId, Optional<String> stepId) {
      this.run = run;
      this.agent = agent;
      this.agentId = agentId;
      this.stepId = stepId;
    }
  }

  private Attribution current() {
    Frame f = frames.get().peek();
    if (f == null) {
      synchronized (this) {
        if (standalone == null) {
          standalone = new Run("standalone");
        }
        return new Attribution(standalone, "(no agent)", Optional.empty(), Optional.empty());
      }
    }
    Run run;
    synchronized (this) {
      run = active.computeIfAbsent(f.scope, k -> new Run("run-" + runCounter.incrementAndGet()));
    }
    String name = safeName(f.agent);
    Optional<String> id = safeId(f.agent);
    Optional<String> step = id.map(stepByAgentId::get);
    if (step.isEmpty()) {
      step = Optional.ofNullable(stepByAgentName.get(name));
    }
    return new Attribution(run, name, id, step);
  }

  private static String safeName(AgentInstance a) {
    try {
      String n = a.name();
      return n == null ? "(unnamed agent)" : n;
    } catch (RuntimeException e) {
      return "(unnamed agent)";
    }
  }

  private static Optional<String> safeId(AgentInstance a) {
    try {
      return Optional.ofNullable(a.agentId());
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  /** A run in progress; its fields are guarded by the run itself. */
  static final class Run {
    final String id;
    final List<CallRecord> calls = new ArrayList<>();
    Money spent = Money.ZERO;
    Money reserved = Money.ZERO;
    String untrusted;
    String refusal;
    boolean finished;

    Run(String id) {
      this.id = id;
    }

    synchronized void finish() {
      finished = true;
    }

    synchronized RunSpend snapshot() {
      return RunSpend.builder()
          .id(id)
          .finished(finished)
          .calls(calls)
          .refusal(Optional.ofNullable(refusal))
          .build();
    }
  }

  /**
   * Every run this listener knows, as snapshots: finished runs (oldest first, up to the limit),
   * then runs in progress, then the standalone calls made outside any agentic run.
   */
  public List<RunSpend> runs() {
    List<Run> all;
    synchronized (this) {
      all = new ArrayList<>(finished);
      List<Run> running = new ArrayList<>(active.values());
      running.sort((a, b) -> Integer.compare(number(a.id), number(b.id)));
      all.addAll(running);
      if (standalone != null) {
        all.add(standalone);
      }
    }
    List<RunSpend> out = new ArrayList<>();
    for (Run r : all) {
      out.add(r.snapshot());
    }
    return Collections.unmodifiableList(out);
  }

  private static int number(String id) {
    try {
      return Integer.parseInt(id.substring(id.indexOf('-') + 1));
    } catch (RuntimeException e) {
      return Integer.MAX_VALUE;
    }
  }

  /** The finished runs, oldest first. */
  public List<RunSpend> finishedRuns() {
    List<RunSpend> out = new ArrayList<>();
    for (RunSpend r : runs()) {
      if (r.finished()) {
        out.add(r);
      }
    }
    return out;
  }

  /** The run with this id, if it is still kept. */
  public Optional<RunSpend> run(String id) {
    return runs().stream().filter(r -> r.id().equals(id)).findFirst();
  }

  /** The last run that finished. */
  public Optional<RunSpend> lastRun() {
    List<RunSpend> done = finishedRuns();
    return done.isEmpty() ? Optional.empty() : Optional.of(done.get(done.size() - 1));
  }

  /** The exact spend of every run kept, standalone calls included. */
  public Money totalSpend() {
    Money t = Money.ZERO;
    for (RunSpend r : runs()) {
      t = t.plus(r.total());
    }
    return t;
  }

  /** Forgets every run (the counter goes on, so run ids stay unique). */
  public synchronized void reset() {
    finished.clear();
    active.clear();
    standalone = null;
  }

  /**
   * Predicted against actual, per step and per run, over the finished runs.
   *
   * @throws IllegalStateException when the listener was built without predictions
   */
  public CalibrationReport calibration() {
    return calibration(
        predictions.orElseThrow(
            () ->
                new IllegalStateException(
                    "no predictions: build the listener with forResult(result) or"
                        + " predictions(result), or call calibration(result)")));
  }

  /** Predicted (by {@code result}) against actual, per step and per run, over finished runs. */
  public CalibrationReport calibration(CompileResult result) {
    return CalibrationReport.of(result, finishedRuns());
  }

  /**
   * The budget gate: a chat model that asks the listener before every call, delegates, and records
   * the call's real cost. Everything else is the delegate's.
   */
  private static final class Guarded implements ChatModel {
    private final ChatModel delegate;
    private final CromusSpendListener listener;

    Guarded(ChatModel delegate, CromusSpendListener listener) {
      this.delegate = delegate;
      this.listener = listener;
    }

    @Override
    public ChatResponse chat(ChatRequest request, ChatRequestOptions options) {
      Objects.requireNonNull(request, "request must not be null");
      ChatRequestParameters defaults;
      try {
        defaults = delegate.defaultRequestParameters();
      } catch (RuntimeException e) {
        defaults = null;
      }
      Ticket t = listener.admit(request, defaults);
      Map<Object, Object> attributes =
          new HashMap<>(options == null ? Map.of() : options.listenerAttributes());
      attributes.put(GUARDED_BY, listener);
      ChatResponse response;
      try {
        response =
            delegate.chat(
                request, ChatRequestOptions.builder().listenerAttributes(attributes).build());
      } catch (RuntimeException | Error e) {
        listener.release(t);
        throw e;
      }
      listener.settle(t, request, response);
      return response;
    }

    @Override
    public ChatResponse doChat(ChatRequest request) {
      return chat(request, ChatRequestOptions.EMPTY);
    }

    @Override
    public ChatRequestParameters defaultRequestParameters() {
      return delegate.defaultRequestParameters();
    }

    @Override
    public List<ChatModelListener> listeners() {
      return List.of();
    }

    @Override
    public ModelProvider provider() {
      return delegate.provider();
    }

    @Override
    public Set<Capability> supportedCapabilities() {
      return delegate.supportedCapabilities();
    }

    @Override
    public String toString() {
      return "CromusGuarded<" + delegate + ">";
    }
  }

  /** Builds a listener. Not thread-safe; the listener is. */
  @API(status = EXPERIMENTAL, since = "0.1")
  public static final class Builder {
    private ModelCatalog catalog;
    private Scope scope;
    private Money budget;
    private boolean noBudget;
    private String channel;
    private CompileResult predictions;
    private int keepRuns = 1_000;

    private Builder() {}

    /** The catalog to price with; the default engine's (the bundled one) when not given. */
    public Builder catalog(ModelCatalog catalog) {
      this.catalog = Objects.requireNonNull(catalog, "catalog must not be null");
      return this;
    }

    /** The scope: channels, required region, per-run budget; the predictions' when not given. */
    public Builder scope(Scope scope) {
      this.scope = Objects.requireNonNull(scope, "scope must not be null");
      return this;
    }

    /** The per-run budget; the scope's {@code budget.per_run_usd} when not given. */
    public Builder budgetPerRun(Money budget) {
      Objects.requireNonNull(budget, "budget must not be null");
      if (budget.isNegative()) {
        throw new IllegalArgumentException("budget must not be negative: " + budget);
      }
      this.budget = budget;
      this.noBudget = false;
      return this;
    }

    /** No budget, whatever the scope says: record and price only. */
    public Builder noBudget() {
      this.noBudget = true;
      this.budget = null;
      return this;
    }

    /** The channel to price a model on when the predictions do not say. */
    public Builder channel(String channel) {
      this.channel = Objects.requireNonNull(channel, "channel must not be null");
      return this;
    }

    /**
     * What was predicted: the compile result of {@code CromusAgentic.compile} or {@code
     * requirePass}. Its declared plan names each agent's channel and its sizes; {@link
     * CromusSpendListener#calibration()} compares against it.
     */
    public Builder predictions(CompileResult result) {
      this.predictions = Objects.requireNonNull(result, "result must not be null");
      return this;
    }

    /** How many finished runs to keep (default 1,000); the oldest are dropped first. */
    public Builder keepRuns(int keepRuns) {
      if (keepRuns < 1) {
        throw new IllegalArgumentException("keepRuns must be at least 1: " + keepRuns);
      }
      this.keepRuns = keepRuns;
      return this;
    }

    /**
     * Builds the listener.
     *
     * @throws IllegalArgumentException if the predictions were compiled against another catalog
     * @throws IllegalStateException if no catalog is given and none is on the class path
     */
    public CromusSpendListener build() {
      return new CromusSpendListener(this);
    }
  }
}
