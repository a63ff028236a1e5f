package ai.cromus.core.docs;

import static org.assertj.core.api.Assertions.assertThat;

import ai.cromus.core.diagnostic.Rule;
import ai.cromus.core.diagnostic.RuleCatalog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * docs/rules.md is the rule catalogue: one row per rule of {@link RuleCatalog}, with its severity,
 * what it means and how to fix it, and no row for a rule that does not exist. Every other rule
 * table in the docs names real rules at their real severities. Rule ids are unique, and each is
 * named by a test.
 */
class RuleCatalogueDocTest {
  static final Path RULES = Path.of("../docs/rules.md");

  /** A row of a rule table: {@code | `ID` | severity | ...}. */
  static final Pattern ROW = Pattern.compile("^\\| `([A-Z][A-Z0-9-]*+)` \\| ([a-z]++) \\|(.*)$");

  /**
   * The rows of a Markdown file's rule tables (tables whose second column is the severity), by id,
   * each with its severity and its other cells.
   */
  static Map<String, List<String[]>> rows(Path doc) throws IOException {
    Map<String, List<String[]>> out = new LinkedHashMap<>();
    List<String> lines = Files.readAllLines(doc, StandardCharsets.UTF_8);
    boolean ruleTable = false;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (!line.startsWith("|")) {
        ruleTable = false;
        continue;
      }
      if (i + 1 < lines.size() && lines.get(i + 1).startsWith("|---")) {
        String[] header = line.split("\\|");
        ruleTable = header.length > 2 && header[2].strip().equalsIgnoreCase("severity");
        continue;
      }
      Matcher m = ROW.matcher(line);
      if (ruleTable && m.matches()) {
        out.computeIfAbsent(m.group(1), k -> new ArrayList<>())
            .add(new String[] {m.group(2), m.group(3)});
      }
    }
    return out;
  }

  static Map<String, Rule> catalogue() {
    return RuleCatalog.all().stream().collect(Collectors.toMap(Rule::id, r -> r));
  }

  @Test
  void everyRuleHasOneRowWithItsSeverityAMeaningAndAFix() throws IOException {
    Map<String, List<String[]>> rows = rows(RULES);
    for (Rule r : RuleCatalog.all()) {
      assertThat(rows.get(r.id())).as("a row for %s in docs/rules.md", r.id()).hasSize(1);
      String[] row = rows.get(r.id()).get(0);
      assertThat(row[0]).as("severity of %s in docs/rules.md", r.id()).isEqualTo(r.severity().id());
      String[] cells = row[1].split(" \\| ", -1);
      assertThat(cells)
          .as("%s: what it means, how to fix (%s)", r.id(), row[1])
          .hasSize(2)
          .allSatisfy(c -> assertThat(c.replace("|", "").strip()).hasSizeGreaterThan(10));
    }
  }

  @Test
  void everyRowOfTheCatalogueNamesARule() throws IOException {
    Set<String> unknown = new TreeSet<>(rows(RULES).keySet());
    unknown.removeAll(catalogue().keySet());
    assertThat(unknown).as("rows of docs/rules.md for rules that do not exist").isEmpty();
  }

  /** The rule tables of other pages (specs.md, catalog.md, ...) must not drift from the code. */
  @Test
  void everyRuleTableInTheDocsIsTrue() throws IOException {
    Map<String, Rule> rules = catalogue();
    List<String> wrong = new ArrayList<>();
    List<Path> docs = new ArrayList<>();
    docs.add(Path.of("../README.md"));
    try (Stream<Path> s = Files.walk(Path.of("../docs"))) {
      s.filter(p -> p.toString().endsWith(".md")).sorted().forEach(docs::add);
    }
    for (Path doc : docs) {
      for (Map.Entry<String, List<String[]>> e : rows(doc).entrySet()) {
        Rule r = rules.get(e.getKey());
        for (String[] row : e.getValue()) {
          if (r == null) {
            wrong.add(doc + ": " + e.getKey() + " is not a rule");
          } else if (!r.severity().id().equals(row[0])) {
            wrong.add(doc + ": " + e.getKey() + " is " + r.severity().id() + ", not " + row[0]);
          }
        }
      }
    }
    assertThat(wrong).isEmpty();
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
    List<Path> modules;
    try (Stream<Path> s = Files.list(Path.of(".."))) {
      modules =
          s.filter(p -> p.getFileName().toString().startsWith("cromus-"))
              .sorted()
              .collect(Collectors.toList());
    }
    for (Path m : modules) {
      Path tests = m.resolve("src/test");
      if (!Files.isDirectory(tests)) {
        continue;
      }
      List<Path> files;
      try (Stream<Path> s = Files.walk(tests)) {
        files = s.filter(Files::isRegularFile).collect(Collectors.toList());
      }
      for (Path f : files) {
        corpus.append(f).append('\n');
        String name = f.toString();
        if (name.endsWith(".java")
            || name.endsWith(".properties")
            || name.endsWith(".txt")
            || name.endsWith(".tsv")) {
          corpus.append(Files.readString(f, StandardCharsets.UTF_8)).append('\n');
        }
      }
    }
    for (Rule r : RuleCatalog.all()) {
      assertThat(corpus.indexOf(r.id())).as("a test that names " + r.id()).isNotNegative();
    }
  }
}
