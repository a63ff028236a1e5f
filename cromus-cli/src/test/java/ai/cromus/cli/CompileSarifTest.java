package ai.cromus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cromus compile --format sarif} and {@code --scope}, end to end through picocli. */
class CompileSarifTest {
  @TempDir Path dir;

  private String[] run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = CromusCommand.execute(new PrintWriter(out), new PrintWriter(err), args);
    return new String[] {Integer.toString(code), out.toString(), err.toString()};
  }

  private static Schema schema() throws Exception {
    try (InputStream in =
        CompileSarifTest.class.getResourceAsStream(
            "/ai/cromus/cli/internal/sarif-schema-2.1.0.json")) {
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4).getSchema(in);
    }
  }

  @Test
  void sarifOfAFailingWorkflowAndItsScope() throws Exception {
    Path sop = dir.resolve("broken.md");
    Files.writeString(sop, "---\nname: broken\n---\n# Broken\n\nNothing to do here.\n");
    Path scope = dir.resolve("scope.yaml");
    Files.writeString(scope, "workspace: x\nscope: enforce\n");
    String[] r = run("compile", sop.toString(), "--scope", scope.toString(), "--format", "sarif");
    assertThat(r[0]).isEqualTo("1");
    assertThat(r[2]).isEmpty();
    assertThat(schema().validate(r[1], InputFormat.JSON)).isEmpty();
    JsonNode run = new ObjectMapper().readTree(r[1]).at("/runs/0");
    assertThat(run.get("results"))
        .extracting(x -> x.get("ruleId").asText())
        .containsExactly("SOP-NO-STEPS", "SCOPE-ENFORCE-REFUSED");
    assertThat(run.at("/results/0/locations/0/physicalLocation/region/startLine").asInt())
        .isEqualTo(4);
    assertThat(run.at("/results/1/locations/0/physicalLocation/region/startLine").asInt())
        .isEqualTo(2);
  }

  @Test
  void scopeWarningsPointIntoTheScopeFile() throws Exception {
    Path sop = dir.resolve("ok.md");
    Files.writeString(
        sop,
        """
        # Ok

        ## 1. Classify the email
        Classify the email.
        - kind: llm
        - input: email, ~500 tokens
        - output: JSON {category}, ~20 tokens
        """);
    Path scope = dir.resolve("scope.yaml");
    Files.writeString(scope, "workspace: acme\nflavour: vanilla\n");
    String[] r = run("compile", sop.toString(), "--scope", scope.toString(), "--format", "sarif");
    assertThat(r[0]).isEqualTo("0");
    JsonNode run = new ObjectMapper().readTree(r[1]).at("/runs/0");
    assertThat(run.get("artifacts"))
        .extracting(a -> a.at("/location/uri").asText())
        // outside the working directory, a file goes by its name: no machine path in reports
        .containsExactly("ok.md", "scope.yaml");
    assertThat(run.get("results"))
        .extracting(x -> x.get("ruleId").asText())
        .contains("SCOPE-UNKNOWN-KEY");
  }
}
