package ai.cromus.core.risk;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/** One risk: its rule, its level, the steps that lead to it in order, and the fix. */
@Value.Immutable
@JsonPropertyOrder({"rule", "level", "step", "path", "field", "message", "fix"})
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutableRiskFinding.class)
@JsonDeserialize(as = ImmutableRiskFinding.class)
@API(status = EXPERIMENTAL, since = "0.1")
public interface RiskFinding {
  /** The id of a {@link RiskRule}, e.g. {@code RISK-PROMPT-INJECTION}. */
  String rule();

  RiskLevel level();

  /** The step the finding is about, where its fix goes; empty for the workflow as a whole. */
  Optional<String> step();

  /** The steps that lead to it, in the order they run (ending with {@link #step()}). */
  List<String> path();

  /**
   * The ETHOS profile field or scope key the finding checks, e.g. {@code prohibited_actions:
   * bypass_approval_gates} or {@code data_rules.phi.channels}.
   */
  Optional<String> field();

  /** What is at risk. */
  String message();

  /** What removes the risk. */
  String fix();

  static ImmutableRiskFinding.Builder builder() {
    return ImmutableRiskFinding.builder();
  }
}
