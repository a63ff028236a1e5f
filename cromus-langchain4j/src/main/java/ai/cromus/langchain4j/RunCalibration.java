package ai.cromus.langchain4j;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import ai.cromus.core.money.Money;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/** One observed run against the predicted cost per run. */
@Value.Immutable
@JsonSerialize(as = ImmutableRunCalibration.class)
@JsonDeserialize(as = ImmutableRunCalibration.class)
@API(status = EXPERIMENTAL, since = "0.1")
public interface RunCalibration {
  String run();

  int calls();

  long inputTokens();

  long outputTokens();

  Money predicted();

  /** The exact spend of the run (priced calls). */
  Money actual();

  /** Calls that could not be priced. */
  long unpricedCalls();

  /** Actual divided by predicted; empty when nothing was predicted. */
  Optional<BigDecimal> ratio();

  static ImmutableRunCalibration.Builder builder() {
    return ImmutableRunCalibration.builder();
  }
}
