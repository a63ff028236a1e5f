package ai.cromus.core.simulation;

import ai.cromus.core.catalog.Capabilities;
import ai.cromus.core.catalog.Channel;
import ai.cromus.core.catalog.EcosystemTier;
import ai.cromus.core.catalog.Latency;
import ai.cromus.core.catalog.LongContextPricing;
import ai.cromus.core.catalog.Model;
import ai.cromus.core.catalog.ModelCatalog;
import ai.cromus.core.catalog.ModelStatus;
import ai.cromus.core.catalog.Offering;
import ai.cromus.core.catalog.Pricing;
import ai.cromus.core.catalog.QualityIndex;
import ai.cromus.core.catalog.ReasoningSupport;
import ai.cromus.core.catalog.Support;
import ai.cromus.core.catalog.Vendor;
import ai.cromus.core.workflow.CapabilityTier;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Test fixture: reads the bundled catalog file of the cromus-catalog module (core cannot depend
 * on that module) into a {@link ModelCatalog}, copying each channel's tier and setup effort into
 * its offerings.
 */
final class BundledCatalog {
  static final Path FILE = Path.of("../cromus-catalog/src/main/resources/ai/cromus/catalog/catalog-2026.11.json");
  private static ModelCatalog cached;

  private BundledCatalog() {}

  static synchronized ModelCatalog get() {
    if (cached == null) {
      try {
        cached = read(JsonMapper.builder().enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build().readTree(Files.readString(FILE)));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return cached;
  }

  private static BigDecimal dec(JsonNode n) {
    return new BigDecimal(n.asText());
  }

  private static ModelCatalog read(JsonNode root) {
    List<Vendor> vendors = new ArrayList<>();
    for (JsonNode v : root.get("vendors")) {
      var b = Vendor.builder().id(v.get("id").asText()).name(v.get("name").asText())
          .cachedInputIncludedInInput(v.path("cachedInputIncludedInInput").asBoolean(false));
      if (v.has("batchDiscount")) {
        b.batchDiscount(dec(v.get("batchDiscount")));
      }
      vendors.add(b.build());
    }
    List<Channel> channels = new ArrayList<>();
    Map<String, Channel> byId = new HashMap<>();
    for (JsonNode c : root.get("channels")) {
      Channel ch = Channel.builder().id(c.get("id").asText()).name(c.get("name").asText())
          .tier(EcosystemTier.of(c.get("tier").asText())).setupEffort(c.get("setupEffort").asText())
          .description(c.path("description").asText("")).selfHosted(c.path("selfHosted").asBoolean(false)).build();
      channels.add(ch);
      byId.put(ch.id(), ch);
    }
    List<Model> models = new ArrayList<>();
    for (JsonNode m : root.get("models")) {
      JsonNode caps = m.path("capabilities");
      var mb = Model.builder().id(m.get("id").asText()).displayName(m.path("displayName").asText(m.get("id").asText()))
          .vendor(m.get("vendor").asText()).family(m.path("family").asText(""))
          .capabilityTier(CapabilityTier.of(m.get("capabilityTier").asText()))
          .openWeights(m.path("openWeights").asBoolean(false)).license(m.path("license").asText(""))
          .contextWindow(m.path("contextWindow").asLong(0)).maxOutput(m.path("maxOutput").asLong(0))
          .status(ModelStatus.of(m.path("status").asText("active")))
          .capabilities(Capabilities.builder()
              .toolCalling(Support.of(caps.path("toolCalling").asText("unknown")))
              .structuredOutput(Support.of(caps.path("structuredOutput").asText("unknown")))
              .vision(Support.of(caps.path("vision").asText("unknown")))
              .promptCaching(Support.of(caps.path("promptCaching").asText("unknown")))
              .reasoning(ReasoningSupport.of(caps.path("reasoning").asText("none"))).build());
      m.path("aliases").forEach(a -> mb.addAliases(a.asText()));
      if (m.has("quality")) {
        mb.quality(QualityIndex.builder().index(dec(m.get("quality").get("index")))
            .source(m.get("quality").path("source").asText("")).build());
      }
      if (m.has("deprecationDate")) {
        mb.deprecationDate(LocalDate.parse(m.get("deprecationDate").asText()));
      }
      if (m.has("successor")) {
        mb.successor(m.get("successor").asText());
      }
      for (JsonNode o : m.get("offerings")) {
        Channel ch = byId.get(o.get("channel").asText());
        var ob = Offering.builder().channel(ch.id()).tier(ch.tier()).setupEffort(ch.setupEffort())
            .channelModelId(o.path("channelModelId").asText(m.get("id").asText()))
            .source(o.path("source").asText("")).verifiedOn(LocalDate.parse(o.path("verifiedOn").asText("2026-11-25")));
        o.path("regions").forEach(r -> ob.addRegions(r.asText()));
        if (o.has("pricing") && o.get("pricing").has("input")) {
          JsonNode p = o.get("pricing");
          var pb = Pricing.builder().input(dec(p.get("input"))).output(dec(p.get("output")));
          if (p.has("cacheRead")) pb.cacheRead(dec(p.get("cacheRead")));
          if (p.has("cacheWrite5m")) pb.cacheWrite5m(dec(p.get("cacheWrite5m")));
          if (p.has("cacheWrite1h")) pb.cacheWrite1h(dec(p.get("cacheWrite1h")));
          if (p.has("batchInput")) pb.batchInput(dec(p.get("batchInput")));
          if (p.has("batchOutput")) pb.batchOutput(dec(p.get("batchOutput")));
          if (p.has("regionalUplift")) pb.regionalUplift(dec(p.get("regionalUplift")));
          if (p.has("longContext")) {
            JsonNode l = p.get("longContext");
            var lb = LongContextPricing.builder().thresholdTokens(l.get("thresholdTokens").asLong())
                .input(dec(l.get("input"))).output(dec(l.get("output")));
            if (l.has("cacheRead")) lb.cacheRead(dec(l.get("cacheRead")));
            if (l.has("cacheWrite5m")) lb.cacheWrite5m(dec(l.get("cacheWrite5m")));
            if (l.has("cacheWrite1h")) lb.cacheWrite1h(dec(l.get("cacheWrite1h")));
            pb.longContext(lb.build());
          }
          ob.pricing(pb.build());
        }
        if (o.has("latency") && o.get("latency").has("ttftSeconds")) {
          JsonNode l = o.get("latency");
          ob.latency(Latency.builder().ttftSeconds(dec(l.get("ttftSeconds")))
              .outputTokensPerSecond(dec(l.get("outputTokensPerSecond"))).source(l.path("source").asText("")).build());
        }
        if (o.has("contextWindow")) ob.contextWindow(o.get("contextWindow").asLong());
        if (o.has("maxOutput")) ob.maxOutput(o.get("maxOutput").asLong());
        if (o.has("validUntil")) ob.validUntil(LocalDate.parse(o.get("validUntil").asText()));
        mb.addOfferings(ob.build());
      }
      models.add(mb.build());
    }
    return ModelCatalog.of(root.get("catalogVersion").asText(), LocalDate.parse(root.get("asOf").asText()),
        vendors, channels, models);
  }
}
