package ai.cromus.core.risk;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import ai.cromus.core.workflow.DataClass;
import ai.cromus.core.workflow.Effect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/** What one step may do, what it reads and handles, and its risk level. */
@Value.Immutable
@JsonPropertyOrder({
  "step",
  "level",
  "effect",
  "effectInferred",
  "untrusted",
  "trustInferred",
  "data",
  "approvedBefore"
})
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutableStepRisk.class)
@JsonDeserialize(as = ImmutableStepRisk.class)
@API(status = EXPERIMENTAL, since = "0.1")
public interface StepRisk {
  /** The step's id. */
  String step();

  /** The highest level of the findings about this step; none without any. */
  RiskLevel level();

  /**
   * What the step may do: stated, or inferred for tool, code and model-with-tools steps; empty for
   * steps that cannot act (a model without tools, a decision, a person).
   */
  Optional<Effect> effect();

  /** True when {@link #effect()} was inferred ({@code RISK-INFER-EFFECT}), not stated. */
  boolean effectInferred();

  /** True when the step reads untrusted content (stated, or inferred). */
  boolean untrusted();

  /** True when {@link #untrusted()} was inferred ({@code RISK-INFER-TRUST}), not stated. */
  boolean trustInferred();

  /** The classes of data the step handles: its own, else the workflow's. */
  List<DataClass> data();

  /**
   * True when every path to the step passes a human approval (a human step, a step validated by a
   * person, or a decision with an approver) that runs whenever the step does.
   */
  boolean approvedBefore();

  static ImmutableStepRisk.Builder builder() {
    return ImmutableStepRisk.builder();
  }
}
