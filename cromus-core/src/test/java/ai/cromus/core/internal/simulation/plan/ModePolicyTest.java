package ai.cromus.core.internal.simulation.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.cromus.core.catalog.ModelCatalog;
import ai.cromus.core.internal.simulation.SimulationContext;
import ai.cromus.core.internal.simulation.pricing.CandidatePricing;
import ai.cromus.core.internal.simulation.pricing.Offer;
import ai.cromus.core.internal.simulation.pricing.StepDemand;
import ai.cromus.core.internal.simulation.pricing.StepFit;
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
 * The mode policies rank as the orders of docs/simulation.md §3 say, each written out here as one
 * comparator with its tie-breaks: cheapest (cost, ecosystem-tier preference, catalog order);
 * quality (capability tier, quality, then cheapest); balanced and open_source (the lowest
 * capability tier first, then quality per dollar, then cheapest). Seeded random steps on the
 * bundled catalog; the seed is in every failure message.
 */
class ModePolicyTest {
  static LongStream seeds() {
    return LongStream.rangeClosed(1, 60);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void rankingsFollowTheDocumentedOrders(long seed) {
    Random r = new Random(seed);
    ModelCatalog catalog = BundledCatalog.get();
    Step step = step(r);
    Workflow wf =
        Workflow.builder().name("w").addSteps(step).runsPerDay(1 + r.nextInt(5_000)).build();
    SimulationContext context = SimulationContext.of(wf, Scope.defaults(), catalog, catalog.asOf());
    CandidatePricing pricing = new CandidatePricing(context.failureRates(), context.runsPerMonth());
    CapabilityTier need = context.tierOf(step);
    StepDemand demand = StepDemand.of(step, need, context.failureRates());
    Comparator<Candidate> cheapest =
        Comparator.comparing(Candidate::cost)
            .thenComparingInt(c -> context.filter().tierRank(c.ecosystemTier()))
            .thenComparingInt(c -> c.offer().order());
    Comparator<Candidate> perDollar =
        (a, b) -> {
          int c = b.quality().multiply(a.cost()).compareTo(a.quality().multiply(b.cost()));
          return c != 0 ? c : cheapest.compare(a, b);
        };
    Comparator<Candidate> strongest =
        Comparator.comparing(Candidate::capabilityTier)
            .reversed()
            .thenComparing(Candidate::quality, Comparator.reverseOrder())
            .thenComparing(cheapest);
    ModePolicy policy = new ModePolicy(context.filter());
    for (boolean batch : new boolean[] {false, true}) {
      List<Candidate> all = new ArrayList<>();
      for (Offer o : context.allowed()) {
        if (StepFit.fits(step, o.model(), o.offering())) {
          all.add(new Candidate(o, batch, List.of(), pricing.cost(demand, o, batch, List.of())));
        }
      }
      java.util.Collections.shuffle(all, r);
      for (CostMode mode : CostMode.values()) {
        List<Candidate> ok =
            all.stream()
                .filter(
                    c ->
                        c.capabilityTier().isAtLeast(need)
                            && (mode != CostMode.OPEN_SOURCE || c.model().openWeights()))
                .collect(Collectors.toList());
        List<Candidate> expected = new ArrayList<>(ok);
        switch (mode) {
          case ECO, COST -> expected.sort(cheapest);
          case QUALITY -> expected.sort(strongest);
          default -> {
            if (!ok.isEmpty()) {
              CapabilityTier lowest =
                  ok.stream().map(Candidate::capabilityTier).min(Comparator.naturalOrder()).get();
              expected =
                  ok.stream()
                      .filter(c -> c.capabilityTier() == lowest)
                      .sorted(perDollar)
                      .collect(Collectors.toList());
              expected.addAll(
                  ok.stream()
                      .filter(c -> c.capabilityTier() != lowest)
                      .sorted(perDollar)
                      .collect(Collectors.toList()));
            }
          }
        }
        assertEquals(
            names(expected),
            names(ModePolicy.rank(mode, need, policy.cheapestFirst(all))),
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

  static List<String> names(List<Candidate> list) {
    return list.stream()
        .map(
            c ->
                c.model().id()
                    + "@"
                    + c.offer().offering().channel()
                    + "="
                    + c.cost().toPlainString())
        .collect(Collectors.toList());
  }
}
