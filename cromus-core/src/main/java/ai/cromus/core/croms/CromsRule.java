package ai.cromus.core.croms;

import static org.apiguardian.api.API.Status.STABLE;

import ai.cromus.core.diagnostic.Rule;
import ai.cromus.core.diagnostic.RuleInfo;
import ai.cromus.core.diagnostic.Severity;
import org.apiguardian.api.API;

/**
 * The kinds of {@link CromsFinding}, as rules: a finding's {@link CromsFinding#kind()} is the id of
 * one of these. Findings are not diagnostics (they live in {@link Croms#findings()}); they are
 * catalogued so that reports which need a rule per result (SARIF) can name them. Their default
 * severity is a warning; a report may raise them to errors when the scope's {@code croms_max} fails
 * the verdict.
 */
@API(status = STABLE, since = "0.1")
public enum CromsRule implements Rule {
  COST_OVERPOWERED_MODEL(
      "CROMS-COST-OVERPOWERED-MODEL",
      "Croms finding: a step names a model of a higher capability tier than it needs, and the"
          + " balanced recommendation is cheaper."),
  COST_LOOP_CONTEXT(
      "CROMS-COST-LOOP-CONTEXT",
      "Croms finding: an agent loop re-sends its whole conversation every turn, and compacting it"
          + " (a summary instead of the history) or caching it would cost less."),
  LATENCY_SERIAL_INDEPENDENT(
      "CROMS-LATENCY-SERIAL-INDEPENDENT",
      "Croms finding: a step waits for an inferred dependency whose output it does not use."),
  LATENCY_OVER_BUDGET(
      "CROMS-LATENCY-OVER-BUDGET",
      "Croms finding: a model step is slower than its latency budget while an allowed model of its"
          + " tier is faster."),
  FAILURE_UNVALIDATED_OUTPUT(
      "CROMS-FAILURE-UNVALIDATED-OUTPUT",
      "Croms finding: structured output without validation or without retries."),
  STRUCT_REDUNDANT_CONTEXT(
      "CROMS-STRUCT-REDUNDANT-CONTEXT",
      "Croms finding: a step receives the whole input of an upstream step that already condensed"
          + " it."),
  STRUCT_UNCACHED_PREFIX(
      "CROMS-STRUCT-UNCACHED-PREFIX",
      "Croms finding: a repeated prompt prefix (a loop, or instructions shared by model steps) is"
          + " not cached."),
  STRUCT_DUPLICATE_STEP(
      "CROMS-STRUCT-DUPLICATE-STEP",
      "Croms finding: a step repeats an earlier one (same kind, instructions, model and tools)."),
  STRUCT_DEAD_BRANCH(
      "CROMS-STRUCT-DEAD-BRANCH",
      "Croms finding: a step whose result no step uses, or that never runs."),
  STRUCT_UNBOUNDED_LOOP("CROMS-STRUCT-UNBOUNDED-LOOP", "Croms finding: a loop without a bound."),
  ETHICS_MISSING("CROMS-ETHICS-MISSING", "Croms finding: the workflow names no ETHOS profile."),
  ETHICS_MISMATCH(
      "CROMS-ETHICS-MISMATCH",
      "Croms finding: the ETHOS profile is meant for other domains, or is permissive in a"
          + " regulated domain.");

  private final RuleInfo info;

  CromsRule(String id, String summary) {
    this.info = RuleInfo.of(id, Severity.WARNING, summary);
  }

  @Override
  public RuleInfo info() {
    return info;
  }
}
