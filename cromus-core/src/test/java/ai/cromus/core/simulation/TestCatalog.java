package ai.cromus.core.simulation;

import ai.cromus.core.catalog.Capabilities;
import ai.cromus.core.catalog.Channel;
import ai.cromus.core.catalog.EcosystemTier;
import ai.cromus.core.catalog.Latency;
import ai.cromus.core.catalog.LongContextPricing;
import ai.cromus.core.catalog.Model;
import ai.cromus.core.catalog.ModelCatalog;
import ai.cromus.core.catalog.Offering;
import ai.cromus.core.catalog.Pricing;
import ai.cromus.core.catalog.ReasoningSupport;
import ai.cromus.core.catalog.Support;
import ai.cromus.core.catalog.Vendor;
import ai.cromus.core.workflow.CapabilityTier;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A small catalog built in code, with the prices of docs/pricing.md, for hand-computed tests. */
final class TestCatalog {
  static final LocalDate AS_OF = LocalDate.of(2026, 11, 25);

  private TestCatalog() {}

  static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  static Channel channel(String id, EcosystemTier tier) {
    return Channel.builder()
        .id(id)
        .name(id)
        .tier(tier)
        .setupEffort(
            tier == EcosystemTier.MANAGED
                ? "cloud account and model-access request, hours"
                : "API key, minutes")
        .description(id)
        .build();
  }

  static ai.cromus.core.catalog.ImmutableOffering.Builder offering(Channel c) {
    return Offering.builder()
        .channel(c.id())
        .tier(c.tier())
        .setupEffort(c.setupEffort())
        .channelModelId("x")
        .source("test")
        .verifiedOn(AS_OF);
  }

  static Latency latency(String ttft, String tps) {
    return Latency.builder()
        .ttftSeconds(d(ttft))
        .outputTokensPerSecond(d(tps))
        .source("docs/pricing.md §10.3")
        .build();
  }

  static Capabilities caps(ReasoningSupport reasoning) {
    return Capabilities.builder()
        .toolCalling(Support.YES)
        .structuredOutput(Support.YES)
        .promptCaching(Support.YES)
        .reasoning(reasoning)
        .build();
  }

  static final Channel ANTHROPIC = channel("anthropic-api", EcosystemTier.MAINSTREAM);
  static final Channel OPENAI = channel("openai-api", EcosystemTier.MAINSTREAM);
  static final Channel GOOGLE = channel("google-ai-studio", EcosystemTier.MAINSTREAM);
  static final Channel BEDROCK = channel("aws-bedrock", EcosystemTier.MANAGED);
  static final Channel GROQ = channel("groq", EcosystemTier.INFRA);

  static Model model(
      String id,
      String vendor,
      CapabilityTier tier,
      boolean open,
      ReasoningSupport r,
      Offering... offerings) {
    return Model.builder()
        .id(id)
        .displayName(id)
        .vendor(vendor)
        .family(id)
        .capabilityTier(tier)
        .openWeights(open)
        .license(open ? "apache-2.0" : "proprietary")
        .contextWindow(1_000_000)
        .maxOutput(64_000)
        .capabilities(caps(r))
        .addOfferings(offerings)
        .build();
  }

  static final Pricing SONNET_PRICES =
      Pricing.builder()
          .input(d("3"))
          .output(d("15"))
          .cacheRead(d("0.3"))
          .cacheWrite5m(d("3.75"))
          .cacheWrite1h(d("6"))
          .build();

  static final Model HAIKU =
      model(
          "claude-haiku-4-5",
          "anthropic",
          CapabilityTier.LIGHTWEIGHT,
          false,
          ReasoningSupport.OPTIONAL,
          offering(ANTHROPIC)
              .pricing(
                  Pricing.builder()
                      .input(d("1"))
                      .output(d("5"))
                      .cacheRead(d("0.1"))
                      .cacheWrite5m(d("1.25"))
                      .cacheWrite1h(d("2"))
                      .build())
              .latency(latency("0.4", "180"))
              .build());
  static final Model SONNET =
      Model.builder()
          .from(
              model(
                  "claude-sonnet-4-6",
                  "anthropic",
                  CapabilityTier.BALANCED,
                  false,
                  ReasoningSupport.OPTIONAL,
                  offering(ANTHROPIC)
                      .pricing(SONNET_PRICES)
                      .latency(latency("0.74", "104"))
                      .build(),
                  offering(BEDROCK)
                      .pricing(
                          Pricing.builder().from(SONNET_PRICES).regionalUplift(d("1.1")).build())
                      .latency(latency("0.74", "104"))
                      .build()))
          .addAliases("claude-sonnet-4.6", "anthropic:claude-sonnet-4-6")
          .build();
  static final Model OPUS =
      model(
          "claude-opus-4-7",
          "anthropic",
          CapabilityTier.FRONTIER,
          false,
          ReasoningSupport.OPTIONAL,
          offering(ANTHROPIC)
              .pricing(
                  Pricing.builder()
                      .input(d("5"))
                      .output(d("25"))
                      .cacheRead(d("0.5"))
                      .cacheWrite5m(d("6.25"))
                      .cacheWrite1h(d("10"))
                      .build())
              .latency(latency("1.5", "52"))
              .build());
  static final Model GPT_MINI =
      model(
          "gpt-5-mini",
          "openai",
          CapabilityTier.LIGHTWEIGHT,
          false,
          ReasoningSupport.ALWAYS,
          offering(OPENAI)
              .pricing(
                  Pricing.builder()
                      .input(d("0.25"))
                      .output(d("2"))
                      .cacheRead(d("0.025"))
                      .batchInput(d("0.125"))
                      .batchOutput(d("1"))
                      .build())
              .latency(latency("1.2", "150"))
              .build());
  static final Model GEMINI_PRO =
      model(
          "gemini-2-5-pro",
          "google",
          CapabilityTier.FRONTIER,
          false,
          ReasoningSupport.OPTIONAL,
          offering(GOOGLE)
              .pricing(
                  Pricing.builder()
                      .input(d("1.25"))
                      .output(d("10"))
                      .cacheRead(d("0.125"))
                      .longContext(
                          LongContextPricing.builder()
                              .thresholdTokens(200_000)
                              .input(d("2.5"))
                              .output(d("15"))
                              .cacheRead(d("0.25"))
                              .build())
                      .build())
              .latency(latency("0.5", "150"))
              .build());
  static final Model LLAMA_8B =
      model(
          "llama-3-1-8b",
          "meta",
          CapabilityTier.LIGHTWEIGHT,
          true,
          ReasoningSupport.NONE,
          offering(GROQ)
              .pricing(Pricing.builder().input(d("0.05")).output(d("0.08")).build())
              .latency(latency("0.1", "750"))
              .build());
  static final Model LLAMA_70B =
      model(
          "llama-3-3-70b",
          "meta",
          CapabilityTier.BALANCED,
          true,
          ReasoningSupport.NONE,
          offering(GROQ)
              .pricing(Pricing.builder().input(d("0.59")).output(d("0.79")).build())
              .latency(latency("0.2", "300"))
              .build());
  static final Model LLAMA_405B =
      model(
          "llama-3-1-405b",
          "meta",
          CapabilityTier.FRONTIER,
          true,
          ReasoningSupport.NONE,
          offering(GROQ)
              .pricing(Pricing.builder().input(d("3.5")).output(d("3.5")).build())
              .build());

  static final List<Vendor> VENDORS =
      List.of(
          Vendor.builder().id("anthropic").name("Anthropic").batchDiscount(d("0.5")).build(),
          Vendor.builder()
              .id("openai")
              .name("OpenAI")
              .batchDiscount(d("0.5"))
              .cachedInputIncludedInInput(true)
              .build(),
          Vendor.builder()
              .id("google")
              .name("Google")
              .batchDiscount(d("0.5"))
              .cachedInputIncludedInInput(true)
              .build(),
          Vendor.builder().id("meta").name("Meta").build());

  static final ModelCatalog CATALOG =
      ModelCatalog.of(
          "test.1",
          AS_OF,
          VENDORS,
          List.of(ANTHROPIC, OPENAI, GOOGLE, BEDROCK, GROQ),
          List.of(HAIKU, SONNET, OPUS, GPT_MINI, GEMINI_PRO, LLAMA_8B, LLAMA_70B, LLAMA_405B));
}
