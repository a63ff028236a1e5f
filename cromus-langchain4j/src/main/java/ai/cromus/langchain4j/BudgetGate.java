package ai.cromus.langchain4j;

import ai.cromus.core.money.Money;
import ai.cromus.langchain4j.CallPricer.Priced;
import ai.cromus.langchain4j.internal.Prompts;
import ai.cromus.langchain4j.internal.Reports;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ChatRequestParameters;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.TokenUsage;
import java.util.Optional;

/**
 * The budget gate and the record of calls: admits a call (or refuses it with a {@link
 * CromusBudgetExceededException}) by its projected cost, reserves that cost in its run until the
 * call is settled or released, and records each completed call at its real price.
 */
final class BudgetGate {
  /** An admitted call: whose it is and what it reserved. */
  static final class Ticket {
    final Attribution who;
    final Money reserved;

    Ticket(Attribution who, Money reserved) {
      this.who = who;
      this.reserved = reserved;
    }
  }

  private final RunBook runs;
  private final PredictedPlan predicted;
  private final CallPricer pricer;
  private final Optional<Money> budget;

  BudgetGate(RunBook runs, PredictedPlan predicted, CallPricer pricer, Optional<Money> budget) {
    this.runs = runs;
    this.predicted = predicted;
    this.pricer = pricer;
    this.budget = budget;
  }

  /**
   * Admits a call or throws; the ticket reserves the call's projected cost in its run until it is
   * settled or released.
   */
  Ticket admit(ChatRequest request, ChatRequestParameters modelDefaults) {
    Attribution who = runs.current();
    String modelName = CallPricer.modelName(request.parameters(), modelDefaults);
    long in = Prompts.tokens(CallPricer.chars(request));
    Integer maxOut =
        Optional.ofNullable(request.parameters())
            .map(ChatRequestParameters::maxOutputTokens)
            .or(
                () ->
                    Optional.ofNullable(modelDefaults).map(ChatRequestParameters::maxOutputTokens))
            .orElse(null);
    long out = maxOut != null && maxOut > 0 ? maxOut : predicted.predictedOutput(who.stepId);
    Priced p = pricer.price(modelName, who.stepId, in, out);
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
  void settle(Ticket t, ChatRequest request, ChatResponse response) {
    release(t);
    record(t.who, request, response);
  }

  /** Frees the reservation of a call that failed. */
  void release(Ticket t) {
    synchronized (t.who.run) {
      t.who.run.reserved = t.who.run.reserved.minus(t.reserved);
    }
  }

  void record(Attribution who, ChatRequest request, ChatResponse response) {
    String reported = response == null ? null : response.modelName();
    String requested = CallPricer.modelName(request == null ? null : request.parameters(), null);
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
      p = pricer.price(name, who.stepId, inTokens, outTokens);
      if (p.cost.isEmpty() && requested != null && !requested.equals(name)) {
        Priced byRequest = pricer.price(requested, who.stepId, inTokens, outTokens);
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
}
