package ai.cromus.core.internal.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.cromus.core.catalog.ModelCatalog;
import ai.cromus.core.internal.scope.ScopeFilter;
import ai.cromus.core.scope.Scope;
import ai.cromus.core.simulation.BundledCatalog;
import ai.cromus.core.simulation.CostMode;
import ai.cromus.core.workflow.CachePrefix;
import ai.cromus.core.workflow.CapabilityTier;
import ai.cromus.core.workflow.ImmutableStep;
import ai.cromus.core.workflow.ReasoningEffort;
import ai.cromus.core.workflow.Step;
import ai.cromus.core.workflow.StepKind;
import ai.cromus.core.workflow.TokenCount;
import ai.cromus.core.workflow.Workflow;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The simulator's rankings (one exact cheapest-first sort per step, cost ranks as the tie-break of
 * the later sorts, doubles that decide only clear comparisons, shortcuts for one model's offerings)
 * equal sorting the candidates with the plain exact orders of docs/simulation.md. Seeded random
 * steps on the bundled catalog; the seed is in every failure message.
 */
class RankingOrderTest {
  static LongStream seeds() {
    return LongStream.rangeClosed(1, 60);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void rankingsEqualThePlainExactOrders(long seed) {
    Random r = new Random(seed);
    ModelCatalog catalog = BundledCatalog.get();
    Step step = step(r);
    Workflow wf =
        Workflow.builder().name("w").addSteps(step).runsPerDay(1 + r.nextInt(5_000)).build();
    Scope scope = Scope.defaults();
    Simulator sim = Simulator.unstarted(wf, scope, catalog, catalog.asOf());
    ScopeFilter filter = new ScopeFilter(scope, catalog);
    Comparator<Simulator.Priced> cheapest =
        Comparator.comparing((Simulator.Priced p) -> p.cost)
            .thenComparingInt(p -> filter.tierRank(p.offering.tier()))
            .thenComparingInt(p -> p.order);
    Comparator<Simulator.Priced> perDollar =
        (a, b) -> {
          int c = b.quality.multiply(a.cost).compareTo(a.quality.multiply(b.cost));
          return c != 0 ? c : cheapest.compare(a, b);
        };
    Comparator<Simulator.Priced> strongest =
        Comparator.comparing((Simulator.Priced p) -> p.model.capabilityTier())
            .reversed()
            .thenComparing(p -> p.quality, Comparator.reverseOrder())
            .thenComparing(cheapest);
    CapabilityTier need = sim.tierOf(step);
    for (boolean batch : new boolean[] {false, true}) {
      List<Simulator.Priced> all = sim.candidates(step, batch, List.of());
      List<Simulator.Priced> ranked = sim.byCost(all);
      for (CostMode mode : CostMode.values()) {
        List<Simulator.Priced> ok =
            all.stream()
                .filter(
                    p ->
                        p.model.capabilityTier().isAtLeast(need)
                            && (mode != CostMode.OPEN_SOURCE || p.model.openWeights()))
                .collect(Collectors.toList());
        List<Simulator.Priced> expected = new ArrayList<>(ok);
        switch (mode) {
          case ECO:
          case COST:
            expected.sort(cheapest);
            break;
          case QUALITY:
            expected.sort(strongest);
            break;
          default:
            if (!ok.isEmpty()) {
              CapabilityTier lowest =
                  ok.stream()
                      .map(p -> p.model.capabilityTier())
                      .min(Comparator.naturalOrder())
                      .get();
              List<Simulator.Priced> same =
                  ok.stream()
                      .filter(p -> p.model.capabilityTier() == lowest)
                      .sorted(perDollar)
                      .collect(Collectors.toList());
              same.addAll(
                  ok.stream()
                      .filter(p -> p.model.capabilityTier() != lowest)
                      .sorted(perDollar)
                      .collect(Collectors.toList()));
              expected = same;
            }
        }
        assertEquals(
            names(expected),
            names(sim.rank(step, mode, ranked)),
            "seed " + seed + ", " + mode + ", batch " + batch + ", step " + step);
      }
    }
  }

  static Step step(Random r) {
    ImmutableStep.Builder b =
        Step.builder()
            .id("s")
            .title("Classify the ticket")
            .kind(StepKind.LLM)
            .inputTokens(
                TokenCount.declared(r.nextInt(4) == 0 ? r.nextInt(400_000) : 1 + r.nextInt(5_000)))
            .outputTokens(TokenCount.declared(r.nextInt(3) == 0 ? 0 : 1 + r.nextInt(3_000)))
            .batchAllowed(r.nextBoolean())
            .structuredOutput(r.nextBoolean());
    if (r.nextBoolean()) {
      b.tier(CapabilityTier.values()[r.nextInt(CapabilityTier.values().length)]);
    }
    if (r.nextBoolean()) {
      b.retries(r.nextInt(4));
    }
    if (r.nextInt(3) == 0) {
      b.reasoning(ReasoningEffort.values()[r.nextInt(ReasoningEffort.values().length)]);
    }
    if (r.nextInt(3) == 0) {
      b.cache(CachePrefix.of("prefix", TokenCount.declared(r.nextInt(20_000))));
    }
    if (r.nextInt(4) == 0) {
      b.loopBound(1 + r.nextInt(5));
    }
    return b.build();
  }

  static List<String> names(List<Simulator.Priced> list) {
    return list.stream()
        .map(p -> p.model.id() + "@" + p.offering.channel() + "=" + p.cost.toPlainString())
        .collect(Collectors.toList());
  }
}
