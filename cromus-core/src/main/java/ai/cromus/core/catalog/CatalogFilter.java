package ai.cromus.core.catalog;

import static org.apiguardian.api.API.Status.STABLE;

import ai.cromus.core.workflow.CapabilityTier;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * Which models and offerings of a catalog to keep. Every criterion left empty keeps everything;
 * criteria combine with AND, the values of one criterion with OR. Channel and ecosystem-tier
 * criteria narrow a model's offerings; a model left without offerings is dropped.
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutableCatalogFilter.class)
@JsonDeserialize(as = ImmutableCatalogFilter.class)
@API(status = STABLE, since = "0.1")
public interface CatalogFilter {
  /** Keeps everything. */
  CatalogFilter ALL = builder().build();

  /** Vendor ids. */
  Set<String> vendors();

  /** Channel ids. */
  Set<String> channels();

  Set<EcosystemTier> ecosystemTiers();

  Set<CapabilityTier> capabilityTiers();

  Set<ModelStatus> statuses();

  /** Only open-weights models (true) or only closed ones (false). */
  Optional<Boolean> openWeights();

  /**
   * True when the model itself (not its offerings) passes the vendor, tier, status and weights
   * criteria.
   */
  default boolean matchesModel(Model m) {
    return (vendors().isEmpty() || vendors().contains(m.vendor()))
        && (capabilityTiers().isEmpty() || capabilityTiers().contains(m.capabilityTier()))
        && (statuses().isEmpty() || statuses().contains(m.status()))
        && openWeights().map(w -> w == m.openWeights()).orElse(true);
  }

  /** True when the offering passes the channel and ecosystem-tier criteria. */
  default boolean matchesOffering(Offering o) {
    return (channels().isEmpty() || channels().contains(o.channel()))
        && (ecosystemTiers().isEmpty() || ecosystemTiers().contains(o.tier()));
  }

  static ImmutableCatalogFilter.Builder builder() {
    return ImmutableCatalogFilter.builder();
  }
}
