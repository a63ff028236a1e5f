package ai.cromus.core.internal.simulation.pricing;

import ai.cromus.core.catalog.Model;
import ai.cromus.core.catalog.ModelCatalog;
import ai.cromus.core.catalog.Offering;
import ai.cromus.core.catalog.Pricing;
import ai.cromus.core.internal.catalog.IndexedCatalog;
import ai.cromus.core.internal.scope.ScopeFilter;
import ai.cromus.core.workflow.Step;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The offers a simulation can choose from, and the offering of a model a step is priced on. */
public final class Offers {
  private Offers() {}

  /**
   * Every priced offering the scope allows, in catalog order, with the regional uplift when the
   * scope requires a region.
   */
  public static List<Offer> allowed(ModelCatalog catalog, ScopeFilter filter) {
    boolean regionPinned = filter.requiredRegion().isPresent();
    List<Offer> out = new ArrayList<>();
    for (Offer o : IndexedCatalog.derived(catalog, Offers.class, Offers::priced)) {
      if (filter.allows(o.model(), o.offering())) {
        out.add(regionPinned ? o.withUplift(uplift(o.offering(), filter)) : o);
      }
    }
    return List.copyOf(out);
  }

  /** Every priced offering of a catalog, without uplift: derived once per catalog. */
  private static List<Offer> priced(ModelCatalog catalog) {
    List<Offer> out = new ArrayList<>();
    int order = 0;
    for (Model m : catalog.models()) {
      for (Offering o : m.offerings()) {
        order++;
        if (o.pricing().isPresent()) {
          out.add(Offer.of(catalog, m, o, order, Optional.empty()));
        }
      }
    }
    return List.copyOf(out);
  }

  /**
   * The offer of a model the workflow or a configuration names, outside any ranking: with the
   * uplift of the scope's region, priced or not.
   */
  public static Offer named(ModelCatalog catalog, ScopeFilter filter, Model m, Offering o) {
    return Offer.of(catalog, m, o, 0, uplift(o, filter));
  }

  /** The regional uplift of an offering when the scope requires a region. */
  public static Optional<BigDecimal> uplift(Offering o, ScopeFilter filter) {
    if (filter.requiredRegion().isEmpty()) {
      return Optional.empty();
    }
    return o.pricing().flatMap(Pricing::regionalUplift);
  }

  /**
   * The cheapest priced offering of a model for a step, by list prices of the step's sizes; the
   * scope's ecosystem-tier preference breaks ties. Offerings the scope allows come first; with
   * {@code allowedOnly}, only they count.
   */
  public static Optional<Offering> cheapest(
      Step s, Model m, ScopeFilter filter, boolean allowedOnly) {
    BigDecimal in = BigDecimal.valueOf(Math.max(1, s.inputTokens().tokens()));
    BigDecimal out = BigDecimal.valueOf(Math.max(1, s.outputTokens().tokens()));
    Comparator<Offering> byPrice =
        Comparator.comparing(
                (Offering o) ->
                    o.pricing()
                        .get()
                        .input()
                        .multiply(in)
                        .add(o.pricing().get().output().multiply(out)))
            .thenComparingInt(o -> filter.tierRank(o.tier()));
    Optional<Offering> allowed =
        m.offerings().stream()
            .filter(o -> o.pricing().isPresent() && filter.allows(m, o))
            .min(byPrice);
    if (allowed.isPresent() || allowedOnly) {
      return allowed;
    }
    return m.offerings().stream().filter(o -> o.pricing().isPresent()).min(byPrice);
  }
}
