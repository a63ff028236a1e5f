package ai.cromus.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import ai.cromus.core.diagnostic.Diagnostic;
import ai.cromus.core.diagnostic.Rule;
import ai.cromus.core.diagnostic.RuleCatalog;
import ai.cromus.core.diagnostic.Severity;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.InputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seeded properties of the SARIF writer over random diagnostics (any text in messages, hints and
 * paths, any position): the log conforms to the schema, every result points at its rule and its
 * file, nothing is lost, and the output is a pure function of the input.
 */
class SarifPropertiesTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static Schema schema;

  @BeforeAll
  static void loadSchema() throws Exception {
    try (InputStream in =
        SarifPropertiesTest.class.getResourceAsStream("sarif-schema-2.1.0.json")) {
      schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4).getSchema(in);
    }
  }

  static Stream<Long> seeds() {
    return LongStream.range(0, 30).mapToObj(i -> 0x5A41F00DL + i * 7919);
  }

  private static String text(Random r, int max) {
    StringBuilder sb = new StringBuilder();
    int n = r.nextInt(max + 1);
    for (int i = 0; i < n; i++) {
      switch (r.nextInt(6)) {
        case 0 -> sb.append((char) ('a' + r.nextInt(26)));
        case 1 -> sb.append(" \"\\/\n\t<>&%#?:".charAt(r.nextInt(13)));
        case 2 -> sb.append((char) r.nextInt(0x20)); // control characters
        case 3 -> sb.appendCodePoint(0x1F600 + r.nextInt(50)); // astral plane
        case 4 -> sb.append((char) (0xC0 + r.nextInt(0x100))); // accented letters
        default -> sb.append((char) ('0' + r.nextInt(10)));
      }
    }
    return sb.toString();
  }

  private static List<SarifFile> files(Random r) {
    List<Rule> rules = RuleCatalog.all();
    List<SarifFile> files = new ArrayList<>();
    int n = r.nextInt(4);
    for (int f = 0; f < n; f++) {
      String path = (r.nextBoolean() ? "/" : "") + "dir " + f + "/" + text(r, 12) + ".md";
      List<Diagnostic> diags = new ArrayList<>();
      int m = r.nextInt(6);
      for (int i = 0; i < m; i++) {
        String rule =
            r.nextInt(5) == 0 ? "X-" + r.nextInt(3) : rules.get(r.nextInt(rules.size())).id();
        ai.cromus.core.diagnostic.ImmutableDiagnostic.Builder b =
            Diagnostic.builder()
                .rule(rule)
                .severity(Severity.values()[r.nextInt(3)])
                .source(path)
                .line(1 + r.nextInt(100_000))
                .column(1 + r.nextInt(500))
                .message(text(r, 80));
        if (r.nextBoolean()) {
          b.hint(text(r, 40));
        }
        diags.add(b.build());
      }
      files.add(SarifFile.of(path, diags));
    }
    return files;
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void anyInputGivesAValidCompleteAndStableLog(long seed) throws Exception {
    List<SarifFile> files = files(new Random(seed));
    String sarif = SarifWriter.write("0.1.0", files);

    assertThat(schema.validate(sarif, InputFormat.JSON))
        .as("schema errors, seed %d", seed)
        .isEmpty();
    assertThat(SarifWriter.write("0.1.0", files))
        .as("stable output, seed %d", seed)
        .isEqualTo(sarif);

    JsonNode run = JSON.readTree(sarif).at("/runs/0");
    JsonNode rules = run.at("/tool/driver/rules");
    JsonNode results = run.get("results");
    int k = 0;
    for (int f = 0; f < files.size(); f++) {
      String uri = SarifWriter.uri(files.get(f).path());
      assertThat(URI.create(uri)).as("uri parses, seed %d", seed).isNotNull();
      assertThat(run.at("/artifacts/" + f + "/location/uri").asText()).isEqualTo(uri);
      for (Diagnostic d : files.get(f).diagnostics()) {
        JsonNode res = results.get(k++);
        assertThat(rules.get(res.get("ruleIndex").asInt()).get("id").asText())
            .as("seed %d", seed)
            .isEqualTo(d.rule());
        assertThat(res.get("level").asText()).isEqualTo(SarifWriter.level(d.severity()));
        assertThat(res.at("/message/text").asText()).as("seed %d", seed).startsWith(d.message());
        assertThat(res.at("/locations/0/physicalLocation/region/startLine").asInt())
            .isEqualTo(d.line());
        assertThat(res.at("/locations/0/physicalLocation/region/startColumn").asInt())
            .isEqualTo(d.column());
        assertThat(res.at("/locations/0/physicalLocation/artifactLocation/index").asInt())
            .isEqualTo(f);
      }
    }
    assertThat(results.size()).as("one result per diagnostic, seed %d", seed).isEqualTo(k);
  }
}
