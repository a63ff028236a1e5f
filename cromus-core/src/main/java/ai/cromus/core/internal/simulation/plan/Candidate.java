package ai.cromus.core.internal.simulation.plan;

import ai.cromus.core.catalog.EcosystemTier;
import ai.cromus.core.catalog.Model;
import ai.cromus.core.internal.simulation.pricing.Fallback;
import ai.cromus.core.internal.simulation.pricing.Offer;
import ai.cromus.core.workflow.CapabilityTier;
import java.math.BigDecimal;
import java.util.List;

/**
 * An offer priced for one model step: what the mode policies rank.
 *
 * @param batch true when priced at batch prices
 * @param fallbacks the step's fallbacks the offer is priced with
 * @param cost the cost of a run of the step at the expected sizes, exact
 * @param high the cost of a run at the high end of the step's size ranges ({@code cost} when every
 *     size is a point): what the budget step-down judges under {@code budget_basis: high}
 */
public record Candidate(
    Offer offer, boolean batch, List<Fallback> fallbacks, BigDecimal cost, BigDecimal high) {
  /** A candidate whose sizes are points: its high cost is its cost. */
  public Candidate(Offer offer, boolean batch, List<Fallback> fallbacks, BigDecimal cost) {
    this(offer, batch, fallbacks, cost, cost);
  }

  public Model model() {
    return offer.model();
  }

  /** The model's capability tier. */
  public CapabilityTier capabilityTier() {
    return offer.model().capabilityTier();
  }

  /** The channel's ecosystem tier. */
  public EcosystemTier ecosystemTier() {
    return offer.offering().tier();
  }

  /** The model's ranking quality. */
  public BigDecimal quality() {
    return offer.quality();
  }
}
