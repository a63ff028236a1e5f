package ai.cromus.core.internal.simulation.pricing;

import ai.cromus.core.internal.simulation.FailureRates;
import ai.cromus.core.internal.simulation.Rates;
import ai.cromus.core.workflow.StepKind;
import ai.cromus.core.workflow.TokenCount;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Prices one model step on one offer: the primary model's calls (retries and loop included, with
 * the cached prefix where it pays), then each fallback for the calls that reach it. Ranking needs
 * only {@link #cost}; a chosen candidate gets all its {@link #figures}, from the same arithmetic.
 */
public final class CandidatePricing {
  /** Fallbacks beyond this many are not modelled. */
  public static final int MAX_FALLBACKS_MODELLED = 5;

  private final FailureRates failureRates;
  private final long runsPerMonth;
  private final TextTokens text;

  public CandidatePricing(FailureRates failureRates, long runsPerMonth) {
    this(failureRates, runsPerMonth, TextTokens.NONE);
  }

  /** Pricing whose text-estimated prompts are re-counted per candidate model by {@code text}. */
  public CandidatePricing(FailureRates failureRates, long runsPerMonth, TextTokens text) {
    this.failureRates = failureRates;
    this.runsPerMonth = runsPerMonth;
    this.text = text;
  }

  /** The cost of a run of the step on {@code offer} (batch prices when {@code batch}). */
  public BigDecimal cost(
      StepDemand asParsed, Offer offer, boolean batch, List<Fallback> fallbacks) {
    StepDemand d = text.on(asParsed, offer.model());
    Attempts primary = d.on(offer.model().capabilityTier());
    BigDecimal cost =
        primaryCost(d, offer, batch, primary.calls())
            .map(CachePricing.Choice::cost)
            .orElse(BigDecimal.ZERO);
    if (fallbacks.isEmpty()) {
      return cost.add(fees(d, offer));
    }
    List<Fallback> used = modelled(fallbacks);
    List<BigDecimal> reach = reach(d, primary, fallbacks);
    for (int i = 0; i < used.size(); i++) {
      cost = withFallbackCost(cost, asParsed, used.get(i), reach.get(i));
    }
    return cost.add(fees(d, offer));
  }

  /**
   * The tool fees of a run of the step on {@code offer}: its {@code tool_fee} and the fee of each
   * built-in tool it names that the offering's channel prices, once per turn of each loop iteration
   * (retries call the model again, not the tool).
   */
  public static BigDecimal fees(StepDemand d, Offer offer) {
    BigDecimal perTurn = perTurnFee(d, offer);
    if (perTurn.signum() == 0) {
      return BigDecimal.ZERO;
    }
    return perTurn.multiply(BigDecimal.valueOf(d.turns() * d.loop()));
  }

  /** The fees of one turn: {@code tool_fee} plus the priced built-in tools. */
  static BigDecimal perTurnFee(StepDemand d, Offer offer) {
    BigDecimal perTurn = d.toolFee();
    for (String tool : d.step().builtinTools()) {
      perTurn = perTurn.add(offer.builtinToolFee(tool).orElse(BigDecimal.ZERO));
    }
    return perTurn;
  }

  /** Every figure of a run of the step on {@code offer}. */
  public Figures figures(
      StepDemand asParsed, Offer offer, boolean batch, List<Fallback> fallbacks) {
    StepDemand d = text.on(asParsed, offer.model());
    Attempts primary = d.on(offer.model().capabilityTier());
    long reasoning = Reasoning.tokens(d.step(), d.need(), offer.model());
    Optional<Rates> rates = offer.rates(d.prompt(), batch);
    Optional<CachePricing.Choice> choice = primaryCost(d, offer, batch, primary.calls());
    List<String> notes = new ArrayList<>();
    choice.flatMap(CachePricing.Choice::note).ifPresent(notes::add);
    if (rates.isEmpty()) {
      notes.add("offering " + offer.offering().channel() + " has no token prices (self-hosted)");
    }
    BigDecimal cost = choice.map(CachePricing.Choice::cost).orElse(BigDecimal.ZERO);
    BigDecimal turns = BigDecimal.valueOf(d.turns());
    BigDecimal latency =
        CallLatency.secondsPerCall(offer.offering(), d.output(), reasoning)
            .multiply(primary.expected())
            .multiply(turns);
    BigDecimal calls = primary.calls().multiply(turns);
    List<Fallback> used = modelled(fallbacks);
    List<BigDecimal> reach = reach(d, primary, fallbacks);
    for (int i = 0; i < used.size(); i++) {
      Fallback fb = used.get(i);
      cost = withFallbackCost(cost, asParsed, fb, reach.get(i));
      latency =
          latency.add(
              reach
                  .get(i)
                  .multiply(CallLatency.secondsPerCall(fb.offering(), d.output(), fb.reasoning()))
                  .multiply(turns));
      calls = calls.add(BigDecimal.valueOf(d.loop()).multiply(reach.get(i)).multiply(turns));
      notes.add("fallback " + fb.model().id() + " on " + fb.offering().channel());
    }
    if (!StepDemand.failuresDetected(d.step())) {
      notes.add(
          "structured output is not validated: failures go undetected, so retries never trigger");
    }
    if (d.step().unboundedLoop()) {
      notes.add("unbounded loop: counted as one iteration");
    }
    notes.addAll(LoopNotes.of(d, offer));
    BigDecimal fees = fees(d, offer);
    BigDecimal retryCost =
        cost.subtract(costWithoutRetries(d, offer, batch, primary, choice)).max(BigDecimal.ZERO);
    cost = cost.add(fees);
    boolean ranged = d.ranged();
    return new Figures(
        cost,
        retryCost,
        latency
            .multiply(BigDecimal.valueOf(d.loop()))
            .setScale(CallLatency.SCALE, RoundingMode.HALF_EVEN),
        Attempts.loopFailure(reach.get(used.size()).round(Attempts.MC), d.loop()),
        calls,
        reasoning,
        rates.map(r -> r.batch).orElse(false),
        choice.map(CachePricing.Choice::cached).orElse(false),
        rates.isPresent(),
        rates.map(Rates::notes).orElse(List.of()),
        notes,
        fees,
        ranged ? cost(asParsed.at(SizeBound.LOW), offer, batch, fallbacks) : cost,
        ranged ? cost(asParsed.at(SizeBound.HIGH), offer, batch, fallbacks) : cost,
        counted(asParsed, d));
  }

  /** The input size {@code d} re-counted from {@code asParsed}; empty when it is the parser's. */
  private static Optional<TokenCount> counted(StepDemand asParsed, StepDemand d) {
    TokenCount in = d.step().inputTokens();
    return in.equals(asParsed.step().inputTokens()) ? Optional.empty() : Optional.of(in);
  }

  /** The primary model's cost for {@code calls} calls; empty for an offering without prices. */
  private Optional<CachePricing.Choice> primaryCost(
      StepDemand d, Offer offer, boolean batch, BigDecimal calls) {
    long reasoning = Reasoning.tokens(d.step(), d.need(), offer.model());
    if (d.turns() > 1) {
      return LoopPricing.price(d, offer, batch, reasoning, calls, runsPerMonth);
    }
    return offer
        .rates(d.prompt(), batch)
        .map(r -> CachePricing.price(d, offer.model(), r, reasoning, calls, runsPerMonth));
  }

  /** The primary model's cost with one attempt per iteration: the base that retries add to. */
  private BigDecimal costWithoutRetries(
      StepDemand d,
      Offer offer,
      boolean batch,
      Attempts primary,
      Optional<CachePricing.Choice> withRetries) {
    if (withRetries.isEmpty()) {
      return BigDecimal.ZERO;
    }
    if (primary.expected().compareTo(BigDecimal.ONE) == 0) {
      return withRetries.get().cost();
    }
    return primaryCost(d, offer, batch, BigDecimal.valueOf(d.loop())).orElseThrow().cost();
  }

  /**
   * {@code cost} plus a fallback's calls, priced without caching (the prompt goes fresh to another
   * model, re-counted for it); a fallback without prices adds nothing.
   */
  private BigDecimal withFallbackCost(
      BigDecimal cost, StepDemand asParsed, Fallback fb, BigDecimal reach) {
    if (fb.rates().isEmpty()) {
      return cost;
    }
    StepDemand d = text.on(asParsed, fb.model());
    BigDecimal calls = BigDecimal.valueOf(d.loop()).multiply(reach);
    Rates r = fb.rates().get();
    BigDecimal perLoop = BigDecimal.ZERO;
    for (int k = 1; k <= d.turns(); k++) {
      perLoop = perLoop.add(r.plain(d.turnPrompt(k), d.output(), fb.reasoning()));
    }
    return cost.add(perLoop.multiply(calls));
  }

  /**
   * The chance that a call reaches each modelled fallback (every model before it failed), and as
   * the last entry the chance that the step fails after all of them.
   */
  private List<BigDecimal> reach(StepDemand d, Attempts primary, List<Fallback> fallbacks) {
    List<BigDecimal> reach = new ArrayList<>();
    BigDecimal p = primary.failure();
    reach.add(p);
    for (Fallback fb : modelled(fallbacks)) {
      p = p.multiply(failureRates.rate(StepKind.LLM, d.need(), fb.model().capabilityTier()));
      reach.add(p);
    }
    return reach;
  }

  private static List<Fallback> modelled(List<Fallback> fallbacks) {
    return fallbacks.size() <= MAX_FALLBACKS_MODELLED
        ? fallbacks
        : fallbacks.subList(0, MAX_FALLBACKS_MODELLED);
  }
}
