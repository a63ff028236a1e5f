package ai.cromus.core.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.cromus.core.catalog.ModelCatalog;
import ai.cromus.core.catalog.Offering;
import ai.cromus.core.money.Money;
import ai.cromus.core.scope.GateSelector;
import ai.cromus.core.scope.ModelGates;
import ai.cromus.core.scope.Scope;
import ai.cromus.core.scope.SelectorKind;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link CallCost}: one real call priced by the simulation's rule for an uncached call. */
class CallCostTest {
  private final ModelCatalog catalog = BundledCatalog.get();

  private Offering offering(String model, String channel) {
    return catalog.offering(model, channel).orElseThrow();
  }

  @Test
  void promptAtTheInputRateAndOutputAtTheOutputRateExactly() {
    // gpt-5-mini on openai-api: 0.25 and 2 USD per million tokens
    Money cost =
        CallCost.of(offering("gpt-5-mini", "openai-api"), Scope.defaults(), 1_000, 500)
            .orElseThrow();

    assertThat(cost).isEqualTo(Money.usd("0.00125"));
  }

  @Test
  void aPromptAboveTheThresholdBillsTheWholeRequestAtLongContextRates() {
    // claude-sonnet-4-5 on anthropic-api: 3/15, and 6/22.5 above 200,000 prompt tokens
    Offering o = offering("claude-sonnet-4-5", "anthropic-api");

    assertThat(CallCost.of(o, Scope.defaults(), 200_000, 1_000).orElseThrow())
        .isEqualTo(Money.usd("0.615"));
    assertThat(CallCost.of(o, Scope.defaults(), 200_001, 1_000).orElseThrow())
        .isEqualTo(Money.usd("1.222506"));
  }

  @Test
  void theRegionalUpliftAppliesOnlyWhenTheScopeRequiresARegion() {
    // claude-sonnet-5 on anthropic-api: 2/10 with a 1.1 regional uplift
    Offering o = offering("claude-sonnet-5", "anthropic-api");
    Scope eu =
        Scope.builder()
            .gates(
                ModelGates.builder().addRequire(GateSelector.of(SelectorKind.REGION, "eu")).build())
            .build();

    assertThat(CallCost.of(o, Scope.defaults(), 1_000, 1_000).orElseThrow())
        .isEqualTo(Money.usd("0.012"));
    assertThat(CallCost.of(o, eu, 1_000, 1_000).orElseThrow()).isEqualTo(Money.usd("0.0132"));
  }

  @Test
  void aSelfHostedOfferingHasNoPrice() {
    assertThat(CallCost.of(offering("gpt-oss-20b", "self-hosted"), Scope.defaults(), 10, 10))
        .isEmpty();
  }

  @Test
  void negativeTokenCountsAreRefused() {
    assertThatThrownBy(
            () -> CallCost.of(offering("gpt-5-mini", "openai-api"), Scope.defaults(), -1, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /** The cost is additive in calls: n calls of (p, o) cost n times one, and zero costs zero. */
  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 42, 2026})
  void costIsLinearInTokensBelowTheThreshold(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    Offering o = offering("gpt-5-mini", "openai-api");
    for (int i = 0; i < 200; i++) {
      long p = r.nextLong(0, 100_000);
      long out = r.nextLong(0, 100_000);
      Money one = CallCost.of(o, Scope.defaults(), p, out).orElseThrow();
      Money split =
          CallCost.of(o, Scope.defaults(), p, 0)
              .orElseThrow()
              .plus(CallCost.of(o, Scope.defaults(), 0, out).orElseThrow());
      assertThat(one).as("seed %d, prompt %d, output %d", seed, p, out).isEqualTo(split);
      assertThat(one)
          .as("seed %d", seed)
          .isEqualTo(
              Money.forTokens(p, o.pricing().get().input())
                  .plus(Money.forTokens(out, o.pricing().get().output())));
    }
  }
}
