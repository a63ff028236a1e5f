package ai.cromus.core.internal.risk;

import ai.cromus.core.workflow.DataClass;
import ai.cromus.core.workflow.Effect;
import ai.cromus.core.workflow.Step;
import ai.cromus.core.workflow.StepKind;
import ai.cromus.core.workflow.ValidationMethod;
import ai.cromus.core.workflow.Workflow;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** What the risk rules need to know of one step, computed once. */
final class StepFacts {
  final Step step;
  final EffectInference.Inferred effect;
  final TrustInference.Inferred trust;
  final List<DataClass> data;
  private final Optional<String> condition;

  StepFacts(Step step, Workflow w) {
    this.step = step;
    this.effect = EffectInference.of(step);
    this.trust = TrustInference.of(step);
    this.data = step.data().isEmpty() ? w.data() : step.data();
    this.condition =
        step.condition()
            .map(c -> String.join(" ", c.strip().toLowerCase(Locale.ROOT).split("\\s+")))
            .filter(c -> !c.isEmpty());
  }

  String id() {
    return step.id();
  }

  Optional<Effect> effect() {
    return effect.effect();
  }

  /** True when the step's effect is external or irreversible. */
  boolean acts() {
    return effect.effect().map(Effect::needsApproval).orElse(false);
  }

  Set<String> families() {
    return effect.families();
  }

  boolean untrusted() {
    return trust.untrusted();
  }

  /**
   * A human approval: a human step, a step whose output a person validates, or a decision with an
   * approver.
   */
  boolean gate() {
    return step.kind() == StepKind.HUMAN
        || step.validation().orElse(null) == ValidationMethod.HUMAN
        || (step.kind() == StepKind.DECISION && step.approver().isPresent());
  }

  /** The condition under which the step runs, normalized; empty when it always runs. */
  Optional<String> condition() {
    return condition;
  }

  /** A model call, which text can steer: a model step or a decision, or a step naming a model. */
  boolean model() {
    return step.kind() == StepKind.LLM
        || step.kind() == StepKind.DECISION
        || step.model().isPresent();
  }

  /**
   * A step whose output is checked by a schema, a pattern or a person on every run: untrusted text
   * does not pass it.
   */
  boolean barrier() {
    ValidationMethod v = step.validation().orElse(null);
    return (gate() && condition().isEmpty())
        || v == ValidationMethod.JSON_SCHEMA
        || v == ValidationMethod.REGEX;
  }

  boolean privateData() {
    return data.stream().anyMatch(DataClass::isPrivate);
  }
}
