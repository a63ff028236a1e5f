package ai.cromus.core.internal.simulation.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.cromus.core.catalog.EcosystemTier;
import ai.cromus.core.catalog.Model;
import ai.cromus.core.catalog.ModelCatalog;
import ai.cromus.core.catalog.Offering;
import ai.cromus.core.internal.simulation.pricing.Offer;
import ai.cromus.core.simulation.BundledCatalog;
import ai.cromus.core.simulation.CostMode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The summary of a ranking answers what the later stages ask of the whole ranking: its size, the
 * pick, the two alternatives (the first candidates of the second and third model), and the first
 * candidate on each enabled ecosystem tier (the head of {@link ModePolicy#onTier}). Seeded random
 * rankings of the bundled catalog's offerings; the seed is in every failure message.
 */
class StepRankingTest {
  static LongStream seeds() {
    return LongStream.rangeClosed(1, 40);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void summaryAnswersAsTheWholeRanking(long seed) {
    Random r = new Random(seed);
    List<Candidate> all = everyOffering(() -> BigDecimal.valueOf(r.nextInt(1000), 4));
    java.util.Collections.shuffle(all, r);
    List<Candidate> ranked = all.subList(0, r.nextInt(all.size()) + 1);
    List<EcosystemTier> enabled = new ArrayList<>();
    for (EcosystemTier t : EcosystemTier.values()) {
      if (r.nextInt(4) > 0) {
        enabled.add(t);
      }
    }
    String why = "seed " + seed + ", " + ranked.size() + " ranked, tiers " + enabled;
    for (CostMode mode : CostMode.values()) {
      boolean whole = r.nextBoolean();
      StepRanking summary = StepRanking.of(mode, ranked, enabled, whole);
      assertEquals(ranked.size(), summary.size(), why);
      assertEquals(Optional.of(ranked.get(0)), summary.pick(), why);
      assertEquals(alternatives(ranked), summary.alternatives(), why + ", " + mode);
      assertEquals(whole ? ranked : List.of(), summary.whole(), why);
      for (EcosystemTier tier : EcosystemTier.values()) {
        List<Candidate> onTier = ModePolicy.onTier(mode, ranked, tier);
        Candidate expected = !enabled.contains(tier) || onTier.isEmpty() ? null : onTier.get(0);
        assertEquals(expected, summary.firstOnTier().get(tier), why + ", " + mode + ", " + tier);
      }
    }
    StepRanking empty = StepRanking.of(CostMode.BALANCED, List.of(), enabled, false);
    assertEquals(Optional.empty(), empty.pick(), why);
    assertEquals(List.of(), empty.alternatives(), why);
    assertEquals(0, empty.firstOnTier().size(), why);
  }

  /**
   * Every offering of the bundled catalog as a candidate, in catalog order, each at the next cost.
   */
  static List<Candidate> everyOffering(java.util.function.Supplier<BigDecimal> cost) {
    ModelCatalog catalog = BundledCatalog.get();
    List<Candidate> all = new ArrayList<>();
    for (Model m : catalog.models()) {
      for (Offering o : m.offerings()) {
        Offer offer = Offer.of(catalog, m, o, all.size() + 1, Optional.empty());
        all.add(new Candidate(offer, false, List.of(), cost.get()));
      }
    }
    return all;
  }

  /** The alternatives told another way: the first candidate of the second and third model. */
  static List<Candidate> alternatives(List<Candidate> ranked) {
    Set<String> models = new LinkedHashSet<>();
    ranked.forEach(c -> models.add(c.model().id()));
    List<Candidate> alts = new ArrayList<>();
    models.stream()
        .skip(1)
        .limit(2)
        .forEach(
            id ->
                alts.add(
                    ranked.stream()
                        .filter(c -> c.model().id().equals(id))
                        .findFirst()
                        .orElseThrow()));
    return alts;
  }
}
