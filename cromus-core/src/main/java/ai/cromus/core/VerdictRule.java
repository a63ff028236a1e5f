package ai.cromus.core;

import static org.apiguardian.api.API.Status.STABLE;

import ai.cromus.core.diagnostic.Rule;
import ai.cromus.core.diagnostic.RuleInfo;
import ai.cromus.core.diagnostic.Severity;
import org.apiguardian.api.API;

/**
 * Rules of the verdict: a broken budget or threshold, and a budget that cannot be checked. Their
 * diagnostics are located where the limit was declared (the workflow's front matter or the scope
 * file), and the verdict counts them as its own reasons, not as errors in the input.
 */
@API(status = STABLE, since = "0.1")
public enum VerdictRule implements Rule {
  BUDGET_EXCEEDED(
      "BUDGET-EXCEEDED",
      Severity.ERROR,
      "The declared plan costs more than a budget allows (the workflow's or the scope's, per run or"
          + " per month); the verdict is FAIL."),
  BUDGET_NO_CATALOG(
      "BUDGET-NO-CATALOG",
      Severity.ERROR,
      "A budget or a Croms maximum is declared but the engine has no model catalog, so nothing is"
          + " priced and the limit cannot be checked; the verdict is FAIL. Depend on cromus-catalog"
          + " or give the engine a catalog."),
  THRESHOLD_CROMS_MAX(
      "THRESHOLD-CROMS-MAX",
      Severity.ERROR,
      "The Croms score is above the scope's croms_max; the verdict is FAIL."),
  THRESHOLD_RISK_MAX(
      "THRESHOLD-RISK-MAX",
      Severity.ERROR,
      "The workflow's risk level is above the scope's risk_max; the verdict is FAIL."),
  THRESHOLD_SCORE_MIN(
      "THRESHOLD-SCORE-MIN",
      Severity.WARNING,
      "The structural score is below the scope's score_min; the verdict is WARN.");

  private final RuleInfo info;

  VerdictRule(String id, Severity severity, String summary) {
    this.info = RuleInfo.of(id, severity, summary);
  }

  @Override
  public RuleInfo info() {
    return info;
  }

  /** True when {@code ruleId} names one of these rules. */
  public static boolean isVerdictRule(String ruleId) {
    for (VerdictRule r : values()) {
      if (r.id().equals(ruleId)) {
        return true;
      }
    }
    return false;
  }
}
