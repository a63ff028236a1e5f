package ai.cromus.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import ai.cromus.core.diagnostic.Diagnostic;
import ai.cromus.core.diagnostic.RuleCatalog;
import ai.cromus.core.diagnostic.Severity;
import ai.cromus.core.workflow.Parsed;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CatalogReaderTest {
  private static final String SRC = "user-catalog.json";

  private static Parsed<ModelCatalog> read(String json) {
    return CatalogReader.read(SRC, json);
  }

  /** The fixture with the first occurrence of {@code from} replaced by {@code to}. */
  private static String edit(String from, String to) {
    int at = CatalogFixture.VALID.indexOf(from);
    assertThat(at).as("fixture contains %s", from).isNotNegative();
    return CatalogFixture.VALID.substring(0, at)
        + to
        + CatalogFixture.VALID.substring(at + from.length());
  }

  private static String render(List<Diagnostic> ds) {
    return ds.stream()
        .map(d -> d.rule() + "@" + d.line() + ":" + d.column() + " " + d.message())
        .collect(Collectors.joining("\n"));
  }

  @Test
  void readsAValidCatalogExactlyAndWithoutDiagnostics() {
    Parsed<ModelCatalog> p = read(CatalogFixture.VALID);
    assertThat(p.diagnostics()).as(render(p.diagnostics())).isEmpty();
    ModelCatalog c = p.value();
    assertThat(c.version()).isEqualTo("2026.11");
    assertThat(c.models())
        .extracting(Model::id)
        .containsExactly("claude-sonnet-4-6", "llama-3-3-70b");
    Offering direct = c.offering("claude-sonnet-4.6", "anthropic-api").orElseThrow();
    Pricing price = direct.pricing().orElseThrow();
    // exact decimals as written: 0.30 keeps its scale, nothing went through double
    assertThat(price.cacheRead()).contains(new BigDecimal("0.30"));
    assertThat(price.cacheWrite5m()).contains(new BigDecimal("3.75"));
    assertThat(direct.badge().label()).isEqualTo("mainstream · anthropic-api · API key, minutes");
    assertThat(direct.latency().orElseThrow().ttftSeconds()).contains(new BigDecimal("0.74"));
    Offering bedrock = c.offering("claude-sonnet-4-6", "aws-bedrock").orElseThrow();
    assertThat(bedrock.tier()).isEqualTo(EcosystemTier.MANAGED);
    assertThat(bedrock.pricing().orElseThrow().regionalUplift()).contains(new BigDecimal("1.1"));
    Offering self = c.offering("llama-3-3-70b", "self-hosted").orElseThrow();
    assertThat(self.pricing()).isEmpty();
    assertThat(c.vendor("anthropic").orElseThrow().batchDiscount()).contains(new BigDecimal("0.5"));
  }

  static Stream<Arguments> brokenCatalogs() {
    return Stream.of(
        Arguments.of("not JSON", "{\"catalogVersion\": ", "CATALOG-SYNTAX", 1, 20),
        Arguments.of("empty text", "", "CATALOG-SYNTAX", 1, 1),
        Arguments.of("top level array", "[1, 2]", "CATALOG-SYNTAX", 1, 1),
        Arguments.of("trailing garbage", CatalogFixture.VALID + "]", "CATALOG-SYNTAX", 46, 1),
        Arguments.of("wrong currency", edit("\"USD\"", "\"EUR\""), "CATALOG-HEADER", 4, 15),
        Arguments.of(
            "wrong unit", edit("\"per_million_tokens\"", "\"per_token\""), "CATALOG-HEADER", 5, 11),
        Arguments.of(
            "bad asOf", edit("\"2026-11-25\",\n", "\"25/11/2026\",\n"), "CATALOG-HEADER", 3, 11),
        Arguments.of(
            "negative price",
            edit(
                "\"input\": 3, \"output\": 15, \"cacheRead\"",
                "\"input\": -3, \"output\": 15, \"cacheRead\""),
            "CATALOG-PRICE",
            25,
            31),
        Arguments.of(
            "per-token price",
            edit("\"output\": 15, \"regionalUplift\"", "\"output\": 15000, \"regionalUplift\""),
            "CATALOG-PRICE",
            29,
            44),
        Arguments.of(
            "price as string",
            edit(
                "\"input\": 3, \"output\": 15, \"regionalUplift\"",
                "\"input\": \"3\", \"output\": 15, \"regionalUplift\""),
            "CATALOG-FIELD-TYPE",
            29,
            31),
        Arguments.of(
            "optional price as string",
            edit("\"cacheRead\": 0.30", "\"cacheRead\": \"0.30\""),
            "CATALOG-FIELD-TYPE",
            25,
            61),
        Arguments.of(
            "missing output",
            edit(
                "\"input\": 3, \"output\": 15, \"regionalUplift\": 1.1",
                "\"input\": 3, \"regionalUplift\": 1.1"),
            "CATALOG-FIELD-MISSING",
            29,
            21),
        Arguments.of(
            "batch input alone",
            edit(", \"batchOutput\": 7.5", ""),
            "CATALOG-FIELD-MISSING",
            25,
            21),
        Arguments.of(
            "uplift out of range",
            edit("\"regionalUplift\": 1.1", "\"regionalUplift\": 11"),
            "CATALOG-PRICE",
            29,
            66),
        Arguments.of(
            "cache read above input",
            edit("\"cacheRead\": 0.30", "\"cacheRead\": 30"),
            "CATALOG-PRICE-ORDER",
            25,
            61),
        Arguments.of(
            "batch above standard",
            edit("\"batchOutput\": 7.5", "\"batchOutput\": 75"),
            "CATALOG-PRICE-ORDER",
            25,
            142),
        Arguments.of(
            "unknown channel",
            edit("{\"channel\": \"aws-bedrock\"", "{\"channel\": \"aws-bedrok\""),
            "CATALOG-UNKNOWN-REF",
            28,
            21),
        Arguments.of(
            "unknown vendor",
            edit("\"vendor\": \"meta\"", "\"vendor\": \"facebook\""),
            "CATALOG-UNKNOWN-REF",
            35,
            17),
        Arguments.of(
            "unknown tier",
            edit("\"tier\": \"managed\"", "\"tier\": \"hyperscaler\""),
            "CATALOG-FIELD-TYPE",
            12,
            54),
        Arguments.of(
            "unknown capability tier",
            edit(
                "\"capabilityTier\": \"balanced\", \"openWeights\": true",
                "\"capabilityTier\": \"huge\", \"openWeights\": true"),
            "CATALOG-FIELD-TYPE",
            35,
            62),
        Arguments.of(
            "duplicate model id",
            edit("\"id\": \"llama-3-3-70b\"", "\"id\": \"claude-sonnet-4-6\""),
            "CATALOG-DUPLICATE-ID",
            34,
            13),
        Arguments.of(
            "alias of another model",
            edit("[\"meta-llama/Llama-3.3-70B-Instruct\"]", "[\"Claude-Sonnet-4.6\"]"),
            "CATALOG-DUPLICATE-ID",
            34,
            74),
        Arguments.of(
            "duplicate key",
            edit("\"family\": \"llama\",", "\"family\": \"llama\", \"family\": \"llama\","),
            "CATALOG-DUPLICATE-KEY",
            35,
            44),
        Arguments.of(
            "unknown field",
            edit(
                "\"status\": \"active\",\n      \"offerings\": [\n        {\"channel\": \"self-hosted\"",
                "\"status\": \"active\", \"colour\": 1,\n      \"offerings\": [\n        {\"channel\": \"self-hosted\""),
            "CATALOG-UNKNOWN-FIELD",
            38,
            27),
        Arguments.of(
            "token price on self-hosted",
            edit("{\"selfHosted\": true}", "{\"input\": 1, \"output\": 1}"),
            "CATALOG-PRICING-KIND",
            40,
            102),
        Arguments.of(
            "self-hosted on priced channel",
            edit("\"regionalUplift\": 1.1}", "\"regionalUplift\": 1.1, \"selfHosted\": true}"),
            "CATALOG-PRICING-KIND",
            29,
            21),
        Arguments.of(
            "bad date",
            edit("\"verifiedOn\": \"2026-07-18\"", "\"verifiedOn\": \"2026-02-30\""),
            "CATALOG-FIELD-TYPE",
            30,
            77),
        Arguments.of(
            "missing source",
            edit("\"source\": \"https://aws.amazon.com/bedrock/pricing/\", ", ""),
            "CATALOG-FIELD-MISSING",
            28,
            9),
        Arguments.of(
            "non-kebab id",
            edit("\"id\": \"llama-3-3-70b\"", "\"id\": \"Llama 3.3\""),
            "CATALOG-FIELD-TYPE",
            34,
            13),
        Arguments.of(
            "fractional context",
            edit("\"contextWindow\": 131072", "\"contextWindow\": 131072.5"),
            "CATALOG-FIELD-TYPE",
            36,
            24),
        Arguments.of(
            "model not an object",
            edit(
                "    {\n      \"id\": \"llama-3-3-70b\"",
                "    7, {\n      \"id\": \"llama-3-3-70b\""),
            "CATALOG-FIELD-TYPE",
            33,
            5),
        Arguments.of(
            "dangling successor",
            edit(
                "\"status\": \"active\",\n      \"offerings\": [\n        {\"channel\": \"anthropic-api\"",
                "\"status\": \"deprecated\", \"successor\": \"claude-sonnet-9\",\n      \"offerings\": [\n        {\"channel\": \"anthropic-api\""),
            "CATALOG-UNKNOWN-REF",
            22,
            44),
        Arguments.of(
            "active with successor",
            edit(
                "\"status\": \"active\",\n      \"offerings\": [\n        {\"channel\": \"anthropic-api\"",
                "\"status\": \"active\", \"successor\": \"llama-3-3-70b\",\n      \"offerings\": [\n        {\"channel\": \"anthropic-api\""),
            "CATALOG-STATUS",
            22,
            17),
        Arguments.of(
            "expired promotion",
            edit(
                "\"verifiedOn\": \"2026-07-18\"",
                "\"verifiedOn\": \"2026-07-18\", \"validUntil\": \"2026-08-31\""),
            "CATALOG-EXPIRED-PRICE",
            30,
            105),
        Arguments.of(
            "no offerings",
            edit(
                "\"offerings\": [\n        {\"channel\": \"self-hosted\", \"channelModelId\": \"meta-llama/Llama-3.3-70B-Instruct\", \"pricing\": {\"selfHosted\": true},\n         \"source\": \"https://huggingface.co/meta-llama/Llama-3.3-70B-Instruct\", \"verifiedOn\": \"2026-11-25\"}\n      ]",
                "\"offerings\": []"),
            "CATALOG-FIELD-TYPE",
            39,
            20));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenCatalogs")
  void namesTheBadEntryWithRuleLineAndColumn(
      String name, String json, String rule, int line, int column) {
    Parsed<ModelCatalog> p = read(json);
    String all = render(p.diagnostics());
    assertThat(p.diagnostics())
        .as(all)
        .anySatisfy(
            d -> {
              assertThat(d.rule()).isEqualTo(rule);
              assertThat(d.source()).isEqualTo(SRC);
              assertThat(d.line()).isEqualTo(line);
              assertThat(d.column()).isEqualTo(column);
              assertThat(RuleCatalog.find(d.rule())).isPresent();
              assertThat(d.severity())
                  .isEqualTo(RuleCatalog.find(d.rule()).orElseThrow().severity());
            });
  }

  @Test
  void skipsOnlyTheBrokenOfferingAndKeepsTheRest() {
    Parsed<ModelCatalog> p =
        read(
            edit(
                "\"input\": 3, \"output\": 15, \"regionalUplift\"",
                "\"input\": 0, \"output\": 15, \"regionalUplift\""));
    assertThat(p.isValid()).isFalse();
    Model sonnet = p.value().find("claude-sonnet-4-6").orElseThrow();
    assertThat(sonnet.offerings()).extracting(Offering::channel).containsExactly("anthropic-api");
    assertThat(p.value().find("llama-3-3-70b")).isPresent();
    Diagnostic d =
        p.diagnostics().stream()
            .filter(x -> x.rule().equals("CATALOG-PRICE"))
            .findFirst()
            .orElseThrow();
    assertThat(d.message())
        .contains("model 'claude-sonnet-4-6'", "offering 'aws-bedrock'", "input");
  }

  @Test
  void aBadOptionalPriceSkipsTheOfferingToo() {
    Parsed<ModelCatalog> p = read(edit("\"cacheRead\": 0.30", "\"cacheRead\": \"0.30\""));
    assertThat(p.value().find("claude-sonnet-4-6").orElseThrow().offerings())
        .extracting(Offering::channel)
        .containsExactly("aws-bedrock");
    assertThat(p.diagnostics())
        .singleElement()
        .satisfies(
            d ->
                assertThat(d.message())
                    .endsWith("field 'cacheRead' must be a JSON number (USD per million tokens)"));
  }

  @Test
  void warningsKeepTheCatalogValid() {
    Parsed<ModelCatalog> p = read(edit("\"cacheRead\": 0.30", "\"cacheRead\": 3"));
    assertThat(p.diagnostics()).extracting(Diagnostic::rule).containsExactly("CATALOG-PRICE-ORDER");
    assertThat(p.diagnostics().get(0).severity()).isEqualTo(Severity.WARNING);
    assertThat(p.isValid()).isTrue();
  }

  @Test
  void aFileThatDoesNotParseGivesAnEmptyInvalidCatalog() {
    Parsed<ModelCatalog> p = read("{ nope");
    assertThat(p.isValid()).isFalse();
    assertThat(p.value().version()).isEqualTo("invalid");
    assertThat(p.value().models()).isEmpty();
  }

  @Test
  void absurdNestingIsASyntaxDiagnosticNotACrash() {
    Parsed<ModelCatalog> p = read("{\"models\": " + "[".repeat(5000) + "]".repeat(5000) + "}");
    assertThat(p.diagnostics()).extracting(Diagnostic::rule).containsExactly("CATALOG-SYNTAX");
    assertThat(p.diagnostics().get(0).message()).contains("nesting");
  }

  @Test
  void everyCatalogRuleIsInTheRuleCatalogue() {
    for (CatalogRule r : CatalogRule.values()) {
      assertThat(r.id()).startsWith("CATALOG-");
      assertThat(RuleCatalog.find(r.id())).contains(r);
    }
  }

  @Test
  void readingIsDeterministic() {
    String broken = edit("\"vendor\": \"meta\"", "\"vendor\": \"x\", \"extra\": [1,2]");
    assertThat(render(read(broken).diagnostics())).isEqualTo(render(read(broken).diagnostics()));
  }
}
