package ai.cromus.core.catalog;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/** A model vendor and its vendor-wide pricing rules. */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutableVendor.class)
@JsonDeserialize(as = ImmutableVendor.class)
@API(status = STABLE, since = "0.1")
public interface Vendor {
  String id();

  String name();

  /** Fraction of the standard price paid in the vendor's batch API, e.g. 0.5. */
  Optional<BigDecimal> batchDiscount();

  /** True when the vendor's reported input tokens already include cached tokens. */
  @Value.Default
  default boolean cachedInputIncludedInInput() {
    return false;
  }

  static ImmutableVendor.Builder builder() {
    return ImmutableVendor.builder();
  }
}
