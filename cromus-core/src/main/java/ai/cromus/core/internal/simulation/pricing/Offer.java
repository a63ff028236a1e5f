package ai.cromus.core.internal.simulation.pricing;

import ai.cromus.core.catalog.BuiltinTool;
import ai.cromus.core.catalog.Channel;
import ai.cromus.core.catalog.Model;
import ai.cromus.core.catalog.ModelCatalog;
import ai.cromus.core.catalog.Offering;
import ai.cromus.core.catalog.Pricing;
import ai.cromus.core.catalog.QualityIndex;
import ai.cromus.core.catalog.Vendor;
import ai.cromus.core.internal.simulation.Rates;
import ai.cromus.core.workflow.CapabilityTier;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A model on one channel, with what pricing it for any step needs: its vendor (the batch rule), the
 * regional uplift the scope causes, its ranking quality and its rates below the long-context
 * threshold (they do not depend on the step).
 *
 * @param order the offering's 1-based position in the catalog (the last tie-break of rankings); 0
 *     for an offering priced outside a ranking (a declared or pinned model)
 * @param pricing the offering's prices; empty when it has none (self-hosted)
 * @param interactive the rates below the long-context threshold at interactive prices
 * @param batch the same at batch prices (the interactive ones when the vendor has no batch rule)
 * @param builtinTools the tools the offering's channel runs for a fee per call
 */
public record Offer(
    Model model,
    Offering offering,
    int order,
    Optional<Vendor> vendor,
    Optional<BigDecimal> uplift,
    BigDecimal quality,
    Optional<Pricing> pricing,
    Optional<Rates> interactive,
    Optional<Rates> batch,
    List<BuiltinTool> builtinTools) {

  /** Quality used for ranking when the catalog has no quality index for a model. */
  public static final Map<CapabilityTier, BigDecimal> TIER_QUALITY =
      Map.of(
          CapabilityTier.LIGHTWEIGHT, new BigDecimal("30"),
          CapabilityTier.BALANCED, new BigDecimal("45"),
          CapabilityTier.FRONTIER, new BigDecimal("55"),
          CapabilityTier.MYTHOS, new BigDecimal("65"));

  /** The offer of {@code offering}, with {@code uplift} on every rate. */
  public static Offer of(
      ModelCatalog catalog,
      Model model,
      Offering offering,
      int order,
      Optional<BigDecimal> uplift) {
    Optional<Vendor> vendor = catalog.vendor(model.vendor());
    Optional<Pricing> pricing = offering.pricing();
    return new Offer(
        model,
        offering,
        order,
        vendor,
        uplift,
        qualityOf(model),
        pricing,
        pricing.map(p -> Rates.of(p, vendor, 0, false, uplift)),
        pricing.map(p -> Rates.of(p, vendor, 0, true, uplift)),
        catalog.channel(offering.channel()).map(Channel::builtinTools).orElse(List.of()));
  }

  /** Ranking quality: the model's quality index, else its capability tier's default. */
  public static BigDecimal qualityOf(Model m) {
    return m.quality().map(QualityIndex::index).orElse(TIER_QUALITY.get(m.capabilityTier()));
  }

  /** The same offer with another regional uplift. */
  Offer withUplift(Optional<BigDecimal> otherUplift) {
    return otherUplift.equals(uplift)
        ? this
        : new Offer(
            model,
            offering,
            order,
            vendor,
            otherUplift,
            quality,
            pricing,
            pricing.map(p -> Rates.of(p, vendor, 0, false, otherUplift)),
            pricing.map(p -> Rates.of(p, vendor, 0, true, otherUplift)),
            builtinTools);
  }

  /** The fee per call of built-in tool {@code id} on the offering's channel, if it prices one. */
  public Optional<BigDecimal> builtinToolFee(String id) {
    return builtinTools.stream()
        .filter(t -> t.id().equals(id))
        .map(BuiltinTool::usdPerCall)
        .findFirst();
  }

  /**
   * The rates of a request of {@code promptTokens} tokens; empty for an offering without prices.
   * Above the offering's long-context threshold the whole request is billed at the long-context
   * rates.
   */
  public Optional<Rates> rates(long promptTokens, boolean wantBatch) {
    if (pricing.isEmpty()) {
      return Optional.empty();
    }
    Pricing p = pricing.get();
    if (p.longContext().isPresent() && promptTokens > p.longContext().get().thresholdTokens()) {
      return Optional.of(Rates.of(p, vendor, promptTokens, wantBatch, uplift));
    }
    return wantBatch ? batch : interactive;
  }
}
