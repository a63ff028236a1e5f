package ai.cromus.core.simulation;

import static org.apiguardian.api.API.Status.STABLE;

import ai.cromus.core.diagnostic.Rule;
import ai.cromus.core.diagnostic.RuleInfo;
import ai.cromus.core.diagnostic.Severity;
import org.apiguardian.api.API;

/** Rules of the simulation and recommendation stages. */
@API(status = STABLE, since = "0.1")
public enum SimulationRule implements Rule {
  MODEL_UNKNOWN(
      "MODEL-UNKNOWN",
      Severity.ERROR,
      "A step requests a model that is not in the catalog; the balanced choice is simulated instead."),
  NO_MODEL_IN_SCOPE(
      "SIM-NO-MODEL-IN-SCOPE",
      Severity.WARNING,
      "No model that the scope allows meets a step's needs under a mode; that mode is infeasible."),
  MODEL_UNPRICED(
      "SIM-MODEL-UNPRICED",
      Severity.WARNING,
      "A requested model has no priced offering (self-hosted only); its cost is not counted."),
  PRICE_EXPIRED(
      "SIM-PRICE-EXPIRED",
      Severity.WARNING,
      "A price used is promotional and ended before the date the simulation is judged against."),
  MODEL_RETIRED(
      "SIM-MODEL-RETIRED",
      Severity.WARNING,
      "A requested model is retired or deprecated; its successor is named."),
  CONTEXT_OVERFLOW(
      "SIM-CONTEXT-OVERFLOW",
      Severity.ERROR,
      "An agent loop's conversation outgrows the requested model's context window before its last"
          + " turn; the model is removed from the candidates."),
  LOOP_UNBOUNDED(
      "SIM-LOOP-UNBOUNDED",
      Severity.WARNING,
      "An agent loop states no bound on its turns; it is priced at the default and each extra turn"
          + " is named with its cost."),
  BUILTIN_TOOL_UNKNOWN(
      "SIM-BUILTIN-TOOL-UNKNOWN",
      Severity.WARNING,
      "A step names a built-in tool that no channel of the catalog offers; it is ignored."),
  BUILTIN_TOOL_NOT_OFFERED(
      "SIM-BUILTIN-TOOL-NOT-OFFERED",
      Severity.WARNING,
      "A step names a built-in tool that the channel the declared plan runs it on does not"
          + " offer; its fee is not counted."),
  COULD_RUN_PARALLEL(
      "SIM-COULD-RUN-PARALLEL",
      Severity.INFO,
      "A step waits for another through an explicit 'after:' but reads nothing it produces; it"
          + " could run in parallel.");

  private final RuleInfo info;

  SimulationRule(String id, Severity severity, String summary) {
    this.info = RuleInfo.of(id, severity, summary);
  }

  @Override
  public RuleInfo info() {
    return info;
  }
}
