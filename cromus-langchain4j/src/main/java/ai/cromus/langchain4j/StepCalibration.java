package ai.cromus.langchain4j;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import ai.cromus.core.money.Money;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * One step, predicted against actual, per run: the prediction is the declared plan's (calls, tokens
 * over every call, cost); the actual is the mean over the observed runs. Ratios are actual divided
 * by predicted (empty when nothing was predicted).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableStepCalibration.class)
@JsonDeserialize(as = ImmutableStepCalibration.class)
@API(status = EXPERIMENTAL, since = "0.1")
public interface StepCalibration {
  /** The step id; {@code (other)} for calls no step of the prediction claims. */
  String stepId();

  /** The agent name the step was read from. */
  Optional<String> agent();

  /** The model the plan priced. */
  Optional<String> model();

  BigDecimal predictedCalls();

  BigDecimal actualCalls();

  BigDecimal predictedInputTokens();

  BigDecimal actualInputTokens();

  BigDecimal predictedOutputTokens();

  BigDecimal actualOutputTokens();

  Money predictedCost();

  Money actualCost();

  Optional<BigDecimal> inputRatio();

  Optional<BigDecimal> outputRatio();

  Optional<BigDecimal> costRatio();

  static ImmutableStepCalibration.Builder builder() {
    return ImmutableStepCalibration.builder();
  }
}
