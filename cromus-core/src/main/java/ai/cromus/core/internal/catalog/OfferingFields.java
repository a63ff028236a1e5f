package ai.cromus.core.internal.catalog;

import ai.cromus.core.catalog.CatalogRule;
import ai.cromus.core.catalog.Channel;
import ai.cromus.core.catalog.ImmutableLatency;
import ai.cromus.core.catalog.ImmutableOffering;
import ai.cromus.core.catalog.Latency;
import ai.cromus.core.catalog.Offering;
import ai.cromus.core.catalog.Pricing;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;

/**
 * The offerings of a catalog model: the channel it is sold on, its prices ({@link PricingFields}),
 * latency, limits, regions and the source and date of the price.
 */
final class OfferingFields {
  static final BigDecimal MAX_TTFT = BigDecimal.valueOf(600);
  static final BigDecimal MAX_TPS = BigDecimal.valueOf(10_000);
  private static final Set<String> OFFERING =
      Set.of(
          "channel",
          "channelModelId",
          "pricing",
          "latency",
          "contextWindow",
          "maxOutput",
          "regions",
          "source",
          "verifiedOn",
          "validUntil",
          "notes");
  private static final Set<String> LATENCY =
      Set.of("ttftSeconds", "outputTokensPerSecond", "source");

  private final Fields.Diagnostics out;
  private final Function<String, Optional<Channel>> channels;
  private final LocalDate asOf;

  /**
   * @param channels the channel of an id, among the catalog's and its base's
   * @param asOf the catalog's date, before which a price's validUntil is expired
   */
  OfferingFields(
      Fields.Diagnostics out, Function<String, Optional<Channel>> channels, LocalDate asOf) {
    this.out = out;
    this.channels = channels;
    this.asOf = asOf;
  }

  /** One offering of a model; empty (reported) when it cannot be used. */
  Optional<Offering> offering(JsonNode n, String ptr, int j, String modelLabel) {
    if (!CatalogFileReader.isObject(out, n, ptr, modelLabel + ", offering #" + (j + 1))) {
      return Optional.empty();
    }
    Fields f =
        new Fields(
            out, n, ptr, modelLabel + ", " + CatalogFileReader.label("offering", n, j), OFFERING);
    Optional<String> channelId = f.id("channel", true);
    Optional<String> channelModelId = f.string("channelModelId", true);
    Optional<JsonNode> pricingNode = f.object("pricing", true);
    Optional<Latency> latency = latency(f);
    OptionalLong context = f.count("contextWindow", false);
    OptionalLong maxOutput = f.count("maxOutput", false);
    List<String> regions = f.strings("regions", false);
    Optional<String> source = f.string("source", true);
    Optional<LocalDate> verifiedOn = f.date("verifiedOn", true);
    Optional<LocalDate> validUntil = f.date("validUntil", false);
    Optional<String> notes = f.string("notes", false);
    Optional<Channel> channel = channelId.flatMap(channels);
    if (channelId.isPresent() && channel.isEmpty()) {
      out.add(
          CatalogRule.UNKNOWN_REF,
          out.at(f.child("channel")),
          f.label + ": channel '" + channelId.get() + "' is not defined; the offering is skipped",
          "add it to \"channels\"");
      return Optional.empty();
    }
    Optional<Pricing> pricing = Optional.empty();
    if (pricingNode.isPresent() && channel.isPresent()) {
      pricing = new PricingFields(out).pricing(f, pricingNode.get(), channel.get());
    }
    if (!f.usable()) {
      return Optional.empty();
    }
    if (validUntil.isPresent() && validUntil.get().isBefore(asOf)) {
      out.add(
          CatalogRule.EXPIRED_PRICE,
          out.at(f.child("validUntil")),
          f.label
              + ": the price was valid until "
              + validUntil.get()
              + ", before the catalog's asOf "
              + asOf,
          "re-check the price and drop validUntil");
    }
    return Optional.of(
        ImmutableOffering.builder()
            .channel(channelId.get())
            .tier(channel.get().tier())
            .setupEffort(channel.get().setupEffort())
            .channelModelId(channelModelId.get())
            .pricing(pricing)
            .latency(latency)
            .contextWindow(context)
            .maxOutput(maxOutput)
            .regions(regions)
            .source(source.get())
            .verifiedOn(verifiedOn.get())
            .validUntil(validUntil)
            .notes(notes)
            .build());
  }

  private Optional<Latency> latency(Fields offering) {
    Optional<JsonNode> l = offering.object("latency", false);
    if (l.isEmpty()) {
      return Optional.empty();
    }
    Fields f =
        new Fields(out, l.get(), offering.child("latency"), offering.label + ", latency", LATENCY);
    Optional<BigDecimal> ttft = f.number("ttftSeconds", false);
    Optional<BigDecimal> tps = f.number("outputTokensPerSecond", true);
    Optional<String> source = f.string("source", true);
    if (ttft.isPresent() && (ttft.get().signum() <= 0 || ttft.get().compareTo(MAX_TTFT) > 0)) {
      f.wrong("ttftSeconds", true, "must be above 0 and at most 600 seconds");
    }
    if (tps.isPresent() && (tps.get().signum() <= 0 || tps.get().compareTo(MAX_TPS) > 0)) {
      f.wrong("outputTokensPerSecond", true, "must be above 0 and at most 10000");
    }
    if (!f.usable()) {
      return Optional.empty();
    }
    return Optional.of(
        ImmutableLatency.builder()
            .ttftSeconds(ttft)
            .outputTokensPerSecond(tps.get())
            .source(source.get())
            .build());
  }
}
