package ai.cromus.core.internal.catalog;

import ai.cromus.core.catalog.CatalogRule;
import ai.cromus.core.catalog.Channel;
import ai.cromus.core.catalog.ImmutableLongContextPricing;
import ai.cromus.core.catalog.ImmutablePricing;
import ai.cromus.core.catalog.LongContextPricing;
import ai.cromus.core.catalog.Pricing;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * The {@code pricing} object of a catalog offering: token prices (each above 0 and at most {@link
 * #MAX_PRICE} USD per million tokens), cache, batch and long-context prices, the regional uplift,
 * or {@code selfHosted} on a self-hosted channel. Prices out of their usual order are warned about.
 */
final class PricingFields {
  /** Prices above this many USD per million tokens are taken for unit errors. */
  static final BigDecimal MAX_PRICE = BigDecimal.valueOf(1000);

  private static final Set<String> PRICING =
      Set.of(
          "input",
          "output",
          "cacheRead",
          "cacheWrite5m",
          "cacheWrite1h",
          "batchInput",
          "batchOutput",
          "longContext",
          "regionalUplift");
  private static final Set<String> SELF_HOSTED = Set.of("selfHosted");

  private static final Set<String> LONG_CONTEXT =
      Set.of("thresholdTokens", "input", "output", "cacheRead", "cacheWrite5m", "cacheWrite1h");

  private final Fields.Diagnostics out;

  PricingFields(Fields.Diagnostics out) {
    this.out = out;
  }

  /** The pricing of {@code offering}; the offering is made unusable when it is wrong. */
  Optional<Pricing> pricing(Fields offering, JsonNode n, Channel channel) {
    String ptr = offering.child("pricing");
    if (n.has("selfHosted")) {
      Fields f = new Fields(out, n, ptr, offering.label + ", pricing", SELF_HOSTED);
      Optional<Boolean> self = f.bool("selfHosted", true);
      if (self.isPresent() && !self.get()) {
        f.wrong("selfHosted", true, "may only be true; give token prices instead");
      }
      if (!channel.selfHosted()) {
        out.add(
            CatalogRule.PRICING_KIND,
            out.at(ptr),
            offering.label
                + ": channel '"
                + channel.id()
                + "' is not self-hosted, so the offering needs token prices; it is skipped",
            null);
        offering.unusable();
      }
      if (!f.usable()) {
        offering.unusable();
      }
      return Optional.empty();
    }
    if (channel.selfHosted()) {
      out.add(
          CatalogRule.PRICING_KIND,
          out.at(ptr),
          offering.label
              + ": channel '"
              + channel.id()
              + "' is self-hosted and has no token prices; write \"pricing\": {\"selfHosted\": true}",
          null);
      offering.unusable();
      return Optional.empty();
    }
    Fields f = new Fields(out, n, ptr, offering.label + ", pricing", PRICING);
    Optional<BigDecimal> input = price(f, "input", true);
    Optional<BigDecimal> output = price(f, "output", true);
    Optional<BigDecimal> cacheRead = price(f, "cacheRead", false);
    Optional<BigDecimal> write5m = price(f, "cacheWrite5m", false);
    Optional<BigDecimal> write1h = price(f, "cacheWrite1h", false);
    Optional<BigDecimal> batchIn = price(f, "batchInput", false);
    Optional<BigDecimal> batchOut = price(f, "batchOutput", false);
    if (batchIn.isPresent() != batchOut.isPresent() && f.usable()) {
      f.missing(batchIn.isPresent() ? "batchOutput" : "batchInput");
    }
    Optional<BigDecimal> uplift = f.number("regionalUplift", false);
    if (uplift.isPresent()
        && (uplift.get().compareTo(BigDecimal.ONE) < 0
            || uplift.get().compareTo(BigDecimal.valueOf(2)) > 0)) {
      out.add(
          CatalogRule.PRICE,
          out.at(f.child("regionalUplift")),
          f.label
              + ": regionalUplift must be a multiplier between 1 and 2, not "
              + uplift.get().toPlainString(),
          null);
      f.unusable();
    }
    Optional<LongContextPricing> longContext = longContext(f);
    if (!f.usable()) {
      offering.unusable();
      return Optional.empty();
    }
    Pricing p =
        ImmutablePricing.builder()
            .input(input.get())
            .output(output.get())
            .cacheRead(cacheRead)
            .cacheWrite5m(write5m)
            .cacheWrite1h(write1h)
            .batchInput(batchIn)
            .batchOutput(batchOut)
            .longContext(longContext)
            .regionalUplift(uplift)
            .build();
    order(f, p);
    return Optional.of(p);
  }

  private Optional<LongContextPricing> longContext(Fields pricing) {
    Optional<JsonNode> n = pricing.object("longContext", false);
    if (n.isEmpty()) {
      return Optional.empty();
    }
    Fields f =
        new Fields(
            out,
            n.get(),
            pricing.child("longContext"),
            pricing.label + ", longContext",
            LONG_CONTEXT);
    OptionalLong threshold = f.count("thresholdTokens", true);
    Optional<BigDecimal> input = price(f, "input", true);
    Optional<BigDecimal> output = price(f, "output", true);
    Optional<BigDecimal> cacheRead = price(f, "cacheRead", false);
    Optional<BigDecimal> write5m = price(f, "cacheWrite5m", false);
    Optional<BigDecimal> write1h = price(f, "cacheWrite1h", false);
    if (!f.usable()) {
      pricing.unusable();
      return Optional.empty();
    }
    return Optional.of(
        ImmutableLongContextPricing.builder()
            .thresholdTokens(threshold.getAsLong())
            .input(input.get())
            .output(output.get())
            .cacheRead(cacheRead)
            .cacheWrite5m(write5m)
            .cacheWrite1h(write1h)
            .build());
  }

  /**
   * A price: a JSON number above 0 and at most {@link #MAX_PRICE}. Any bad price, required or
   * optional, makes the offering unusable: a wrong cache or batch price is a wrong figure too.
   */
  private Optional<BigDecimal> price(Fields f, String key, boolean required) {
    if (f.has(key) && !f.node.get(key).isNumber()) {
      f.wrong(key, true, "must be a JSON number (USD per million tokens)");
      return Optional.empty();
    }
    Optional<BigDecimal> p = f.number(key, required);
    if (p.isPresent()) {
      BigDecimal v = p.get();
      if (v.signum() <= 0 || v.compareTo(MAX_PRICE) > 0) {
        out.add(
            CatalogRule.PRICE,
            out.at(f.child(key)),
            f.label
                + ": "
                + key
                + " is "
                + v.toPlainString()
                + " USD per million tokens; a price must be above 0 and at most "
                + MAX_PRICE.toPlainString(),
            v.signum() <= 0
                ? "omit a price that does not apply"
                : "prices are per million tokens, not per token or per thousand");
        f.unusable();
        return Optional.empty();
      }
    }
    return p;
  }

  private void order(Fields f, Pricing p) {
    if (p.cacheRead().isPresent() && p.cacheRead().get().compareTo(p.input()) >= 0) {
      warnOrder(
          f,
          "cacheRead",
          "cacheRead "
              + p.cacheRead().get().toPlainString()
              + " is not below input "
              + p.input().toPlainString());
    }
    if (p.batchInput().isPresent() && p.batchInput().get().compareTo(p.input()) > 0) {
      warnOrder(
          f,
          "batchInput",
          "batchInput "
              + p.batchInput().get().toPlainString()
              + " is above input "
              + p.input().toPlainString());
    }
    if (p.batchOutput().isPresent() && p.batchOutput().get().compareTo(p.output()) > 0) {
      warnOrder(
          f,
          "batchOutput",
          "batchOutput "
              + p.batchOutput().get().toPlainString()
              + " is above output "
              + p.output().toPlainString());
    }
    p.longContext()
        .ifPresent(
            lc -> {
              if (lc.input().compareTo(p.input()) < 0 || lc.output().compareTo(p.output()) < 0) {
                warnOrder(
                    f,
                    "longContext",
                    "long-context prices "
                        + lc.input().toPlainString()
                        + " / "
                        + lc.output().toPlainString()
                        + " are below the standard "
                        + p.input().toPlainString()
                        + " / "
                        + p.output().toPlainString());
              }
              if (lc.cacheRead().isPresent() && lc.cacheRead().get().compareTo(lc.input()) >= 0) {
                warnOrder(
                    f, "longContext", "long-context cacheRead is not below long-context input");
              }
            });
  }

  private void warnOrder(Fields f, String key, String message) {
    out.add(
        CatalogRule.PRICE_ORDER,
        out.at(f.child(key)),
        f.label + ": " + message,
        "check the source; one of the prices is likely mistyped");
  }
}
