package ai.cromus.core.internal.spec;

import ai.cromus.core.diagnostic.Severity;
import ai.cromus.core.internal.spec.PolicyChecker.Declared;
import ai.cromus.core.internal.spec.PolicyChecker.Policy;
import ai.cromus.core.internal.spec.PolicyChecker.PolicyRule;
import ai.cromus.core.spec.ImmutablePolicyResult;
import ai.cromus.core.spec.PolicyFinding;
import ai.cromus.core.spec.PolicyResult;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Evaluates the enabled rules of a policy against what a skill declares. */
final class PolicyEvaluation {
  private PolicyEvaluation() {}

  static PolicyResult evaluate(Policy policy, Declared d) {
    ImmutablePolicyResult.Builder b = PolicyResult.builder();
    List<PolicyFinding> violations = new ArrayList<>();
    List<PolicyFinding> warnings = new ArrayList<>();
    for (PolicyRule r : policy.rules()) {
      b.addChecked(r.id());
      List<PolicyFinding> target = r.severity() == Severity.ERROR ? violations : warnings;
      check(r, d, target, warnings);
    }
    b.violations(violations).warnings(warnings).pass(violations.isEmpty());
    b.summary(
        violations.isEmpty() && warnings.isEmpty()
            ? "Policy passed: " + policy.rules().size() + " rule(s) checked."
            : (violations.isEmpty()
                    ? "Policy passed with "
                    : "Policy failed: " + violations.size() + " violation(s), ")
                + warnings.size()
                + " warning(s).");
    return b.build();
  }

  /**
   * Checks one rule: a failure goes to {@code target} (the violations or the warnings, by the
   * rule's severity), a rule that cannot be checked to {@code warnings}.
   */
  private static void check(
      PolicyRule r, Declared d, List<PolicyFinding> target, List<PolicyFinding> warnings) {
    switch (r.id()) {
      case "require_ethos" -> {
        if (!d.ethos()) {
          target.add(
              PolicyFinding.of(
                  r.id(),
                  "The skill names no ETHOS profile: no"
                      + " metadata.ethos_reference, no ethos: block and no governance.ethos_reference in"
                      + " cromus.yaml.",
                  "an ETHOS reference",
                  "none"));
        }
      }
      case "require_agents" -> {
        if (!d.agents()) {
          target.add(
              PolicyFinding.of(
                  r.id(),
                  "The skill declares no agents: block (in the front"
                      + " matter or in cromus.yaml).",
                  "an agents: block",
                  "none"));
        }
      }
      case "allowed_models" -> allowedModels(r, d, target, warnings);
      case "max_cost_per_run" -> maxCost(r, d, target, warnings);
      case "require_approval" -> {
        if (!d.approved()) {
          target.add(
              PolicyFinding.of(
                  r.id(),
                  "The skill is not approved (metadata.approved is" + " not \"true\").",
                  "true",
                  "false"));
        }
      }
      default -> {}
    }
  }

  private static void allowedModels(
      PolicyRule r, Declared d, List<PolicyFinding> target, List<PolicyFinding> warnings) {
    if (d.models().isEmpty()) {
      warnings.add(
          PolicyFinding.of(
              r.id(),
              "The skill names no model, so allowed_models" + " could not be checked.",
              "",
              ""));
    }
    for (String m : d.models()) {
      boolean ok =
          r.models().stream()
              .anyMatch(
                  p ->
                      PolicyChecker.globMatches(
                          PolicyChecker.modelKey(p), PolicyChecker.modelKey(m)));
      if (!ok) {
        target.add(
            PolicyFinding.of(
                r.id(),
                "Model '" + m + "' is not in the allowed list.",
                String.join(", ", r.models()),
                m));
      }
    }
  }

  private static void maxCost(
      PolicyRule r, Declared d, List<PolicyFinding> target, List<PolicyFinding> warnings) {
    if (d.costPerRun().isEmpty()) {
      warnings.add(
          PolicyFinding.of(
              r.id(),
              "The skill declares no cost per run (cromus.yaml"
                  + " cost_envelope, or metadata cromus-cost-per-run-usd / cromus-budget-per-run-usd),"
                  + " so max_cost_per_run could not be checked.",
              "",
              ""));
    } else if (d.costPerRun().get().compareTo(r.usd().orElse(BigDecimal.ZERO)) > 0) {
      target.add(
          PolicyFinding.of(
              r.id(),
              "The declared cost per run, "
                  + d.costPerRun().get().toPlainString()
                  + " USD ("
                  + d.costSource()
                  + "), is above the"
                  + " policy's maximum of "
                  + r.usd().get().toPlainString()
                  + " USD.",
              "<= " + r.usd().get().toPlainString(),
              d.costPerRun().get().toPlainString()));
    }
  }
}
