package ai.cromus.core.croms;

import static org.apiguardian.api.API.Status.STABLE;

import ai.cromus.core.money.Money;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * Croms: preventable waste, from 0 (none) upwards, by dimension, with an ethics multiplier and
 * findings.
 */
@Value.Immutable
@JsonPropertyOrder({
  "total",
  "label",
  "ethicsMultiplier",
  "dimensions",
  "wasteUsdPerMonth",
  "findings"
})
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutableCroms.class)
@JsonDeserialize(as = ImmutableCroms.class)
@API(status = STABLE, since = "0.1")
public interface Croms {
  /** {@code ethicsMultiplier × Σ weight × dimension score}. */
  BigDecimal total();

  CromsLabel label();

  /** 1 to 2: how far the ETHOS profile is missing or at odds with the domain. */
  BigDecimal ethicsMultiplier();

  /** Score of each dimension, 0 to 100, in {@link CromsDimension} order. */
  Map<CromsDimension, BigDecimal> dimensions();

  List<CromsFinding> findings();

  /** The dollar value of preventable waste a month: the sum of the findings' savings. */
  Money wasteUsdPerMonth();

  static ImmutableCroms.Builder builder() {
    return ImmutableCroms.builder();
  }
}
