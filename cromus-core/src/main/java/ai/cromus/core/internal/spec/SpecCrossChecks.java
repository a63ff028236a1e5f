package ai.cromus.core.internal.spec;

import ai.cromus.core.diagnostic.Diagnostic;
import ai.cromus.core.diagnostic.Severity;
import ai.cromus.core.internal.risk.RiskStage;
import ai.cromus.core.risk.RiskFinding;
import ai.cromus.core.risk.RiskLevel;
import ai.cromus.core.risk.RiskRule;
import ai.cromus.core.spec.EthosAlignment;
import ai.cromus.core.spec.EthosProfile;
import ai.cromus.core.spec.EthosProfiles;
import ai.cromus.core.spec.PolicyFinding;
import ai.cromus.core.spec.PolicyResult;
import ai.cromus.core.spec.SpecRule;
import ai.cromus.core.workflow.SourceFormat;
import ai.cromus.core.workflow.Workflow;
import java.util.List;

/** Checks that span files: a profile against a workflow, a policy result as diagnostics. */
public final class SpecCrossChecks {
  private SpecCrossChecks() {}

  /** ETHOS-DOMAIN when a profile does not fit the workflow's domain. */
  public static List<Diagnostic> ethosDomain(String source, EthosProfile profile, Workflow w) {
    EthosAlignment a = EthosProfiles.alignment(profile, w.domain());
    Findings out = new Findings(source);
    if (a == EthosAlignment.MISMATCHED || a == EthosAlignment.REGULATED_PERMISSIVE) {
      String domain = w.domain().orElse("");
      String rec =
          EthosProfiles.recommendedFor(w.domain())
              .map(p -> " " + p.name() + " (" + p.stem() + ") is meant for it.")
              .orElse("");
      out.add(
          SpecRule.ETHOS_DOMAIN,
          1,
          1,
          "Profile '"
              + profile.name()
              + "' (domain "
              + profile.domain()
              + ") is "
              + (a == EthosAlignment.REGULATED_PERMISSIVE
                  ? "permissive, and runs the regulated "
                  : "not meant for the ")
              + domain
              + " workflow '"
              + w.name()
              + "'; Croms applies its ethics multiplier."
              + rec,
          "Use a profile meant for " + domain + ", or derive one from it.");
    }
    return out.sorted();
  }

  /**
   * The risk rules of a custom ETHOS profile against what the workflow does ({@code RISK-ETHOS-*}),
   * on the profile's file: a warning each (info when low), its message starting with its level. A
   * built-in profile is left out: the compile result's risk reports it already, and a generated
   * ETHOS.md (a copy of one) still validates clean.
   */
  public static List<Diagnostic> ethosRisk(String source, EthosProfile profile, Workflow w) {
    Findings out = new Findings(source);
    if (EthosProfiles.find(profile.stem()).filter(profile::equals).isPresent()) {
      return out.sorted();
    }
    for (RiskFinding f : RiskStage.ethos(profile, w)) {
      RiskRule rule = RiskRule.valueOf(f.rule().substring("RISK-".length()).replace('-', '_'));
      out.add(
          rule,
          f.level().isAbove(RiskLevel.LOW) ? Severity.WARNING : Severity.INFO,
          1,
          1,
          "Risk " + f.level().id() + " for workflow '" + w.name() + "': " + f.message(),
          f.fix());
    }
    return out.sorted();
  }

  /** The workflow-level ETHOS checks: the reference resolves, and the profile fits the domain. */
  public static List<Diagnostic> workflow(Workflow w) {
    Findings out = new Findings(w.source());
    if (w.ethos().isPresent()) {
      String ref = w.ethos().get();
      if (EthosProfiles.find(ref).isEmpty()) {
        if (w.format() == SourceFormat.SKILL_MD) {
          return out.sorted();
        }
        out.add(
            SpecRule.SKILL_ETHOS_REFERENCE,
            1,
            1,
            "The workflow's ethos reference '"
                + ref
                + "' does not resolve to a built-in ETHOS profile.",
            Nearest.of(ref, EthosProfiles.stems())
                .map(n -> "Did you mean '" + n + "'?")
                .orElse(
                    "Use a built-in profile, e.g. ethos-the-steward-v1.0.0, or validate the"
                        + " profile's file with the workflow."));
      } else {
        out.addAll(ethosDomain(w.source(), EthosProfiles.find(ref).get(), w));
      }
    }
    return out.sorted();
  }

  /** A policy result as diagnostics on the SKILL.md, prefixed {@code [policy:<rule>]}. */
  public static List<Diagnostic> policyDiagnostics(String source, PolicyResult r) {
    Findings out = new Findings(source);
    for (PolicyFinding f : r.violations()) {
      out.add(SpecRule.POLICY_VIOLATION, 1, 1, "[policy:" + f.rule() + "] " + f.message(), hint(f));
    }
    for (PolicyFinding f : r.warnings()) {
      out.add(
          SpecRule.POLICY_WARNING,
          Severity.WARNING,
          1,
          1,
          "[policy:" + f.rule() + "] " + f.message(),
          hint(f));
    }
    return out.sorted();
  }

  private static String hint(PolicyFinding f) {
    return switch (f.rule()) {
      case "require_ethos" -> "Add metadata.ethos_reference: ethos-the-<profile>-v1.0.0.";
      case "require_agents" ->
          "Declare the agents (role, model: provider:model, effort) in cromus.yaml under agents:.";
      case "allowed_models" ->
          f.expected().map(e -> "Use one of: " + e + ".").orElse("Name the model the skill uses.");
      case "max_cost_per_run" ->
          "Choose cheaper models (cromus compile shows the cost per mode), or raise the policy's maximum.";
      case "require_approval" ->
          "Have the owner approve the skill and set metadata.approved: \"true\".";
      default -> "See the policy file.";
    };
  }
}
