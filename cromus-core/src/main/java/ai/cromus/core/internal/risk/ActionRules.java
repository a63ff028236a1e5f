package ai.cromus.core.internal.risk;

import ai.cromus.core.risk.RiskFinding;
import ai.cromus.core.risk.RiskLevel;
import ai.cromus.core.risk.RiskRule;
import ai.cromus.core.workflow.DataClass;
import ai.cromus.core.workflow.Effect;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The rules about what steps do: an irreversible or external step with no human approval before it
 * on every path ({@code RISK-ACTION-WITHOUT-APPROVAL}); untrusted content that reaches such a step
 * through a model ({@code RISK-PROMPT-INJECTION}); and private data, untrusted content and an
 * external channel meeting in one step ({@code RISK-LETHAL-TRIFECTA}).
 */
final class ActionRules {
  private final List<StepFacts> facts;
  private final RiskGraph graph;
  private final long runsPerMonth;

  /** The private classes of data the workflow handles, for the trifecta's message. */
  private final String privateClasses;

  ActionRules(List<StepFacts> facts, RiskGraph graph, long runsPerMonth) {
    this.facts = facts;
    this.graph = graph;
    this.runsPerMonth = runsPerMonth;
    TreeSet<DataClass> classes = new TreeSet<>();
    for (StepFacts s : facts) {
      for (DataClass c : s.data) {
        if (c.isPrivate()) {
          classes.add(c);
        }
      }
    }
    this.privateClasses = classes.stream().map(DataClass::id).collect(Collectors.joining(", "));
  }

  List<RiskFinding> findings() {
    List<RiskFinding> out = new ArrayList<>();
    for (int i = 0; i < facts.size(); i++) {
      StepFacts f = facts.get(i);
      if (!f.acts()) {
        continue;
      }
      approval(i).ifPresent(out::add);
      if (graph.steered(i)) {
        out.add(injection(i));
        if (f.effect().get() == Effect.EXTERNAL && graph.privateData(i)) {
          out.add(trifecta(i));
        }
      }
    }
    return out;
  }

  /** The level of an unapproved action: low for external, medium for irreversible, by volume. */
  RiskLevel approvalLevel(Effect e) {
    RiskLevel base = e == Effect.IRREVERSIBLE ? RiskLevel.MEDIUM : RiskLevel.LOW;
    return base.raised(Volume.raise(runsPerMonth));
  }

  private Optional<RiskFinding> approval(int i) {
    RiskGraph.Approval a = graph.approval(i);
    if (a == RiskGraph.Approval.ALWAYS) {
      return Optional.empty();
    }
    StepFacts f = facts.get(i);
    List<String> path = RiskFindings.ids(facts, graph.approvalPath(i));
    String volume = Volume.describe(runsPerMonth);
    String message;
    String fix;
    if (a == RiskGraph.Approval.NONE) {
      message =
          "Step '"
              + f.id()
              + "' is "
              + RiskFindings.effect(f)
              + " and runs with no human approval before it on the path "
              + RiskFindings.arrow(path)
              + ", "
              + volume
              + ".";
      fix =
          "Add a human approval that '"
              + f.id()
              + "' comes after on every path (a step with 'kind: human' and an 'approver'), or"
              + " state 'effect:' if the step cannot do harm.";
    } else {
      int g = graph.conditionalGate(i);
      String gate = g >= 0 ? facts.get(g).id() : "";
      String when =
          g >= 0 && facts.get(g).step.condition().isPresent()
              ? "when '" + facts.get(g).step.condition().get() + "'"
              : "under a condition";
      message =
          "Step '"
              + f.id()
              + "' is "
              + RiskFindings.effect(f)
              + " and its human approval '"
              + gate
              + "' runs only "
              + when
              + "; in every other run nobody approves it (path "
              + RiskFindings.arrow(path)
              + "), "
              + volume
              + ".";
      fix =
          "Let '"
              + gate
              + "' approve every run that reaches '"
              + f.id()
              + "' (drop its 'when', or give both steps the same 'when'), or add a human approval"
              + " before '"
              + f.id()
              + "' for the other runs.";
    }
    return Optional.of(
        RiskFindings.of(RiskRule.ACTION_WITHOUT_APPROVAL, approvalLevel(f.effect().get()))
            .step(f.id())
            .path(path)
            .message(message)
            .fix(fix)
            .build());
  }

  private RiskFinding injection(int i) {
    StepFacts f = facts.get(i);
    List<Integer> p = graph.taintPath(i);
    StepFacts source = facts.get(graph.taintSource(i));
    return RiskFindings.of(RiskRule.PROMPT_INJECTION, RiskLevel.HIGH)
        .step(f.id())
        .path(RiskFindings.ids(facts, p))
        .message(
            "Untrusted content read by '"
                + source.id()
                + "' ("
                + (source.trust.inferred() ? "inferred: " + source.trust.why() : "stated")
                + ") reaches step '"
                + f.id()
                + "', which is "
                + RiskFindings.effect(f)
                + ", through a model with no validation or human step between (path "
                + RiskFindings.arrow(RiskFindings.ids(facts, p))
                + "): whoever writes that content can make '"
                + f.id()
                + "' act.")
        .fix(
            "Put a human approval before '"
                + f.id()
                + "', or check what the model passes on against a schema ('validate:"
                + " json-schema') so that free text cannot reach '"
                + f.id()
                + "'.")
        .build();
  }

  private RiskFinding trifecta(int i) {
    StepFacts f = facts.get(i);
    List<Integer> p = graph.taintPath(i);
    return RiskFindings.of(RiskRule.LETHAL_TRIFECTA, RiskLevel.CRITICAL)
        .step(f.id())
        .path(RiskFindings.ids(facts, p))
        .message(
            "Step '"
                + f.id()
                + "' sends outside the company, untrusted content read by '"
                + facts.get(graph.taintSource(i)).id()
                + "' reaches it through a model, and the workflow handles private data ("
                + privateClasses
                + ") before it: injected instructions can send that data out (path "
                + RiskFindings.arrow(RiskFindings.ids(facts, p))
                + ").")
        .fix(
            "Break one of the three: a human approval before '"
                + f.id()
                + "', a schema check between the untrusted content and the model that writes for"
                + " it, or no private data in the steps before it.")
        .build();
  }
}
