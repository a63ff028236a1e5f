package ai.cromus.core.risk;

import ai.cromus.core.scope.DataRule;
import ai.cromus.core.scope.ImmutableScope;
import ai.cromus.core.scope.Scope;
import ai.cromus.core.workflow.DataClass;
import ai.cromus.core.workflow.Effect;
import ai.cromus.core.workflow.ImmutableStep;
import ai.cromus.core.workflow.Step;
import ai.cromus.core.workflow.StepKind;
import ai.cromus.core.workflow.Trust;
import ai.cromus.core.workflow.ValidationMethod;
import ai.cromus.core.workflow.Workflow;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntUnaryOperator;

/**
 * Generated workflows and scopes for the risk properties, driven by any source of ints (a seeded
 * {@link java.util.Random} or Jazzer's data provider): every kind, tools of every effect, stated
 * and inferred effects and trust, data classes, conditions, validations, cycles and unknown
 * references, every built-in ETHOS profile, data rules and a risk maximum.
 */
final class RiskGenerated {
  static final String[] TOOLS = {
    "orders.lookup",
    "gmail.messages.get",
    "web.fetch",
    "jira.issues.create",
    "email.send",
    "payments.refunds.create",
    "archive.records.delete",
    "social.posts.publish",
    "crm.sync",
    "contracts.envelopes.sign",
    "k8s.deployments.create"
  };
  static final String[] TITLES = {
    "Read the customer's email", "Draft the reply", "Send the reply", "Refund the order",
    "Look up the order", "Delete the old records", "Classify the ticket", "Step"
  };
  static final String[] INPUTS = {"customer email", "order record", "web page", "notes"};
  static final String[] CONDITIONS = {"amount > 200", "amount <= 200", "category is refund"};
  static final String[] ETHOS = {
    "ethos-the-steward-v1.0.0", "ethos-the-guardian-v1.0.0", "ethos-the-diplomat-v1.0.0",
    "ethos-the-builder-v1.0.0", "ethos-the-catalyst-v1.0.0", "ethos-the-operator-v1.0.0",
    "ethos-the-analyst-v1.0.0"
  };

  private RiskGenerated() {}

  /** {@code next.applyAsInt(bound)} returns a number in [0, bound). */
  static Workflow workflow(IntUnaryOperator next) {
    int n = 1 + next.applyAsInt(12);
    List<Step> steps = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      steps.add(step(next, i, n));
    }
    var w = Workflow.builder().name("generated").addAllSteps(steps);
    if (next.applyAsInt(2) == 0) {
      w.ethos(ETHOS[next.applyAsInt(ETHOS.length)]);
    }
    if (next.applyAsInt(3) == 0) {
      w.addData(pick(next, DataClass.values()));
    }
    w.runsPerDay(new long[] {1, 100, 999, 1_000, 50_000, 100_000}[next.applyAsInt(6)]);
    return w.build();
  }

  private static Step step(IntUnaryOperator next, int i, int n) {
    StepKind kind = pick(next, StepKind.values());
    ImmutableStep.Builder b =
        Step.builder().id("s" + i).title(TITLES[next.applyAsInt(TITLES.length)]).kind(kind);
    int tools = next.applyAsInt(3);
    for (int t = 0; t < tools; t++) {
      b.addTools(TOOLS[next.applyAsInt(TOOLS.length)]);
    }
    if (i > 0) {
      int deps = 1 + next.applyAsInt(2);
      for (int d = 0; d < deps; d++) {
        b.addDependsOn("s" + next.applyAsInt(i));
      }
    }
    switch (next.applyAsInt(12)) {
      case 0 -> b.addDependsOn("s" + next.applyAsInt(n)); // may close a cycle
      case 1 -> b.addDependsOn("ghost");
      default -> {}
    }
    if (kind == StepKind.HUMAN || next.applyAsInt(6) == 0) {
      b.approver("Lead");
    }
    if (next.applyAsInt(4) == 0) {
      b.condition(CONDITIONS[next.applyAsInt(CONDITIONS.length)]);
    }
    if (next.applyAsInt(3) == 0) {
      b.validation(pick(next, ValidationMethod.values()));
    }
    if (next.applyAsInt(3) == 0) {
      b.inputDescription(INPUTS[next.applyAsInt(INPUTS.length)]);
    }
    if (next.applyAsInt(5) == 0) {
      b.trust(pick(next, Trust.values()));
    }
    if (next.applyAsInt(5) == 0) {
      b.effect(pick(next, Effect.values()));
    }
    if (next.applyAsInt(4) == 0) {
      b.addData(pick(next, DataClass.values()));
    }
    return b.build();
  }

  static Scope scope(IntUnaryOperator next) {
    ImmutableScope.Builder s = Scope.builder();
    if (next.applyAsInt(2) == 0) {
      s.addDataRules(
          DataRule.builder().dataClass(DataClass.PHI).addChannels("aws-bedrock").build());
    }
    if (next.applyAsInt(3) == 0) {
      s.addDataRules(DataRule.builder().dataClass(DataClass.SECRETS).inPrompts(false).build());
    }
    if (next.applyAsInt(3) == 0) {
      s.addDataRules(DataRule.builder().dataClass(DataClass.PII).addRegions("eu").build());
    }
    if (next.applyAsInt(2) == 0) {
      s.thresholds(
          ai.cromus.core.scope.Thresholds.builder()
              .riskMax(pick(next, RiskLevel.values()))
              .build());
    }
    return s.build();
  }

  private static <T> T pick(IntUnaryOperator next, T[] values) {
    return values[next.applyAsInt(values.length)];
  }
}
