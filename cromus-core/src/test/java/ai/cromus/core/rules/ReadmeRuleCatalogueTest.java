package ai.cromus.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import ai.cromus.core.diagnostic.Rule;
import ai.cromus.core.diagnostic.RuleCatalog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The README documents every rule of the catalogue, and ids are unique. */
class ReadmeRuleCatalogueTest {
  @Test
  void everyRuleHasARowInTheReadme() throws IOException {
    String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
    for (Rule r : RuleCatalog.all()) {
      assertThat(readme)
          .as("README row for " + r.id())
          .contains("| `" + r.id() + "` | " + r.severity().id() + " |");
    }
  }

  @Test
  void ruleIdsAreUniqueAndUpperKebab() {
    Set<String> ids = new HashSet<>();
    for (Rule r : RuleCatalog.all()) {
      assertThat(ids.add(r.id())).as("duplicate rule id " + r.id()).isTrue();
      assertThat(r.id()).matches("[A-Z]+(-[A-Z0-9]+)+");
      assertThat(r.summary()).isNotBlank();
    }
  }

  /** Every rule id is named by at least one test source or test data file of the project. */
  @Test
  void everyRuleIsExercisedByATest() throws IOException {
    StringBuilder corpus = new StringBuilder();
    try (var modules = Files.list(Path.of(".."))) {
      for (Path m :
          modules
              .filter(p -> p.getFileName().toString().startsWith("cromus-"))
              .sorted()
              .collect(java.util.stream.Collectors.toList())) {
        Path tests = m.resolve("src/test");
        if (!Files.isDirectory(tests)) {
          continue;
        }
        try (var files = Files.walk(tests)) {
          for (Path f :
              files.filter(Files::isRegularFile).collect(java.util.stream.Collectors.toList())) {
            corpus.append(f.toString()).append('\n');
            if (f.toString().endsWith(".java")
                || f.toString().endsWith(".properties")
                || f.toString().endsWith(".txt")
                || f.toString().endsWith(".tsv")) {
              corpus.append(Files.readString(f, StandardCharsets.UTF_8)).append('\n');
            }
          }
        }
      }
    }
    for (Rule r : RuleCatalog.all()) {
      assertThat(corpus.indexOf(r.id())).as("a test that names " + r.id()).isNotNegative();
    }
  }
}
