package ai.cromus.langchain4j;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import ai.cromus.core.money.Money;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Thrown by a chat model that {@link CromusSpendListener#guard} wraps, before the call reaches the
 * model, when the call would take its run past the per-run budget (or when the run's spend can no
 * longer be known). Inside an agentic system LangChain4j wraps it in its own invocation exception;
 * find it in the cause chain.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class CromusBudgetExceededException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String run;
  private final String agent;
  private final Money budget;
  private final Money spent;
  private final Money projected;

  CromusBudgetExceededException(
      String message, String run, String agent, Money budget, Money spent, Money projected) {
    super(message);
    this.run = Objects.requireNonNull(run);
    this.agent = Objects.requireNonNull(agent);
    this.budget = Objects.requireNonNull(budget);
    this.spent = Objects.requireNonNull(spent);
    this.projected = Objects.requireNonNull(projected);
  }

  /** The run that was stopped. */
  public String run() {
    return run;
  }

  /** The agent whose call was refused. */
  public String agent() {
    return agent;
  }

  /** The per-run budget. */
  public Money budget() {
    return budget;
  }

  /** What the run had spent (and reserved for calls in flight) when the call was refused. */
  public Money spent() {
    return spent;
  }

  /** The refused call's projected cost (zero when it could not be priced). */
  public Money projected() {
    return projected;
  }
}
