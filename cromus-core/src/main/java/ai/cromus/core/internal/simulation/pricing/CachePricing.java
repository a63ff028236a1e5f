package ai.cromus.core.internal.simulation.pricing;

import ai.cromus.core.catalog.Model;
import ai.cromus.core.catalog.Support;
import ai.cromus.core.internal.simulation.Rates;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Optional;

/**
 * The cost of a run's calls of a primary model, with the step's declared prefix read from the cache
 * where that pays. Whether the cache is warm between runs depends on how far apart the runs are: at
 * most 5 minutes (or 1 hour, for a 1-hour cache write) keeps it warm, and one write a day is spread
 * over the day's runs; otherwise each run writes the prefix once and its later calls read it.
 * Formulas: {@code docs/simulation.md}.
 */
public final class CachePricing {
  /** A cache entry with a 5-minute TTL stays warm when runs are at most this many seconds apart. */
  static final long TTL_5M = 300;

  /** ... or this many seconds with a 1-hour TTL. */
  static final long TTL_1H = 3600;

  /** Days in a month for monthly figures. */
  static final long DAYS_PER_MONTH = 30;

  /**
   * The cost of {@code calls} calls, and how the cache was used.
   *
   * @param cached true when the cached prefix is priced
   * @param note why the cache is or is not used; empty when the step declares no usable prefix
   */
  public record Choice(BigDecimal cost, boolean cached, Optional<String> note) {}

  private CachePricing() {}

  /**
   * The cost of {@code calls} calls of model {@code m} at rates {@code r} for a step, at {@code
   * runsPerMonth} runs a month.
   */
  public static Choice price(
      StepDemand d, Model m, Rates r, long reasoning, BigDecimal calls, long runsPerMonth) {
    BigDecimal plain = r.plain(d.prompt(), d.output(), reasoning).multiply(calls);
    long cachedTokens = Math.min(d.prompt(), d.cacheTokens());
    if (!usable(d, m, r)) {
      return new Choice(plain, false, Optional.empty());
    }
    FirstCall first = firstCall(d, r, reasoning, cachedTokens, runsPerMonth);
    BigDecimal warm = r.warm(d.prompt(), cachedTokens, d.output(), reasoning);
    BigDecimal cached = first.cost.add(warm.multiply(calls.subtract(BigDecimal.ONE)));
    if (cached.compareTo(plain) < 0) {
      return new Choice(cached, true, Optional.of(first.how));
    }
    return new Choice(
        plain,
        false,
        Optional.of("the cached prefix does not pay at this volume; priced without caching"));
  }

  /** True when the step's declared prefix can be priced from the cache of model {@code m}. */
  static boolean usable(StepDemand d, Model m, Rates r) {
    return Math.min(d.prompt(), d.cacheTokens()) > 0
        && r.cacheRead.isPresent()
        && m.capabilities().promptCaching() != Support.NO;
  }

  /** The cost of a run's first call, and how its prefix is cached. */
  record FirstCall(BigDecimal cost, String how) {}

  /**
   * The first call of a run with the declared prefix of {@code cachedTokens} tokens cached, by the
   * warmth rules at {@code runsPerMonth} runs a month.
   */
  static FirstCall firstCall(
      StepDemand d, Rates r, long reasoning, long cachedTokens, long runsPerMonth) {
    BigDecimal warm = r.warm(d.prompt(), cachedTokens, d.output(), reasoning);
    Optional<BigDecimal> interval =
        runsPerMonth == 0
            ? Optional.empty()
            : Optional.of(
                BigDecimal.valueOf(86_400L * DAYS_PER_MONTH)
                    .divide(BigDecimal.valueOf(runsPerMonth), Attempts.MC));
    return r.cacheWrite5m.isPresent() || r.cacheWrite1h.isPresent()
        ? explicitCache(d, r, reasoning, cachedTokens, warm, interval, runsPerMonth)
        : automaticCache(d, r, reasoning, warm, interval);
  }

  /** A vendor whose cache writes are priced: warm across runs, or written once a run. */
  private static FirstCall explicitCache(
      StepDemand d,
      Rates r,
      long reasoning,
      long cachedTokens,
      BigDecimal warm,
      Optional<BigDecimal> interval,
      long runsPerMonth) {
    Optional<BigDecimal> write = Optional.empty();
    String ttl = null;
    if (within(interval, TTL_5M) && r.cacheWrite5m.isPresent()) {
      write = r.cacheWrite5m;
      ttl = "5-minute";
    } else if (within(interval, TTL_1H) && r.cacheWrite1h.isPresent()) {
      write = r.cacheWrite1h;
      ttl = "1-hour";
    }
    if (write.isPresent()) {
      // warm across runs: one write a day, amortised over the day's runs
      BigDecimal extra =
          usd(cachedTokens, write.get().subtract(r.cacheRead.get()))
              .multiply(BigDecimal.valueOf(DAYS_PER_MONTH))
              .divide(BigDecimal.valueOf(runsPerMonth), MathContext.DECIMAL128);
      return new FirstCall(
          warm.add(extra),
          "cache warm between runs ("
              + ttl
              + " TTL); one cache write a day amortised over the day's runs");
    }
    BigDecimal rate = r.cacheWrite5m.orElse(r.cacheWrite1h.orElse(r.input));
    return new FirstCall(
        r.write(d.prompt(), cachedTokens, d.output(), reasoning, rate),
        "cache cold between runs at this volume: each run writes the prefix once, later calls of"
            + " the run read it");
  }

  /** A vendor that caches automatically, with no write price: warm across runs, or not. */
  private static FirstCall automaticCache(
      StepDemand d, Rates r, long reasoning, BigDecimal warm, Optional<BigDecimal> interval) {
    if (within(interval, TTL_5M)) {
      return new FirstCall(warm, "automatic caching, warm between runs");
    }
    return new FirstCall(
        r.plain(d.prompt(), d.output(), reasoning),
        "automatic caching cold between runs at this volume: later calls of the run read the"
            + " prefix");
  }

  private static boolean within(Optional<BigDecimal> interval, long seconds) {
    return interval.isPresent() && interval.get().compareTo(BigDecimal.valueOf(seconds)) <= 0;
  }

  /** Dollars for a number of tokens at a per-million rate, exact. */
  static BigDecimal usd(long tokens, BigDecimal perMillion) {
    return BigDecimal.valueOf(tokens).multiply(perMillion).movePointLeft(6);
  }
}
