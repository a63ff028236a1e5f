package ai.cromus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ai.cromus.catalog.BundledCatalog;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelsCommandTest {
  private record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = CromusCommand.execute(new PrintWriter(out), new PrintWriter(err), args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void listsEveryOfferingWithItsBadge() {
    Run r = run("models");
    assertThat(r.code()).isZero();
    int offerings =
        BundledCatalog.get().models().stream().mapToInt(m -> m.offerings().size()).sum();
    assertThat(r.out())
        .startsWith(
            "catalog 2026.11 (as of 2026-11-25): "
                + BundledCatalog.get().models().size()
                + " models, "
                + offerings
                + " offerings; prices in USD per million tokens");
    assertThat(r.out())
        .contains("managed · aws-bedrock · cloud account and model-access request, hours");
    assertThat(r.out().lines().filter(l -> l.startsWith("claude-sonnet-4-6 ")).count())
        .isEqualTo(4);
  }

  @Test
  void filtersByVendorChannelTierAndWeights() throws Exception {
    JsonNode bedrock =
        new ObjectMapper()
            .readTree(run("models", "--channel", "aws-bedrock", "--format", "json").out());
    assertThat(bedrock.size()).isPositive();
    for (JsonNode m : bedrock) {
      assertThat(m.get("offerings").size()).isEqualTo(1);
      assertThat(m.get("offerings").get(0).get("channel").asText()).isEqualTo("aws-bedrock");
      assertThat(m.get("offerings").get(0).get("ecosystemTier").asText()).isEqualTo("managed");
    }
    JsonNode open =
        new ObjectMapper()
            .readTree(
                run("models", "--open-weights", "--tier", "frontier", "--format", "json").out());
    assertThat(open.size()).isPositive();
    for (JsonNode m : open) {
      assertThat(m.get("openWeights").asBoolean()).isTrue();
      assertThat(m.get("capabilityTier").asText()).isEqualTo("frontier");
    }
    JsonNode anthropic =
        new ObjectMapper()
            .readTree(
                run("models", "--vendor", "anthropic", "--tier", "mainstream", "--format", "json")
                    .out());
    assertThat(anthropic.size()).isEqualTo(15);
  }

  @Test
  void jsonCarriesTheDocumentedFieldsWithExactPrices() throws Exception {
    JsonNode all =
        new ObjectMapper()
            .readTree(run("models", "--vendor", "anthropic", "--format", "json").out());
    JsonNode sonnet = null;
    for (JsonNode m : all) {
      if (m.get("id").asText().equals("claude-sonnet-4-6")) {
        sonnet = m;
      }
    }
    assertThat(sonnet).isNotNull();
    for (String f :
        new String[] {
          "id",
          "aliases",
          "vendor",
          "family",
          "openWeights",
          "capabilityTier",
          "status",
          "offerings"
        }) {
      assertThat(sonnet.has(f)).as(f).isTrue();
    }
    JsonNode direct = sonnet.get("offerings").get(0);
    for (String f :
        new String[] {
          "channel",
          "ecosystemTier",
          "inputUsdPerMTok",
          "outputUsdPerMTok",
          "cachedInputUsdPerMTok",
          "contextTokens",
          "maxOutputTokens",
          "setupEffort",
          "source",
          "verifiedOn"
        }) {
      assertThat(direct.has(f)).as(f).isTrue();
    }
    assertThat(direct.get("channel").asText()).isEqualTo("anthropic-api");
    assertThat(direct.get("inputUsdPerMTok").decimalValue()).isEqualByComparingTo("3");
    assertThat(direct.get("cachedInputUsdPerMTok").decimalValue()).isEqualByComparingTo("0.3");
  }

  @Test
  void unknownFiltersAreUsageErrors() {
    Run r = run("models", "--channel", "aws-bedrok");
    assertThat(r.code()).isEqualTo(CromusCommand.USAGE);
    assertThat(r.err()).contains("unknown channel 'aws-bedrok'", "aws-bedrock");
    assertThat(run("models", "--tier", "huge").code()).isEqualTo(CromusCommand.USAGE);
  }

  @Test
  void anOverlayCatalogShowsNegotiatedPrices(@TempDir Path dir) throws Exception {
    Path overlay = dir.resolve("acme.json");
    Files.writeString(
        overlay,
        "{\"catalogVersion\": \"acme-1\", \"asOf\": \"2026-11-30\", \"currency\": \"USD\","
            + " \"unit\": \"per_million_tokens\", \"models\": [{\"id\": \"claude-sonnet-4-6\", \"offerings\": ["
            + "{\"channel\": \"aws-bedrock\", \"channelModelId\": \"acme-arn\", \"pricing\": {\"input\": 2.4, \"output\": 12},"
            + " \"source\": \"https://acme.example/contract\", \"verifiedOn\": \"2026-11-30\"}]}]}",
        StandardCharsets.UTF_8);
    Run r =
        run(
            "models",
            "--catalog",
            overlay.toString(),
            "--channel",
            "aws-bedrock",
            "--vendor",
            "anthropic");
    assertThat(r.err()).isEmpty();
    assertThat(r.code()).isZero();
    assertThat(r.out()).startsWith("catalog 2026.11+acme-1 (as of 2026-11-30)");
    assertThat(r.out()).containsPattern("claude-sonnet-4-6 .* 2\\.4 +12 ");
    Files.writeString(overlay, "{\"catalogVersion\": 1}", StandardCharsets.UTF_8);
    Run bad = run("models", "--catalog", overlay.toString());
    assertThat(bad.code()).isEqualTo(CromusCommand.FAILED);
    assertThat(bad.err()).contains("acme.json:1:20: error CATALOG-HEADER");
  }

  @Test
  void diffPrintsAChangelogSection(@TempDir Path dir) throws Exception {
    Path old = dir.resolve("old.json");
    Path next = dir.resolve("new.json");
    String text = BundledCatalog.text();
    Files.writeString(old, text, StandardCharsets.UTF_8);
    Files.writeString(
        next,
        text.replace("\"catalogVersion\": \"2026.11\"", "\"catalogVersion\": \"2026.12\"")
            .replaceFirst("\"input\": 10,", "\"input\": 8,"),
        StandardCharsets.UTF_8);
    Run r = run("models", "diff", old.toString(), next.toString());
    assertThat(r.err()).isEmpty();
    assertThat(r.code()).isZero();
    assertThat(r.out())
        .isEqualTo(
            """
            ### Model catalog 2026.11 → 2026.12 (as of 2026-11-25)

            - Price changes (USD per million tokens):
              - `claude-fable-5-1` on `anthropic-api`: input 10 → 8 (-20.0 %)
            """);
    JsonNode json =
        new ObjectMapper()
            .readTree(
                run("models", "diff", old.toString(), next.toString(), "--format", "json").out());
    assertThat(json.get("priceChanges").get(0).get("new").decimalValue()).isEqualByComparingTo("8");
    assertThat(run("models", "diff", old.toString(), dir.resolve("missing.json").toString()).code())
        .isEqualTo(CromusCommand.USAGE);
  }
}
