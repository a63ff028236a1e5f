package ai.cromus.core.parse;

import static org.assertj.core.api.Assertions.assertThat;

import ai.cromus.core.Cromus;
import ai.cromus.core.WorkflowSource;
import ai.cromus.core.diagnostic.Severity;
import ai.cromus.core.workflow.Parsed;
import ai.cromus.core.workflow.Workflow;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The shipped workflow JSON Schema accepts the examples and agrees with the parser on errors. */
class WorkflowSchemaTest {
  static final Schema SCHEMA;

  static {
    try (InputStream in = Cromus.class.getResourceAsStream("workflow.schema.json")) {
      SCHEMA =
          SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
              .getSchema(new String(in.readAllBytes(), StandardCharsets.UTF_8), InputFormat.JSON);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void examplesConformAndParseWithoutErrors() throws IOException {
    for (String f : List.of("refund-triage.json", "refund-triage.yaml")) {
      String text = Files.readString(Path.of("../examples/workflows", f));
      List<Error> errors =
          SCHEMA.validate(text, f.endsWith(".json") ? InputFormat.JSON : InputFormat.YAML);
      assertThat(errors).as(f + ": " + errors).isEmpty();
      Parsed<Workflow> p = Cromus.builder().build().parse(WorkflowSource.of(f, text));
      assertThat(p.diagnostics()).as(f).noneMatch(d -> d.severity().isAtLeast(Severity.WARNING));
      assertThat(p.value().steps()).hasSize(4);
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"name\": \"x\", \"steps\": [{\"kind\": \"robot\"}]}",
        "{\"name\": \"x\", \"steps\": \"nope\"}",
        "{\"name\": \"x\", \"steps\": [{\"kind\": \"llm\", \"inputTokens\": -5}]}",
        "{\"name\": \"x\", \"steps\": [{\"kind\": \"llm\", \"retry\": \"often\"}]}",
        "{\"name\": \"x\", \"runsPerDay\": \"lots\", \"steps\": [{\"kind\": \"llm\"}]}"
      })
  void schemaAndParserRejectTheSameMistakes(String json) {
    assertThat(SCHEMA.validate(json, InputFormat.JSON)).isNotEmpty();
    Parsed<Workflow> p = Cromus.builder().build().parse(WorkflowSource.of("bad.json", json));
    assertThat(p.diagnostics()).anySatisfy(d -> assertThat(d.severity()).isEqualTo(Severity.ERROR));
  }
}
