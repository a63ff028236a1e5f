package ai.cromus.core.simulation;

import static ai.cromus.core.simulation.Fixtures.cache;
import static ai.cromus.core.simulation.Fixtures.llm;
import static ai.cromus.core.simulation.Fixtures.simulate;
import static ai.cromus.core.simulation.Fixtures.workflow;
import static ai.cromus.core.simulation.TestCatalog.d;
import static org.assertj.core.api.Assertions.assertThat;

import ai.cromus.core.CompileResult;
import ai.cromus.core.catalog.Pricing;
import ai.cromus.core.internal.simulation.Rates;
import ai.cromus.core.internal.simulation.SimulationOutcome;
import ai.cromus.core.money.Money;
import ai.cromus.core.scope.GateSelector;
import ai.cromus.core.scope.ModelGates;
import ai.cromus.core.scope.Scope;
import ai.cromus.core.scope.SelectorKind;
import ai.cromus.core.workflow.CapabilityTier;
import ai.cromus.core.workflow.Step;
import ai.cromus.core.workflow.Workflow;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The worked examples of docs/pricing.md (§3 caching, §4 long context, §10.2 latency), checked
 * exactly, and the cost pitfalls P1–P8 of its §9 as regression tests.
 */
class PricingWorkedExamplesTest {
  static Scope only(String model) {
    return Scope.builder()
        .gates(ModelGates.builder().addAllow(GateSelector.of(SelectorKind.MODEL, model)).build())
        .build();
  }

  @Test
  void cachedPrefixOnSonnet() {
    Rates r =
        Rates.of(TestCatalog.SONNET_PRICES, Optional.empty(), 12_000, false, Optional.empty());
    // fresh 2,000 × $3 + cache read 10,000 × $0.30 + output 800 × $15
    assertThat(r.warm(12_000, 10_000, 800, 0)).isEqualByComparingTo("0.0210");
    assertThat(Money.usd(r.warm(12_000, 10_000, 800, 0)).times(3000)).isEqualTo(Money.usd("63.00"));
    // the first run of a 5-minute window also pays the write: 10,000 × $3.75
    assertThat(Money.forTokens(10_000, TestCatalog.SONNET_PRICES.cacheWrite5m().get()))
        .isEqualTo(Money.usd("0.0375"));
  }

  @Test
  void cachedPrefixInTheSimulatorWithAWarmCache() {
    // 400 runs a day: one run every 216 s keeps a 5-minute cache warm; one write a day
    Step s =
        llm("answer", 12_000, 800)
            .tier(CapabilityTier.BALANCED)
            .model("claude-sonnet-4-6")
            .cache(cache(10_000))
            .build();
    Workflow wf = Workflow.builder().from(workflow(s)).runsPerDay(400).build();
    StepSimulation st =
        simulate(wf, only("claude-sonnet-4-6")).simulation().declared().step("answer").get();
    // 0.021 + (3.75 − 0.30) × 10,000 / 1M / 400 runs = 0.021 + 0.00008625
    assertThat(st.cost()).isEqualTo(Money.usd("0.02108625"));
    assertThat(st.cached()).isTrue();
  }

  @Test
  void p1CachedTokensAreNotCountedTwice() {
    Rates r =
        Rates.of(TestCatalog.SONNET_PRICES, Optional.empty(), 12_000, false, Optional.empty());
    BigDecimal wrong = d("0.051");
    assertThat(r.warm(12_000, 10_000, 800, 0))
        .isNotEqualByComparingTo(wrong)
        .isEqualByComparingTo("0.021");
  }

  @Test
  void p2OneHourWritesAtTheirOwnPrice() {
    Rates r =
        Rates.of(TestCatalog.SONNET_PRICES, Optional.empty(), 100_000, false, Optional.empty());
    BigDecimal write1h = r.write(100_000, 100_000, 0, 0, r.cacheWrite1h.get());
    assertThat(write1h).isEqualByComparingTo("0.60").isNotEqualByComparingTo("0.375");
  }

  @Test
  void longContextBillsTheWholeRequest() {
    Pricing p = TestCatalog.GEMINI_PRO.offerings().get(0).pricing().get();
    Rates r = Rates.of(p, Optional.empty(), 250_000, false, Optional.empty());
    assertThat(r.longContext).isTrue();
    assertThat(r.plain(250_000, 2_000, 0))
        .isEqualByComparingTo("0.655")
        .isNotEqualByComparingTo("0.395");
    Rates below = Rates.of(p, Optional.empty(), 200_000, false, Optional.empty());
    assertThat(below.longContext).isFalse();
    assertThat(below.plain(200_000, 2_000, 0)).isEqualByComparingTo("0.27");
  }

  @Test
  void longContextInTheSimulator() {
    Step s =
        llm("read-contract", 250_000, 2_000)
            .tier(CapabilityTier.FRONTIER)
            .model("gemini-2.5-pro")
            .build();
    SimulationOutcome r = simulate(workflow(s), Scope.defaults());
    StepSimulation st = r.simulation().declared().step("read-contract").get();
    assertThat(st.cost()).isEqualTo(Money.usd("0.655"));
    assertThat(r.simulation().declared().perMonth()).isEqualTo(Money.usd("1965"));
  }

  @Test
  void latencyAndParallelism() {
    Step a =
        llm("a", 1_000, 800)
            .tier(CapabilityTier.BALANCED)
            .model("claude-sonnet-4-6")
            .outputDescription("summary of the ticket")
            .build();
    Step b =
        llm("b", 1_000, 800)
            .tier(CapabilityTier.BALANCED)
            .model("claude-sonnet-4-6")
            .inputDescription("customer profile")
            .addDependsOn("a")
            .dependenciesDeclared(false)
            .build();
    SimulationOutcome r = simulate(workflow(a, b), only("claude-sonnet-4-6"));
    PlanSimulation p = r.simulation().declared();
    // 0.74 + 800 / 104 = 8.432308 s per step
    assertThat(p.step("a").get().latencySeconds()).isEqualByComparingTo("8.432308");
    assertThat(p.serialLatencySeconds()).isEqualByComparingTo("16.864616");
    assertThat(p.latencySeconds()).isEqualByComparingTo("16.864616");
    Workflow parallel = workflow(a, Step.builder().from(b).dependsOn(java.util.List.of()).build());
    assertThat(
            simulate(parallel, only("claude-sonnet-4-6")).simulation().declared().latencySeconds())
        .isEqualByComparingTo("8.432308");
  }

  @Test
  void p3AliasesResolveAndUnknownModelsAreDiagnosed() {
    Step s = llm("x", 1_000, 100).tier(CapabilityTier.BALANCED).model("claude-sonnet-4.6").build();
    assertThat(
            simulate(workflow(s), Scope.defaults()).simulation().declared().step("x").get().model())
        .hasValue("claude-sonnet-4-6");
    Step u = llm("x", 1_000, 100).tier(CapabilityTier.BALANCED).model("claude-sonet-4-6").build();
    SimulationOutcome r = simulate(workflow(u), Scope.defaults());
    assertThat(r.diagnostics())
        .anySatisfy(
            dg -> {
              assertThat(dg.rule()).isEqualTo("MODEL-UNKNOWN");
              assertThat(dg.hint().get()).contains("claude-sonnet-4-6");
            });
    // never a silent zero: the balanced choice is priced instead
    assertThat(r.simulation().declared().step("x").get().cost().isZero()).isFalse();
  }

  @Test
  void p4ExactDecimalsWithoutFloatNoise() {
    // 0.1 and 0.2 dollars per million: in doubles 0.1 + 0.2 != 0.3
    Pricing p = Pricing.builder().input(d("0.1")).output(d("0.2")).build();
    Rates r = Rates.of(p, Optional.empty(), 1, false, Optional.empty());
    assertThat(Money.usd(r.plain(1_000_000, 1_000_000, 0))).isEqualTo(Money.usd("0.3"));
    assertThat(Money.usd(r.plain(3, 0, 0)).toPlainString()).isEqualTo("0.0000003");
  }

  @Test
  void p5BundledCatalogPricesAreInAPlausibleBandPerTier() {
    BigDecimal[] maxInput = {d("1.5"), d("5"), d("40"), d("40")};
    for (var m : BundledCatalog.get().models()) {
      for (var o : m.offerings()) {
        o.pricing()
            .ifPresent(
                p -> {
                  assertThat(p.input())
                      .as(m.id() + " on " + o.channel())
                      .isGreaterThan(d("0.01"))
                      .isLessThanOrEqualTo(maxInput[m.capabilityTier().ordinal()]);
                  assertThat(p.output())
                      .as(m.id() + " on " + o.channel())
                      .isGreaterThanOrEqualTo(d("0.02"))
                      .isLessThanOrEqualTo(d("200"));
                });
      }
    }
  }

  @Test
  void p6CatalogVersionRecordedAndExpiredPromotionsWarned() {
    var promo =
        ai.cromus.core.catalog.Model.builder()
            .from(TestCatalog.HAIKU)
            .id("promo-model")
            .aliases(java.util.List.of())
            .offerings(
                java.util.List.of(
                    ai.cromus.core.catalog.Offering.builder()
                        .from(TestCatalog.HAIKU.offerings().get(0))
                        .validUntil(java.time.LocalDate.of(2026, 8, 31))
                        .build()))
            .build();
    var catalog =
        ai.cromus.core.catalog.ModelCatalog.of(
            "test.2",
            TestCatalog.AS_OF,
            TestCatalog.VENDORS,
            java.util.List.of(TestCatalog.ANTHROPIC),
            java.util.List.of(promo));
    Step s = llm("x", 1_000, 100).tier(CapabilityTier.LIGHTWEIGHT).model("promo-model").build();
    SimulationOutcome r = simulate(workflow(s), Scope.defaults(), catalog);
    assertThat(r.diagnostics()).anyMatch(dg -> dg.rule().equals("SIM-PRICE-EXPIRED"));
    CompileResult c =
        ai.cromus.core.Cromus.builder()
            .catalog(catalog)
            .asOf(TestCatalog.AS_OF)
            .build()
            .compile(workflow(s), Scope.defaults());
    assertThat(c.catalogVersion()).hasValue("test.2");
  }

  @Test
  void p7EffectiveRateDividesByEveryToken() {
    Step s =
        llm("answer", 12_000, 800)
            .tier(CapabilityTier.BALANCED)
            .model("claude-sonnet-4-6")
            .cache(cache(10_000))
            .build();
    Workflow wf = Workflow.builder().from(workflow(s)).runsPerDay(400).build();
    StepSimulation st =
        simulate(wf, only("claude-sonnet-4-6")).simulation().declared().step("answer").get();
    // 0.02108625 / 12,800 tokens × 1M
    assertThat(st.effectiveUsdPerMillionTokens()).isEqualByComparingTo("1.647363281250000");
  }

  @Test
  void p8EachStepPricedAtItsOwnModel() {
    Step a =
        llm("a", 1_000_000, 0).tier(CapabilityTier.LIGHTWEIGHT).model("claude-haiku-4-5").build();
    Step b =
        llm("b", 1_000_000, 0)
            .tier(CapabilityTier.FRONTIER)
            .model("claude-opus-4-7")
            .addDependsOn("a")
            .build();
    PlanSimulation p = simulate(workflow(a, b), Scope.defaults()).simulation().declared();
    assertThat(p.step("a").get().cost()).isEqualTo(Money.usd("1"));
    assertThat(p.step("b").get().cost()).isEqualTo(Money.usd("5"));
    assertThat(p.perRun()).isEqualTo(Money.usd("6")).isNotEqualTo(Money.usd("10"));
  }
}
