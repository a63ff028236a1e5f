package ai.cromus.core.internal.simulation;

import ai.cromus.core.catalog.LongContextPricing;
import ai.cromus.core.catalog.Pricing;
import ai.cromus.core.catalog.Vendor;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The per-million-token prices that apply to one request, after the whole-request long-context
 * tier, batch pricing and the regional uplift. Every figure stays an exact decimal.
 */
public final class Rates {
  public final BigDecimal input;
  public final BigDecimal output;
  public final Optional<BigDecimal> cacheRead;
  public final Optional<BigDecimal> cacheWrite5m;
  public final Optional<BigDecimal> cacheWrite1h;

  /** True when batch prices apply. */
  public final boolean batch;

  /** True when the long-context tier applies. */
  public final boolean longContext;

  private final long promptTokens;
  private final long threshold;
  private final String batchRule;
  private final Optional<BigDecimal> uplift;

  private Rates(
      BigDecimal input,
      BigDecimal output,
      Optional<BigDecimal> cacheRead,
      Optional<BigDecimal> cacheWrite5m,
      Optional<BigDecimal> cacheWrite1h,
      boolean batch,
      boolean longContext,
      long promptTokens,
      long threshold,
      String batchRule,
      Optional<BigDecimal> uplift) {
    this.input = input;
    this.output = output;
    this.cacheRead = cacheRead;
    this.cacheWrite5m = cacheWrite5m;
    this.cacheWrite1h = cacheWrite1h;
    this.batch = batch;
    this.longContext = longContext;
    this.promptTokens = promptTokens;
    this.threshold = threshold;
    this.batchRule = batchRule;
    this.uplift = uplift;
  }

  /** How the rates were derived, for the step's notes (built on demand). */
  public List<String> notes() {
    List<String> notes = new ArrayList<>();
    if (longContext) {
      notes.add(
          "prompt of "
              + promptTokens
              + " tokens is above "
              + threshold
              + ": the whole request is billed at the long-context rates");
    }
    if (batch) {
      notes.add(batchRule);
    }
    uplift.ifPresent(u -> notes.add("region-pinned processing: " + u.toPlainString() + "x uplift"));
    return notes;
  }

  /**
   * The rates of one request.
   *
   * @param pricing the offering's prices
   * @param vendor the model's vendor (its batch discount), if known
   * @param promptTokens the whole prompt, cached tokens included (decides the long-context tier)
   * @param wantBatch true when the request may use batch prices
   * @param uplift the regional multiplier, or empty
   */
  public static Rates of(
      Pricing pricing,
      Optional<Vendor> vendor,
      long promptTokens,
      boolean wantBatch,
      Optional<BigDecimal> uplift) {
    String batchRule = "";
    long threshold = 0;
    BigDecimal in = pricing.input();
    BigDecimal out = pricing.output();
    Optional<BigDecimal> read = pricing.cacheRead();
    Optional<BigDecimal> w5 = pricing.cacheWrite5m();
    Optional<BigDecimal> w1h = pricing.cacheWrite1h();
    boolean lc = false;
    if (pricing.longContext().isPresent()
        && promptTokens > pricing.longContext().get().thresholdTokens()) {
      LongContextPricing l = pricing.longContext().get();
      in = l.input();
      out = l.output();
      read = l.cacheRead();
      w5 = l.cacheWrite5m();
      w1h = l.cacheWrite1h();
      lc = true;
      threshold = l.thresholdTokens();
    }
    boolean batch = false;
    if (wantBatch) {
      Optional<BigDecimal> discount = vendor.flatMap(Vendor::batchDiscount);
      if (!lc && pricing.batchInput().isPresent() && pricing.batchOutput().isPresent()) {
        in = pricing.batchInput().get();
        out = pricing.batchOutput().get();
        if (discount.isPresent()) {
          BigDecimal d = discount.get();
          read = read.map(x -> x.multiply(d));
          w5 = w5.map(x -> x.multiply(d));
          w1h = w1h.map(x -> x.multiply(d));
        }
        batch = true;
        batchRule = "batch prices of the offering";
      } else if (discount.isPresent()) {
        BigDecimal d = discount.get();
        in = in.multiply(d);
        out = out.multiply(d);
        read = read.map(x -> x.multiply(d));
        w5 = w5.map(x -> x.multiply(d));
        w1h = w1h.map(x -> x.multiply(d));
        batch = true;
        batchRule = "batch: the vendor's " + d.toPlainString() + "x batch rule on all usage";
      }
    }
    if (uplift.isPresent()) {
      BigDecimal u = uplift.get();
      in = in.multiply(u);
      out = out.multiply(u);
      read = read.map(x -> x.multiply(u));
      w5 = w5.map(x -> x.multiply(u));
      w1h = w1h.map(x -> x.multiply(u));
    }
    return new Rates(in, out, read, w5, w1h, batch, lc, promptTokens, threshold, batchRule, uplift);
  }

  /** Dollars for a number of tokens at a per-million rate, exact. */
  static BigDecimal usd(long tokens, BigDecimal perMillion) {
    return BigDecimal.valueOf(tokens).multiply(perMillion).movePointLeft(6);
  }

  /**
   * One call with no caching: every prompt token fresh, output and reasoning at the output rate.
   */
  public BigDecimal plain(long prompt, long output, long reasoning) {
    return BigDecimal.valueOf(prompt)
        .multiply(input)
        .add(BigDecimal.valueOf(output + reasoning).multiply(this.output))
        .movePointLeft(6);
  }

  /**
   * One call whose cached prefix is read from a warm cache (disjoint buckets: fresh + cached =
   * prompt).
   */
  public BigDecimal warm(long prompt, long cached, long output, long reasoning) {
    return usd(prompt - cached, input)
        .add(usd(cached, cacheRead.orElseThrow()))
        .add(usd(output + reasoning, this.output));
  }

  /** One call that writes the prefix to the cache with the given write rate. */
  public BigDecimal write(
      long prompt, long cached, long output, long reasoning, BigDecimal writeRate) {
    return usd(prompt - cached, input)
        .add(usd(cached, writeRate))
        .add(usd(output + reasoning, this.output));
  }
}
