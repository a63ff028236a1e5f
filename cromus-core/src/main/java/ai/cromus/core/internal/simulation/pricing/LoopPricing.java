package ai.cromus.core.internal.simulation.pricing;

import ai.cromus.core.internal.simulation.Rates;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * The cost of an agent loop of {@code N} turns on one primary model (docs/simulation.md, "Agent
 * loops"). Turn {@code k} sends {@code I_k = I + (k − 1)(O + R)} input tokens and produces {@code
 * O}, each at the rates of a request of {@code I_k} tokens. With prompt caching declared, turn 1 is
 * priced by the warmth rules of a single call, and turn {@code k ≥ 2} reads the {@code I_(k−1)}
 * tokens turn {@code k − 1} sent from the cache; its {@code O + R} new tokens are written to the
 * cache (at the 5-minute write rate, where the vendor prices writes) when a later turn reads them,
 * and so are the tokens of turn 1 after the declared prefix. The cheaper of the two is used, as for
 * a single call.
 */
final class LoopPricing {
  private LoopPricing() {}

  /**
   * The cost of {@code calls} loops (each of {@code d.turns()} turns) of model {@code offer} for a
   * step; empty for an offering without prices.
   */
  static Optional<CachePricing.Choice> price(
      StepDemand d,
      Offer offer,
      boolean batch,
      long reasoning,
      BigDecimal calls,
      long runsPerMonth) {
    Optional<Rates> first = offer.rates(d.prompt(), batch);
    if (first.isEmpty()) {
      return Optional.empty();
    }
    BigDecimal plain = plain(d, offer, batch, reasoning);
    if (!CachePricing.usable(d, offer.model(), first.get())) {
      return Optional.of(new CachePricing.Choice(plain.multiply(calls), false, Optional.empty()));
    }
    long prefix = Math.min(d.prompt(), d.cacheTokens());
    Rates r1 = first.get();
    CachePricing.FirstCall turn1 = CachePricing.firstCall(d, r1, reasoning, prefix, runsPerMonth);
    BigDecimal cached = turn1.cost();
    if (r1.cacheWrite5m.isPresent()) {
      cached =
          cached.add(
              CachePricing.usd(d.prompt() - prefix, r1.cacheWrite5m.get().subtract(r1.input)));
    }
    long added = d.output() + d.toolResult();
    for (int k = 2; k <= d.turns(); k++) {
      Rates r = offer.rates(d.turnPrompt(k), batch).orElseThrow();
      BigDecimal write = k < d.turns() ? r.cacheWrite5m.orElse(r.input) : r.input;
      cached =
          cached
              .add(CachePricing.usd(d.turnPrompt(k - 1), r.cacheRead.orElse(r.input)))
              .add(CachePricing.usd(added, write))
              .add(CachePricing.usd(d.output() + reasoning, r.output));
    }
    if (cached.compareTo(plain) < 0) {
      return Optional.of(
          new CachePricing.Choice(
              cached.multiply(calls),
              true,
              Optional.of(
                  turn1.how()
                      + "; each later turn reads the conversation the turn before sent from the"
                      + " cache")));
    }
    return Optional.of(
        new CachePricing.Choice(
            plain.multiply(calls),
            false,
            Optional.of("caching the conversation does not pay; priced without caching")));
  }

  /** One loop with no caching: every turn's prompt fresh, at the rates of its size. */
  static BigDecimal plain(StepDemand d, Offer offer, boolean batch, long reasoning) {
    BigDecimal plain = BigDecimal.ZERO;
    for (int k = 1; k <= d.turns(); k++) {
      long prompt = d.turnPrompt(k);
      plain =
          plain.add(offer.rates(prompt, batch).orElseThrow().plain(prompt, d.output(), reasoning));
    }
    return plain;
  }
}
