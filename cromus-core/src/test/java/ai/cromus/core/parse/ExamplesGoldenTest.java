package ai.cromus.core.parse;

import static org.assertj.core.api.Assertions.assertThat;

import ai.cromus.core.Cromus;
import ai.cromus.core.CromusJson;
import ai.cromus.core.WorkflowSource;
import ai.cromus.core.workflow.Parsed;
import ai.cromus.core.workflow.Workflow;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden files: the parse of every bundled example (workflow and diagnostics) as canonical JSON
 * under {@code src/test/resources/golden/parse}. After an intended change, regenerate them with
 * {@code ./mvnw -pl cromus-core test -Dtest=ExamplesGoldenTest -Dcromus.golden.update=true} and
 * review the diff.
 */
class ExamplesGoldenTest {
  static final Path GOLDEN = Path.of("src/test/resources/golden/parse");

  static Stream<Path> examples() throws IOException {
    try (Stream<Path> a = Files.list(Path.of("../examples/sops"));
        Stream<Path> b = Files.list(Path.of("../examples/workflows"))) {
      return Stream.concat(a, b).sorted().collect(Collectors.toList()).stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void parseMatchesGolden(Path example) throws IOException {
    String name = "examples/" + example.getParent().getFileName() + "/" + example.getFileName();
    Parsed<Workflow> p =
        Cromus.builder()
            .build()
            .parse(WorkflowSource.of(name, Files.readString(example, StandardCharsets.UTF_8)));
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("workflow", p.value());
    doc.put("diagnostics", p.diagnostics());
    String actual = CromusJson.write(doc);
    Path golden = GOLDEN.resolve(example.getFileName() + ".json");
    if (Boolean.getBoolean("cromus.golden.update") || !Files.exists(golden)) {
      Files.createDirectories(GOLDEN);
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
    }
    assertThat(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }
}
