package ai.cromus.core.internal.risk;

import ai.cromus.core.risk.RiskFinding;
import ai.cromus.core.risk.RiskLevel;
import ai.cromus.core.risk.RiskRule;
import ai.cromus.core.spec.EscalationThreshold;
import ai.cromus.core.spec.EthosProfile;
import ai.cromus.core.spec.RiskTolerance;
import ai.cromus.core.workflow.Effect;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The workflow's ETHOS profile against what the workflow does: {@code human_approval_required:
 * true} with no human step; a {@code prohibited_actions} entry that a step performs; an {@code
 * escalation_threshold} with no escalation path; {@code risk_tolerance: low} with an irreversible
 * step that no person approves first. Each finding names the profile field and the step.
 */
final class EthosRules {
  private final EthosProfile profile;
  private final List<StepFacts> facts;
  private final RiskGraph graph;

  EthosRules(EthosProfile profile, List<StepFacts> facts, RiskGraph graph) {
    this.profile = profile;
    this.facts = facts;
    this.graph = graph;
  }

  List<RiskFinding> findings() {
    List<RiskFinding> out = new ArrayList<>();
    boolean anyGate = facts.stream().anyMatch(StepFacts::gate);
    if (profile.humanApprovalRequired() && !anyGate && !facts.isEmpty()) {
      out.add(
          RiskFindings.of(RiskRule.ETHOS_APPROVAL, RiskLevel.HIGH)
              .field("human_approval_required: true")
              .message(
                  "The ETHOS profile '"
                      + profile.name()
                      + "' requires human approval (human_approval_required: true), and no step of"
                      + " the workflow is a human approval.")
              .fix(
                  "Add a human step ('kind: human' with an 'approver') before the steps that act,"
                      + " or name a profile that does not require approval.")
              .build());
    }
    for (String action : profile.prohibitedActions()) {
      prohibited(action, out);
    }
    if (!graph.escalationPath() && !facts.isEmpty()) {
      EscalationThreshold t = profile.escalationThreshold();
      out.add(
          RiskFindings.of(
                  RiskRule.ETHOS_ESCALATION,
                  t == EscalationThreshold.EARLY ? RiskLevel.MEDIUM : RiskLevel.LOW)
              .field("escalation_threshold: " + t.id())
              .message(
                  "The ETHOS profile '"
                      + profile.name()
                      + "' sets escalation_threshold: "
                      + t.id()
                      + ", and the workflow has no escalation path: no human step and no step"
                      + " that escalates.")
              .fix(
                  "Add a human step the workflow can route to (a decision branch with 'when'"
                      + " leading to a step with 'kind: human' and an 'approver').")
              .build());
    }
    if (profile.riskTolerance() == RiskTolerance.LOW) {
      tolerance(out);
    }
    return out;
  }

  private void tolerance(List<RiskFinding> out) {
    for (int i = 0; i < facts.size(); i++) {
      StepFacts f = facts.get(i);
      if (f.effect().orElse(null) != Effect.IRREVERSIBLE
          || graph.approval(i) == RiskGraph.Approval.ALWAYS) {
        continue;
      }
      out.add(
          RiskFindings.of(RiskRule.ETHOS_TOLERANCE, RiskLevel.HIGH)
              .step(f.id())
              .path(RiskFindings.ids(facts, graph.approvalPath(i)))
              .field("risk_tolerance: low")
              .message(
                  "The ETHOS profile '"
                      + profile.name()
                      + "' tolerates little risk (risk_tolerance: low), and step '"
                      + f.id()
                      + "' is "
                      + RiskFindings.effect(f)
                      + " with no human approval before it on every path.")
              .fix(
                  "Put a human approval before '"
                      + f.id()
                      + "' on every path, or name a profile whose risk tolerance fits.")
              .build());
    }
  }

  /** Words after {@code without} in an action that a human approval before the step satisfies. */
  private static final Set<String> APPROVAL_WORDS =
      Set.of("approval", "approvals", "review", "human", "sign", "signoff", "check", "consent");

  private void prohibited(String action, List<RiskFinding> out) {
    List<String> words = List.of(action.toLowerCase(Locale.ROOT).split("[_\\s-]+"));
    int without = words.indexOf("without");
    List<String> head = without < 0 ? words : words.subList(0, without);
    List<String> tail = without < 0 ? List.of() : words.subList(without + 1, words.size());
    // "above 200 usd", "over the limit": an amount the workflow's text cannot show
    String amount = amount(head);
    boolean approvalQualified = tail.stream().anyMatch(APPROVAL_WORDS::contains);
    Optional<String> family = Optional.empty();
    for (String w : head) {
      family = Vocabulary.family(w);
      if (family.isPresent()) {
        break;
      }
    }
    boolean bypass =
        head.contains("bypass")
            && words.stream().anyMatch(w -> w.startsWith("approv") || w.startsWith("gate"));
    boolean unverified =
        head.size() >= 2
            && head.get(0).equals("act")
            && words.stream()
                .anyMatch(
                    w ->
                        w.equals("unverified")
                            || w.equals("incomplete")
                            || w.equals("ambiguous")
                            || w.equals("untrusted")
                            || w.equals("unvalidated"));
    for (int i = 0; i < facts.size(); i++) {
      StepFacts f = facts.get(i);
      String why = violation(f, i, family, bypass, unverified, approvalQualified);
      if (why == null) {
        continue;
      }
      boolean unchecked = (!tail.isEmpty() && !approvalQualified) || amount != null;
      out.add(
          RiskFindings.of(RiskRule.ETHOS_PROHIBITED, unchecked ? RiskLevel.MEDIUM : RiskLevel.HIGH)
              .step(f.id())
              .path(List.of(f.id()))
              .field("prohibited_actions: " + action)
              .message(
                  "The ETHOS profile '"
                      + profile.name()
                      + "' prohibits '"
                      + action
                      + "', and step '"
                      + f.id()
                      + "' "
                      + why
                      + (amount != null
                          ? "; Cromus cannot see whether it is '" + amount + "'"
                          : unchecked
                              ? "; Cromus cannot see whether '"
                                  + String.join(" ", tail)
                                  + "' is in place"
                              : "")
                      + ".")
              .fix(
                  "Remove the action from step '"
                      + f.id()
                      + "', put a human approval before it, or name a profile that allows it.")
              .build());
    }
  }

  private static final Set<String> AMOUNT_WORDS =
      Set.of("above", "over", "below", "under", "exceeding", "more", "less", "beyond");

  /** The amount condition of an action ({@code above 200 usd}), or null without one. */
  private static String amount(List<String> head) {
    for (int i = 0; i < head.size(); i++) {
      if (AMOUNT_WORDS.contains(head.get(i))) {
        return String.join(" ", head.subList(i, head.size()));
      }
    }
    return null;
  }

  /** Why step {@code f} performs the prohibited action, or null when it does not. */
  private String violation(
      StepFacts f,
      int i,
      Optional<String> family,
      boolean bypass,
      boolean unverified,
      boolean approvalQualified) {
    if (!f.acts()) {
      return null;
    }
    boolean approved = graph.approval(i) == RiskGraph.Approval.ALWAYS;
    if (bypass) {
      return approved
          ? null
          : "is " + RiskFindings.effect(f) + " with no human approval on every path";
    }
    if (unverified) {
      return graph.steered(i)
          ? "acts on untrusted content that nothing validates (it is "
              + RiskFindings.effect(f)
              + ")"
          : null;
    }
    if (family.isEmpty()) {
      return null;
    }
    if (family.get().equals("disclose")) {
      // whatever leaves the company with private data on board discloses it
      if (f.effect().get() != Effect.EXTERNAL || !graph.privateData(i)) {
        return null;
      }
    } else if (!f.families().contains(family.get())) {
      return null;
    }
    if (approvalQualified && approved) {
      return null;
    }
    return "performs it (" + family.get() + ": " + RiskFindings.effect(f) + ")";
  }
}
