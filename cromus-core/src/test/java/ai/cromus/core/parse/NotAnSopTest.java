package ai.cromus.core.parse;

import static org.assertj.core.api.Assertions.assertThat;

import ai.cromus.core.Cromus;
import ai.cromus.core.WorkflowSource;
import ai.cromus.core.diagnostic.Diagnostic;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Markdown that is not an SOP gets {@code SOP-NOT-AN-SOP}, and no SOP does: the project's README
 * (which compiled to a 15-step workflow with PASS) is warned about, every example SOP is not.
 */
class NotAnSopTest {
  private static final Cromus ENGINE = Cromus.builder().build();

  private static List<String> rules(String name, String text) {
    return ENGINE.parse(WorkflowSource.of(name, text)).diagnostics().stream()
        .map(Diagnostic::rule)
        .collect(Collectors.toList());
  }

  @Test
  void theReadmeIsNotAnSop() throws IOException {
    String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
    assertThat(rules("README.md", readme)).contains("SOP-NOT-AN-SOP");
  }

  static Stream<Path> exampleSops() throws IOException {
    try (Stream<Path> s = Files.list(Path.of("../examples/sops"))) {
      return s.sorted().collect(Collectors.toList()).stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("exampleSops")
  void noExampleSopIsWarnedAbout(Path sop) throws IOException {
    assertThat(rules(sop.getFileName().toString(), Files.readString(sop)))
        .doesNotContain("SOP-NOT-AN-SOP");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        // headings with prose under each: a plain SOP
        "# T\n\n## Scope the review\nAgree the scope.\n\n## Send the questionnaire\nSend it.\n",
        // a runbook: numbered steps may hold commands
        "# T\n\n## 1. Stop the service\n```\nsystemctl stop x\n```\n\n## 2. Start it\n```\nx\n```\n",
        // annotated steps
        "# T\n\n## Build\n```\nmake\n```\n- kind: code\n\n## Ship\n```\nship\n```\n- kind: tool\n",
        // front matter
        "---\nowner: Ops\n---\n# T\n\n## Build\n```\nmake\n```\n",
        // a numbered list
        "# T\n\n1. Classify the email.\n2. Reply.\n\n| a | b |\n|---|---|\n"
      })
  void anSopInAnyOfItsFormsIsNotWarnedAbout(String sop) {
    assertThat(rules("sop.md", sop)).doesNotContain("SOP-NOT-AN-SOP");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "# Lib\n\n## Install\n```\nnpm i lib\n```\n\n## Use\n    lib.run()\n",
        "# Lib\n\n## Options\n| a | b |\n|---|---|\n\n## Notes\n### Details\nText.\n",
        "# Lib\n\n## Embed\n<div>\nhi\n</div>\n\n## More\nText.\n"
      })
  void aDocumentOfSectionsWithCodeTablesOrHtmlIsWarnedAbout(String doc) {
    assertThat(rules("doc.md", doc)).contains("SOP-NOT-AN-SOP");
  }
}
