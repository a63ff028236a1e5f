package ai.cromus.core.catalog;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/** A public quality score used to rank models in Quality mode, with its source. */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutableQualityIndex.class)
@JsonDeserialize(as = ImmutableQualityIndex.class)
@API(status = STABLE, since = "0.1")
public interface QualityIndex {
  /** 0 to 100; higher is better. */
  BigDecimal index();

  /** Where the figure comes from. */
  String source();

  static ImmutableQualityIndex.Builder builder() {
    return ImmutableQualityIndex.builder();
  }
}
