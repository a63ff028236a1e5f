package ai.cromus.langchain4j;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import ai.cromus.core.CompileResult;
import ai.cromus.core.Cromus;
import ai.cromus.core.catalog.ModelCatalog;
import ai.cromus.core.money.Money;
import ai.cromus.core.scope.Scope;
import ai.cromus.core.simulation.CallCost;
import dev.langchain4j.agentic.observability.AgentInvocationError;
import dev.langchain4j.agentic.observability.AgentListener;
import dev.langchain4j.agentic.observability.AgentRequest;
import dev.langchain4j.agentic.observability.AgentResponse;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.listener.ChatModelErrorContext;
import dev.langchain4j.model.chat.listener.ChatModelListener;
import dev.langchain4j.model.chat.listener.ChatModelRequestContext;
import dev.langchain4j.model.chat.listener.ChatModelResponseContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
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
  static final Object GUARDED_BY = new Object();

  /** Listener attribute set in {@link #onRequest}: the call's run and agent. */
  private static final Object ATTRIBUTION = new Object();

  private final Optional<Money> budget;
  private final Optional<CompileResult> predictions;
  private final RunBook runs;
  private final BudgetGate gate;

  private CromusSpendListener(Builder b) {
    ModelCatalog catalog =
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
    Scope scope =
        b.scope != null ? b.scope : predictions.map(CompileResult::scope).orElse(Scope.defaults());
    this.budget =
        b.noBudget
            ? Optional.empty()
            : b.budget != null ? Optional.of(b.budget) : scope.budget().perRun();
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
    }
    PredictedPlan predicted = new PredictedPlan(predictions);
    this.runs = new RunBook(b.keepRuns, predicted);
    CallPricer pricer = new CallPricer(catalog, scope, Optional.ofNullable(b.channel), predicted);
    this.gate = new BudgetGate(runs, predicted, pricer, budget);
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
    return new GuardedChatModel(model, this, gate);
  }

  /** The per-run budget enforced by guarded models; empty when none. */
  public Optional<Money> budgetPerRun() {
    return budget;
  }

  // ---------------------------------------------------------------------------------------------
  // AgentListener: which run, which agent

  @Override
  public void beforeAgentInvocation(AgentRequest request) {
    runs.started(request.agenticScope(), request.agent());
  }

  @Override
  public void afterAgentInvocation(AgentResponse response) {
    runs.ended(response.agenticScope(), response.agent());
  }

  @Override
  public void onAgentInvocationError(AgentInvocationError error) {
    runs.ended(error.agenticScope(), error.agent());
  }

  /** Inherited by every sub-agent, so registering it on the root agent is enough. */
  @Override
  public boolean inheritedBySubagents() {
    return true;
  }

  // ---------------------------------------------------------------------------------------------
  // ChatModelListener: record what a model reports

  @Override
  public void onRequest(ChatModelRequestContext context) {
    if (context.attributes().get(GUARDED_BY) != this) {
      context.attributes().put(ATTRIBUTION, runs.current());
    }
  }

  @Override
  public void onResponse(ChatModelResponseContext context) {
    if (context.attributes().get(GUARDED_BY) == this) {
      return;
    }
    Object a = context.attributes().get(ATTRIBUTION);
    Attribution who = a instanceof Attribution attribution ? attribution : runs.current();
    gate.record(who, context.chatRequest(), context.chatResponse());
  }

  @Override
  public void onError(ChatModelErrorContext context) {
    // a failed call reports no usage; nothing to price
  }

  // ---------------------------------------------------------------------------------------------
  // runs

  /**
   * Every run this listener knows, as snapshots: finished runs (oldest first, up to the limit),
   * then runs in progress, then the standalone calls made outside any agentic run.
   */
  public List<RunSpend> runs() {
    return runs.runs();
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
  public void reset() {
    runs.reset();
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
