package ai.cromus.core.internal.simulation.plan;

import ai.cromus.core.catalog.EcosystemTier;
import ai.cromus.core.internal.scope.ScopeFilter;
import ai.cromus.core.simulation.CostMode;
import ai.cromus.core.workflow.CapabilityTier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The policy of each cost-quality mode: which candidates of a step qualify, and in which order.
 * Every mode keeps the candidates whose model meets the step's capability tier (open_source: only
 * open-weights models). Then:
 *
 * <ul>
 *   <li>eco and cost: cheapest first (eco ranks batch prices where the step allows batch);
 *   <li>quality: the strongest first, by capability tier, then quality;
 *   <li>balanced and open_source: the lowest capability tier that has a candidate first, then the
 *       higher tiers; within each part the best quality per dollar first.
 * </ul>
 *
 * Every order breaks ties cheapest first, and "cheapest" breaks its own ties by the scope's
 * ecosystem-tier preference, then catalog order: so every ranking is a total order and the same
 * input always gives the same plan.
 */
public final class ModePolicy {
  private final Comparator<Candidate> cheapest;

  public ModePolicy(ScopeFilter filter) {
    this.cheapest =
        Comparator.comparing(Candidate::cost)
            .thenComparingInt(c -> filter.tierRank(c.ecosystemTier()))
            .thenComparingInt(c -> c.offer().order());
  }

  /** The candidates cheapest first. */
  public List<Candidate> cheapestFirst(List<Candidate> candidates) {
    List<Candidate> sorted = new ArrayList<>(candidates);
    sorted.sort(cheapest);
    return sorted;
  }

  /**
   * Ranks the candidates of a step that needs {@code need} under {@code mode}, best first; empty
   * when none qualifies. {@code cheapestFirst} is in {@link #cheapestFirst} order: the later sorts
   * are stable, so their ties stay cheapest first.
   */
  public static List<Candidate> rank(
      CostMode mode, CapabilityTier need, List<Candidate> cheapestFirst) {
    List<Candidate> ok = new ArrayList<>(cheapestFirst.size());
    for (Candidate c : cheapestFirst) {
      if (c.capabilityTier().isAtLeast(need)
          && (mode != CostMode.OPEN_SOURCE || c.model().openWeights())) {
        ok.add(c);
      }
    }
    return switch (mode) {
      case ECO, COST -> ok;
      case QUALITY -> {
        ok.sort(STRONGEST);
        yield ok;
      }
      default -> lowestTierFirst(ok, QUALITY_PER_DOLLAR);
    };
  }

  /** The strongest first: by capability tier, then by quality. */
  static final Comparator<Candidate> STRONGEST =
      Comparator.comparing(Candidate::capabilityTier).thenComparing(Candidate::quality).reversed();

  /** The best quality per dollar first: q1/c1 > q2/c2 ⇔ q1·c2 > q2·c1, exact (free ones first). */
  static final Comparator<Candidate> QUALITY_PER_DOLLAR =
      (a, b) -> b.quality().multiply(a.cost()).compareTo(a.quality().multiply(b.cost()));

  /**
   * The candidates of the lowest capability tier among them, then the others; each part sorted by
   * {@code order} (stable), or kept in its order when {@code order} is null.
   */
  private static List<Candidate> lowestTierFirst(List<Candidate> ok, Comparator<Candidate> order) {
    Optional<CapabilityTier> lowest =
        ok.stream().map(Candidate::capabilityTier).min(Comparator.naturalOrder());
    List<Candidate> same = new ArrayList<>(ok.size());
    List<Candidate> rest = new ArrayList<>(ok.size());
    for (Candidate c : ok) {
      (lowest.get() == c.capabilityTier() ? same : rest).add(c);
    }
    if (order != null) {
      same.sort(order);
      rest.sort(order);
    }
    same.addAll(rest);
    return same;
  }

  /**
   * The ranking of the candidates on one ecosystem tier, from the ranking of all: filtering keeps
   * the order; for balanced and open_source the lowest capability tier left goes first, each part
   * keeping its order. The same list {@link #rank} gives for those candidates alone.
   */
  public static List<Candidate> onTier(CostMode mode, List<Candidate> ranked, EcosystemTier tier) {
    List<Candidate> kept = new ArrayList<>(ranked.size());
    for (Candidate c : ranked) {
      if (c.ecosystemTier() == tier) {
        kept.add(c);
      }
    }
    if ((mode != CostMode.BALANCED && mode != CostMode.OPEN_SOURCE) || kept.isEmpty()) {
      return kept;
    }
    return lowestTierFirst(kept, null);
  }

  /** The first candidate of {@link #onTier}, without building the list; empty when none. */
  public static Optional<Candidate> firstOnTier(
      CostMode mode, List<Candidate> ranked, EcosystemTier tier) {
    boolean lowestFirst = mode == CostMode.BALANCED || mode == CostMode.OPEN_SOURCE;
    Candidate first = null;
    for (Candidate c : ranked) {
      if (c.ecosystemTier() != tier) {
        continue;
      }
      if (!lowestFirst) {
        return Optional.of(c);
      }
      if (first == null || c.capabilityTier().compareTo(first.capabilityTier()) < 0) {
        first = c;
      }
    }
    return Optional.ofNullable(first);
  }
}
