package ai.cromus.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.cromus.cli.internal.InputFiles;
import ai.cromus.cli.internal.ScopeFiles;
import ai.cromus.cli.internal.WorkflowSources;
import ai.cromus.core.CompileResult;
import ai.cromus.core.Cromus;
import ai.cromus.core.CromusJson;
import ai.cromus.core.scope.Scope;
import ai.cromus.core.workflow.Parsed;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One JSON contract for a compile result: for every example (SOPs, structured workflows, specs)
 * without and with every example scope, {@code cromus compile --format json} prints exactly the
 * bytes of {@link CromusJson#write(Object)} of the same result (also when streamed), and the report
 * validates against {@code docs/report.schema.json}.
 */
class ReportContractTest {
  static final Path EXAMPLES = Path.of("../examples");
  static final Schema SCHEMA;

  static {
    try {
      SCHEMA =
          SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
              .getSchema(
                  Files.readString(Path.of("../docs/report.schema.json"), StandardCharsets.UTF_8),
                  InputFormat.JSON);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static List<Path> inputs() throws IOException {
    List<Path> files = new ArrayList<>();
    for (String dir : List.of("sops", "workflows", "specs")) {
      try (Stream<Path> s = Files.walk(EXAMPLES.resolve(dir))) {
        s.filter(Files::isRegularFile)
            .filter(p -> p.toString().matches(".*\\.(md|json|yaml|yml)$"))
            .forEach(files::add);
      }
    }
    files.sort(null);
    return files;
  }

  static Stream<Arguments> examples() throws IOException {
    List<Path> scopes;
    try (Stream<Path> s = Files.list(EXAMPLES.resolve("scopes"))) {
      scopes = s.sorted().collect(Collectors.toList());
    }
    List<Arguments> all = new ArrayList<>();
    for (Path f : inputs()) {
      all.add(Arguments.of(f, null));
      for (Path scope : scopes) {
        all.add(Arguments.of(f, scope));
      }
    }
    return all.stream();
  }

  static String cli(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CromusCommand.execute(new PrintWriter(out), new PrintWriter(err), args);
    assertThat(err.toString()).isEmpty();
    return out.toString();
  }

  /** The result the CLI compiles for {@code file} under {@code scope}, through the public API. */
  static CompileResult compile(Path file, Path scope) throws Exception {
    Cromus engine = Cromus.defaultEngine();
    String name = file.toString().replace('\\', '/');
    String text = InputFiles.read(file, engine.limits().maxInputChars() * 4L);
    Parsed<Scope> s = ScopeFiles.load(scope, engine);
    return engine.compileSource(
        WorkflowSources.of(file, name, text, engine.limits().maxInputChars() * 4L), s);
  }

  static String report(Path file, Path scope) {
    return scope == null
        ? cli("compile", file.toString(), "--format", "json")
        : cli("compile", file.toString(), "--scope", scope.toString(), "--format", "json");
  }

  @ParameterizedTest(name = "{0} --scope {1}")
  @MethodSource("examples")
  void cliPrintsTheBytesOfCromusJsonAndTheSchemaAcceptsThem(Path file, Path scope)
      throws Exception {
    String printed = report(file, scope);
    CompileResult r = compile(file, scope);
    assertThat(printed).isEqualTo(CromusJson.write(r));

    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    CromusJson.write(r, bytes);
    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(printed);
    StringWriter chars = new StringWriter();
    CromusJson.write(r, chars);
    assertThat(chars.toString()).isEqualTo(printed);

    List<Error> errors = SCHEMA.validate(printed, InputFormat.JSON);
    assertThat(errors).as("%s", errors).isEmpty();
  }

  @Test
  void theSchemaRejectsAnUndocumentedKeyAndAMissingOne() {
    String printed = report(EXAMPLES.resolve("sops/refund-triage.md"), null);
    JsonNode report = CromusJson.read(printed, JsonNode.class);

    ObjectNode extraStepKey = report.deepCopy();
    ((ObjectNode) extraStepKey.at("/simulation/declared/steps/0")).put("badge", "x");
    assertThat(SCHEMA.validate(CromusJson.write(extraStepKey), InputFormat.JSON)).isNotEmpty();

    ObjectNode noVerdict = report.deepCopy();
    noVerdict.remove("verdict");
    assertThat(SCHEMA.validate(CromusJson.write(noVerdict), InputFormat.JSON)).isNotEmpty();

    ObjectNode noRisk = report.deepCopy();
    noRisk.remove("risk");
    assertThat(SCHEMA.validate(CromusJson.write(noRisk), InputFormat.JSON)).isNotEmpty();

    ObjectNode extraRiskStepKey = report.deepCopy();
    ((ObjectNode) extraRiskStepKey.at("/risk/steps/0")).put("score", 1);
    assertThat(SCHEMA.validate(CromusJson.write(extraRiskStepKey), InputFormat.JSON)).isNotEmpty();

    ObjectNode badLevel = report.deepCopy();
    ((ObjectNode) badLevel.at("/risk")).put("level", "severe");
    assertThat(SCHEMA.validate(CromusJson.write(badLevel), InputFormat.JSON)).isNotEmpty();

    ObjectNode orphanCroms = report.deepCopy();
    orphanCroms.remove("simulation");
    assertThat(SCHEMA.validate(CromusJson.write(orphanCroms), InputFormat.JSON)).isNotEmpty();
  }

  @Test
  void theSchemaDescribesEveryRiskFindingKey() {
    String printed = report(EXAMPLES.resolve("sops/refund-auto-reply.md"), null);
    JsonNode report = CromusJson.read(printed, JsonNode.class);
    assertThat(SCHEMA.validate(printed, InputFormat.JSON)).isEmpty();
    JsonNode f = report.at("/risk/findings/1");
    assertThat(f.get("rule").asText()).isEqualTo("RISK-ETHOS-TOLERANCE");
    assertThat(f.get("field").asText()).isEqualTo("risk_tolerance: low");
    ObjectNode extra = report.deepCopy();
    ((ObjectNode) extra.at("/risk/findings/0")).put("usdPerMonth", 1);
    assertThat(SCHEMA.validate(CromusJson.write(extra), InputFormat.JSON)).isNotEmpty();
  }

  @Test
  void theReportIsWrittenNotReadBack() throws Exception {
    String printed = report(EXAMPLES.resolve("sops/refund-triage.md"), null);
    assertThatThrownBy(() -> CromusJson.read(printed, CompileResult.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not read back");
  }

  @Test
  void controlCharactersInTheInputNeverReachAJsonOutputRaw(
      @org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
    // decoded by the JSON parser into ESC, BEL, DEL, a C1 CSI and a line separator
    String hostile = "\\u001b[31mRED\\u001b]0;pwned\\u0007 \\u007f \\u2028 \\u009b2J";
    Path wf = dir.resolve("hostile.json");
    Files.writeString(
        wf,
        "{\"name\": \"hostile\", \"title\": \""
            + hostile
            + "\", \"steps\": [{\"id\": \"a\", \"title\": \""
            + hostile
            + "\", \"kind\": \"llm\", \"dependsOn\": [], \""
            + hostile
            + "\": 1}]}");
    for (String format : List.of("json", "sarif")) {
      String out = cli("compile", wf.toString(), "--format", format);
      assertThat(out).as(format).contains("\\u001B[31mRED\\u001B]0;pwned\\u0007");
      for (int i = 0; i < out.length(); i++) {
        char c = out.charAt(i);
        boolean control =
            (c < 0x20 && c != '\n') || (c >= 0x7f && c <= 0x9f) || c == 0x2028 || c == 0x2029;
        assertThat(control).as("%s: raw U+%04X", format, (int) c).isFalse();
      }
    }
    JsonNode report = CromusJson.read(report(wf, null), JsonNode.class);
    assertThat(report.at("/workflow/title").asText()).contains("\u001b[31mRED", "\u009b", "\u2028");
  }
}
