package ai.cromus.core.internal.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import ai.cromus.core.catalog.EcosystemTier;
import ai.cromus.core.catalog.Model;
import ai.cromus.core.catalog.ModelCatalog;
import ai.cromus.core.catalog.Offering;
import ai.cromus.core.simulation.BundledCatalog;
import ai.cromus.core.simulation.CostMode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The summary the simulator keeps of each ranking answers every question the result asks of the
 * whole ranking: its size, the pick, the two alternatives, and the matrix's first candidate per
 * ecosystem tier (the head of the ranking restricted to that tier), summed over the steps of a
 * matrix row. Seeded random rankings of the bundled catalog's offerings; the seed is in every
 * failure message.
 */
class RankingSummaryTest {
  static LongStream seeds() {
    return LongStream.rangeClosed(1, 40);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void summaryAnswersAsTheWholeRanking(long seed) {
    Random r = new Random(seed);
    List<Simulator.Priced> all = everyOffering(() -> BigDecimal.valueOf(r.nextInt(1000), 4));
    java.util.Collections.shuffle(all, r);
    List<Simulator.Priced> ranked = all.subList(0, r.nextInt(all.size()) + 1);
    List<EcosystemTier> enabled = new ArrayList<>();
    for (EcosystemTier t : EcosystemTier.values()) {
      if (r.nextInt(4) > 0) {
        enabled.add(t);
      }
    }
    String why = "seed " + seed + ", " + ranked.size() + " ranked, tiers " + enabled;
    for (CostMode mode : CostMode.values()) {
      boolean whole = r.nextBoolean();
      Simulator.Ranking summary = new Simulator.Ranking(0, ranked, whole);
      Simulator.Priced[] firsts = Simulator.Ranking.firsts(mode, ranked, enabled);
      assertEquals(ranked.size(), summary.size, why);
      assertSame(ranked.get(0), summary.pick, why);
      assertEquals(alternatives(ranked), summary.alternatives, why + ", " + mode);
      assertSame(whole ? ranked : null, summary.whole, why);
      for (EcosystemTier tier : EcosystemTier.values()) {
        List<Simulator.Priced> onTier =
            Simulator.restrict(mode, ranked, p -> p.offering.tier() == tier);
        Simulator.Priced expected =
            !enabled.contains(tier) || onTier.isEmpty() ? null : onTier.get(0);
        assertSame(expected, firsts[tier.ordinal()], why + ", " + mode + ", " + tier);
      }
    }
    Simulator.Ranking empty = new Simulator.Ranking(0, List.of(), false);
    assertNull(empty.pick, why);
    assertEquals(List.of(), empty.alternatives, why);
    assertEquals(
        Arrays.asList(new Simulator.Priced[EcosystemTier.values().length]),
        Arrays.asList(Simulator.Ranking.firsts(CostMode.BALANCED, List.of(), enabled)),
        why);
  }

  /**
   * A matrix row summed step by step equals the row taken from the whole rankings: per tier, the
   * sum of each step's head on that tier, or infeasible when some step has none there.
   */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void tierSumsAnswerAsTheWholeRankings(long seed) {
    Random r = new Random(seed);
    List<Simulator.Priced> all =
        everyOffering(() -> BigDecimal.valueOf(r.nextInt(100_000), r.nextInt(9)));
    List<EcosystemTier> enabled = List.of(EcosystemTier.values());
    for (CostMode mode : CostMode.values()) {
      Simulator.TierSums row = new Simulator.TierSums();
      List<List<Simulator.Priced>> steps = new ArrayList<>();
      int n = r.nextInt(6);
      for (int i = 0; i < n; i++) {
        java.util.Collections.shuffle(all, r);
        // small rankings, so that some steps have no candidate on some tier
        List<Simulator.Priced> ranked = new ArrayList<>(all.subList(0, r.nextInt(12)));
        steps.add(ranked);
        row.add(Simulator.Ranking.firsts(mode, ranked, enabled));
      }
      for (EcosystemTier tier : EcosystemTier.values()) {
        String why = "seed " + seed + ", " + mode + ", " + tier + ", " + n + " steps";
        BigDecimal sum = BigDecimal.ZERO;
        boolean feasible = true;
        for (List<Simulator.Priced> ranked : steps) {
          List<Simulator.Priced> onTier =
              Simulator.restrict(mode, ranked, p -> p.offering.tier() == tier);
          if (onTier.isEmpty()) {
            feasible = false;
          } else {
            sum = sum.add(onTier.get(0).cost);
          }
        }
        assertEquals(feasible, !row.missing[tier.ordinal()], why);
        if (feasible) {
          assertEquals(sum, row.sums[tier.ordinal()], why); // value and scale
        }
      }
    }
  }

  /**
   * Every offering of the bundled catalog as a candidate, in catalog order, each at the next cost.
   */
  static List<Simulator.Priced> everyOffering(java.util.function.Supplier<BigDecimal> cost) {
    ModelCatalog catalog = BundledCatalog.get();
    List<Simulator.Priced> all = new ArrayList<>();
    for (Model m : catalog.models()) {
      for (Offering o : m.offerings()) {
        Simulator.Figures f = new Simulator.Figures();
        f.cost = cost.get();
        all.add(new Simulator.Priced(m, o, all.size() + 1, f));
      }
    }
    return all;
  }

  /**
   * The alternatives told another way: the first candidate of the second and third model in ranking
   * order.
   */
  static List<Simulator.Priced> alternatives(List<Simulator.Priced> ranked) {
    Set<String> models = new LinkedHashSet<>();
    ranked.forEach(p -> models.add(p.model.id()));
    List<Simulator.Priced> alts = new ArrayList<>();
    models.stream()
        .skip(1)
        .limit(2)
        .forEach(
            id ->
                alts.add(
                    ranked.stream()
                        .filter(p -> p.model.id().equals(id))
                        .findFirst()
                        .orElseThrow()));
    return alts;
  }
}
