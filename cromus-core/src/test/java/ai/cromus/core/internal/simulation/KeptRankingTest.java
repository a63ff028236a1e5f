package ai.cromus.core.internal.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import ai.cromus.core.catalog.EcosystemTier;
import ai.cromus.core.catalog.Model;
import ai.cromus.core.catalog.ModelCatalog;
import ai.cromus.core.catalog.Offering;
import ai.cromus.core.simulation.BundledCatalog;
import ai.cromus.core.simulation.CostMode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What the simulator keeps of a ranking answers every question the result asks of the whole
 * ranking: the pick, the two alternatives, and the matrix's first candidate per ecosystem tier
 * under every mode. Seeded random rankings of the bundled catalog's offerings.
 */
class KeptRankingTest {
  static LongStream seeds() {
    return LongStream.rangeClosed(1, 40);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void keptAnswersAsTheWholeRanking(long seed) {
    Random r = new Random(seed);
    ModelCatalog catalog = BundledCatalog.get();
    List<Simulator.Priced> all = new ArrayList<>();
    for (Model m : catalog.models()) {
      for (Offering o : m.offerings()) {
        Simulator.Figures f = new Simulator.Figures();
        f.cost = BigDecimal.valueOf(r.nextInt(1000), 4);
        all.add(new Simulator.Priced(m, o, all.size() + 1, f));
      }
    }
    java.util.Collections.shuffle(all, r);
    List<Simulator.Priced> ranked = all.subList(0, r.nextInt(all.size()) + 1);
    List<Simulator.Priced> kept = Simulator.kept(ranked);
    String why = "seed " + seed + ", " + ranked.size() + " ranked, " + kept.size() + " kept";
    assertSame(ranked.get(0), kept.get(0), why);
    assertEquals(alternatives(ranked), alternatives(kept), why);
    for (CostMode mode : CostMode.values()) {
      for (EcosystemTier tier : EcosystemTier.values()) {
        assertSame(Simulator.firstOnTier(mode, ranked, tier), Simulator.firstOnTier(mode, kept, tier),
            why + ", " + mode + ", " + tier);
      }
    }
  }

  /** The alternatives as Simulator.recommendations picks them: two more models after the pick. */
  static List<Simulator.Priced> alternatives(List<Simulator.Priced> ranked) {
    List<Simulator.Priced> alts = new ArrayList<>();
    Set<String> models = new HashSet<>();
    models.add(ranked.get(0).model.id());
    for (Simulator.Priced p : ranked) {
      if (alts.size() == 2) {
        break;
      }
      if (models.add(p.model.id())) {
        alts.add(p);
      }
    }
    return alts;
  }
}
