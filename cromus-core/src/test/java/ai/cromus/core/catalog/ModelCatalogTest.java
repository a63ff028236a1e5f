package ai.cromus.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.cromus.core.diagnostic.Diagnostic;
import ai.cromus.core.workflow.CapabilityTier;
import ai.cromus.core.workflow.Parsed;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ModelCatalogTest {
  private static final ModelCatalog BASE =
      CatalogReader.read("base.json", CatalogFixture.VALID).value();

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "claude-sonnet-4-6|claude-sonnet-4-6",
        "Claude-Sonnet-4.6|claude-sonnet-4-6",
        "claude_sonnet_4_6|claude-sonnet-4-6",
        "  claude sonnet 4.6 |claude-sonnet-4-6",
        "claude-sonnet-4-6-20260217|claude-sonnet-4-6",
        "claude-sonnet-4-6@20260217|claude-sonnet-4-6",
        "claude-sonnet-4-6-latest|claude-sonnet-4-6",
        "anthropic:claude-sonnet-4.6|claude-sonnet-4-6",
        "anthropic/claude-sonnet-4-6|claude-sonnet-4-6",
        "openrouter/anthropic/claude-sonnet-4.6|claude-sonnet-4-6",
        "anthropic.claude-sonnet-4-6-v1:0|claude-sonnet-4-6",
        "us.anthropic.claude-sonnet-4-6-v1:0|claude-sonnet-4-6",
        "eu.anthropic.claude-sonnet-4-6|claude-sonnet-4-6",
        "global.anthropic.claude-sonnet-4-6-v1:0|claude-sonnet-4-6",
        "meta-llama/Llama-3.3-70B-Instruct|llama-3-3-70b",
        "together/meta-llama/llama-3.3-70b-instruct|llama-3-3-70b",
        "llama-3.3-70b|llama-3-3-70b"
      })
  void resolvesDecoratedNames(String query, String id) {
    ModelLookup l = BASE.lookup(query);
    assertThat(l.model()).as(query).map(Model::id).contains(id);
    assertThat(l.nearest()).isEmpty();
    assertThat(l.query()).isEqualTo(query);
  }

  @Test
  void neverGuessesAnUnknownNameButSuggestsTheNearest() {
    ModelLookup l = BASE.lookup("claude-sonet-4-6");
    assertThat(l.found()).isFalse();
    assertThat(l.nearest()).containsExactly("claude-sonnet-4-6");
    assertThat(BASE.lookup("claude-sonnet-4-7").model()).isEmpty();
    assertThat(BASE.lookup("gpt-5").model()).isEmpty();
    assertThat(BASE.lookup("").model()).isEmpty();
    assertThat(BASE.lookup("zzzzzzzzzzzzzzzzzzzzzzzzzzzzz").nearest()).isEmpty();
    assertThat(BASE.lookup("x".repeat(100_000)).found()).isFalse();
  }

  @Test
  void aLooseFormClaimedByTwoModelsResolvesToNeither() {
    Model a = model("widget-1-preview", List.of());
    Model b = model("widget-1-latest", List.of());
    ModelCatalog c =
        ModelCatalog.of("t", LocalDate.of(2026, 1, 1), List.of(), List.of(), List.of(a, b));
    assertThat(c.lookup("widget-1").found()).isFalse();
    assertThat(c.lookup("widget-1").nearest())
        .containsExactly("widget-1-latest", "widget-1-preview");
    assertThat(c.find("widget-1-preview")).contains(a);
  }

  @Test
  void anExactAliasWinsOverALooseForm() {
    Model dated = model("widget-2", List.of());
    Model other = model("widget-2-2026", List.of());
    ModelCatalog c =
        ModelCatalog.of("t", LocalDate.of(2026, 1, 1), List.of(), List.of(), List.of(dated, other));
    assertThat(c.find("widget-2-2026").map(Model::id)).contains("widget-2-2026");
    assertThat(c.find("widget-2").map(Model::id)).contains("widget-2");
  }

  @Test
  void duplicateAliasesAreRejectedWhenBuiltInCode() {
    Model a = model("alpha", List.of("shared"));
    Model b = model("beta", List.of("Shared"));
    assertThatThrownBy(
            () ->
                ModelCatalog.of("t", LocalDate.of(2026, 1, 1), List.of(), List.of(), List.of(a, b)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("alias 'Shared' of beta already names alpha");
  }

  @Test
  void selectNarrowsOfferingsAndDropsModelsWithoutAny() {
    List<Model> managed =
        BASE.select(CatalogFilter.builder().addEcosystemTiers(EcosystemTier.MANAGED).build());
    assertThat(managed).extracting(Model::id).containsExactly("claude-sonnet-4-6");
    assertThat(managed.get(0).offerings())
        .extracting(Offering::channel)
        .containsExactly("aws-bedrock");
    assertThat(BASE.select(CatalogFilter.builder().openWeights(true).build()))
        .extracting(Model::id)
        .containsExactly("llama-3-3-70b");
    assertThat(
            BASE.select(
                CatalogFilter.builder().addVendors("meta").addChannels("anthropic-api").build()))
        .isEmpty();
    assertThat(
            BASE.select(
                CatalogFilter.builder().addCapabilityTiers(CapabilityTier.BALANCED).build()))
        .hasSize(2);
    assertThat(BASE.select(CatalogFilter.ALL)).isEqualTo(BASE.models());
  }

  static final String OVERLAY =
      """
      {"catalogVersion": "acme-2026.11", "asOf": "2026-11-30", "currency": "USD", "unit": "per_million_tokens",
       "models": [
        {"id": "claude-sonnet-4-6", "aliases": ["acme-sonnet"], "offerings": [
          {"channel": "aws-bedrock", "channelModelId": "arn:aws:bedrock:acme", "pricing": {"input": 2.4, "output": 12},
           "source": "ACME enterprise agreement 2026", "verifiedOn": "2026-11-30"}]},
        {"id": "acme-private-7b", "displayName": "ACME private 7B", "aliases": [], "vendor": "meta", "family": "llama",
         "capabilityTier": "lightweight", "openWeights": true, "license": "internal", "contextWindow": 32768, "maxOutput": 4096,
         "capabilities": {"toolCalling": "no"}, "status": "active", "offerings": [
          {"channel": "self-hosted", "channelModelId": "acme/7b", "pricing": {"selfHosted": true}, "source": "internal", "verifiedOn": "2026-11-30"}]}
       ]}\
      """;

  @Test
  void anOverlayReplacesOfferingsPerChannelAndAddsPrivateModels() {
    Parsed<ModelCatalog> p = CatalogReader.readOverlay("acme.json", OVERLAY, BASE);
    assertThat(p.diagnostics()).extracting(Diagnostic::message).isEmpty();
    ModelCatalog c = p.value();
    assertThat(c.version()).isEqualTo("2026.11+acme-2026.11");
    assertThat(c.asOf()).isEqualTo(LocalDate.of(2026, 11, 30));
    Model sonnet = c.find("acme-sonnet").orElseThrow();
    assertThat(sonnet.displayName()).isEqualTo("Claude Sonnet 4.6");
    assertThat(sonnet.offerings())
        .extracting(Offering::channel)
        .containsExactly("anthropic-api", "aws-bedrock");
    assertThat(sonnet.offering("aws-bedrock").orElseThrow().pricing().orElseThrow().input())
        .isEqualByComparingTo(new BigDecimal("2.4"));
    assertThat(sonnet.offering("anthropic-api").orElseThrow().pricing().orElseThrow().input())
        .isEqualByComparingTo("3");
    assertThat(c.find("claude-sonnet-4.6")).contains(sonnet);
    assertThat(c.find("acme-private-7b").orElseThrow().offerings()).hasSize(1);
    assertThat(c.models())
        .extracting(Model::id)
        .containsExactly("claude-sonnet-4-6", "llama-3-3-70b", "acme-private-7b");
    // the base is untouched
    assertThat(BASE.find("acme-sonnet")).isEmpty();
  }

  @Test
  void anOverlayCannotStealAnAliasOfAnotherBaseModel() {
    String stealing = OVERLAY.replace("\"aliases\": []", "\"aliases\": [\"claude-sonnet-4.6\"]");
    Parsed<ModelCatalog> p = CatalogReader.readOverlay("acme.json", stealing, BASE);
    assertThat(p.diagnostics())
        .extracting(Diagnostic::rule)
        .containsExactly("CATALOG-DUPLICATE-ID");
    assertThat(p.diagnostics().get(0).line()).isEqualTo(6);
    assertThat(p.value().find("claude-sonnet-4.6").map(Model::id)).contains("claude-sonnet-4-6");
  }

  @Test
  void overlayInCodeMergesAliasesAndKeepsBaseOrder() {
    Model extra = model("claude-sonnet-4-6", List.of("my-sonnet"));
    ModelCatalog user =
        ModelCatalog.of("u", LocalDate.of(2026, 1, 1), List.of(), List.of(), List.of(extra));
    ModelCatalog merged = ModelCatalog.overlay(BASE, user);
    assertThat(merged.version()).isEqualTo("2026.11+u");
    assertThat(merged.asOf()).isEqualTo(BASE.asOf());
    Model m = merged.find("my-sonnet").orElseThrow();
    assertThat(m.aliases()).contains("claude-sonnet-4.6", "my-sonnet");
    assertThat(m.offerings())
        .extracting(Offering::channel)
        .containsExactly("anthropic-api", "aws-bedrock", "x");
  }

  private static Model model(String id, List<String> aliases) {
    return Model.builder()
        .id(id)
        .displayName(id)
        .aliases(aliases)
        .vendor("v")
        .family("f")
        .capabilityTier(CapabilityTier.BALANCED)
        .openWeights(false)
        .license("l")
        .contextWindow(1000)
        .maxOutput(100)
        .capabilities(Capabilities.builder().build())
        .addOfferings(
            Offering.builder()
                .channel("x")
                .tier(EcosystemTier.INFRA)
                .setupEffort("s")
                .channelModelId(id)
                .source("s")
                .verifiedOn(LocalDate.of(2026, 1, 1))
                .build())
        .build();
  }
}
