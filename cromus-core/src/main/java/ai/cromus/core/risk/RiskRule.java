package ai.cromus.core.risk;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import ai.cromus.core.diagnostic.Rule;
import ai.cromus.core.diagnostic.RuleInfo;
import ai.cromus.core.diagnostic.Severity;
import org.apiguardian.api.API;

/**
 * The risk rules. A {@link RiskFinding}'s {@link RiskFinding#rule()} is the id of one of them; the
 * findings live in {@link RiskAnalysis#findings()}, with their own {@link RiskLevel}, and are
 * catalogued so that SARIF can report each under its rule. {@link #DATA_RULE} is also an error
 * diagnostic; {@link #INFER_EFFECT} and {@link #INFER_TRUST} are only info diagnostics.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public enum RiskRule implements Rule {
  ACTION_WITHOUT_APPROVAL(
      "RISK-ACTION-WITHOUT-APPROVAL",
      Severity.WARNING,
      "Risk finding: an irreversible or external step is reached on some path with no human"
          + " approval before it (or only one that runs under a condition); the level grows with"
          + " the runs a day."),
  PROMPT_INJECTION(
      "RISK-PROMPT-INJECTION",
      Severity.WARNING,
      "Risk finding: untrusted content (an email, a web page, an upload, a chat message or"
          + " ticket) flows into an irreversible or external step with no validation or human step"
          + " between."),
  LETHAL_TRIFECTA(
      "RISK-LETHAL-TRIFECTA",
      Severity.WARNING,
      "Risk finding: private data, untrusted content and an external channel meet in one step:"
          + " injected instructions can send the private data out. Always critical."),
  DATA_RULE(
      "RISK-DATA-RULE",
      Severity.ERROR,
      "A plan sends a class of data (pii, phi, pci, secrets, confidential) to a model offering"
          + " that the scope's data_rules forbid; such offerings are removed from the step's"
          + " candidates."),
  ETHOS_APPROVAL(
      "RISK-ETHOS-APPROVAL",
      Severity.WARNING,
      "Risk finding: the ETHOS profile sets human_approval_required: true and the workflow has no"
          + " human step."),
  ETHOS_PROHIBITED(
      "RISK-ETHOS-PROHIBITED",
      Severity.WARNING,
      "Risk finding: a step performs an action the ETHOS profile lists in prohibited_actions."),
  ETHOS_ESCALATION(
      "RISK-ETHOS-ESCALATION",
      Severity.WARNING,
      "Risk finding: the ETHOS profile sets an escalation_threshold and the workflow has no"
          + " escalation path (no human step, no step that escalates)."),
  ETHOS_TOLERANCE(
      "RISK-ETHOS-TOLERANCE",
      Severity.WARNING,
      "Risk finding: the ETHOS profile sets risk_tolerance: low and an irreversible step has no"
          + " human approval before it on every path."),
  INFER_EFFECT(
      "RISK-INFER-EFFECT",
      Severity.INFO,
      "The effect of a step (read_only, write, external, irreversible) was inferred from its tools"
          + " and verbs, not stated."),
  INFER_TRUST(
      "RISK-INFER-TRUST",
      Severity.INFO,
      "A step was taken to read untrusted content (an email, a web page, an upload, a chat"
          + " message or ticket) from its input and text, not stated.");

  private final RuleInfo info;

  RiskRule(String id, Severity severity, String summary) {
    this.info = RuleInfo.of(id, severity, summary);
  }

  @Override
  public RuleInfo info() {
    return info;
  }
}
