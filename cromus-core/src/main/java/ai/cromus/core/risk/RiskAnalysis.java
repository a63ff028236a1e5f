package ai.cromus.core.risk;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * The risk of a workflow before it runs: a level for the workflow (the highest of its findings),
 * one {@link StepRisk} per step, and the findings, each with the path of steps that leads to it.
 *
 * <pre>{@code
 * RiskAnalysis risk = Cromus.compile(source, scope).risk();
 * risk.level();                                  // NONE, LOW, MEDIUM, HIGH or CRITICAL
 * risk.findings(RiskLevel.HIGH);                 // the findings at high or above
 * }</pre>
 */
@Value.Immutable
@JsonPropertyOrder({"level", "maximum", "steps", "findings"})
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutableRiskAnalysis.class)
@JsonDeserialize(as = ImmutableRiskAnalysis.class)
@API(status = EXPERIMENTAL, since = "0.1")
public interface RiskAnalysis {
  /** The highest level of the findings; none without any. */
  RiskLevel level();

  /**
   * The scope's {@code thresholds.risk_max}, when it sets one: a level above it fails the verdict
   * ({@code THRESHOLD-RISK-MAX}).
   */
  Optional<RiskLevel> maximum();

  /** One entry per step, in step order. */
  List<StepRisk> steps();

  /** Every finding, highest level first, then in step order. */
  List<RiskFinding> findings();

  /** The findings at {@code level} or above, in {@link #findings()} order. */
  default List<RiskFinding> findings(RiskLevel level) {
    return findings().stream().filter(f -> !level.isAbove(f.level())).collect(Collectors.toList());
  }

  /** The entry of the step with this id. */
  default Optional<StepRisk> step(String id) {
    return steps().stream().filter(s -> s.step().equals(id)).findFirst();
  }

  static ImmutableRiskAnalysis.Builder builder() {
    return ImmutableRiskAnalysis.builder();
  }
}
