package ai.cromus.core.spec;

import static org.assertj.core.api.Assertions.assertThat;

import ai.cromus.core.diagnostic.Diagnostic;
import ai.cromus.core.diagnostic.Severity;
import java.io.IOException;
import java.io.Reader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Walks {@code src/test/resources/spec/<case>/}: each case holds {@code input/} and a {@code
 * case.properties} with the expected verdict. The cases port the reference validator's test suites
 * (skills-ref test_validator.py and test_parser.py), the real-world SKILL.md corpus, and Cromus'
 * own rules.
 */
class SpecCasesTest {
  private static final SpecValidator VALIDATOR = SpecValidator.create();

  static Stream<String> cases() throws IOException, URISyntaxException {
    Path root = root();
    try (Stream<Path> s = Files.list(root)) {
      return s
          .filter(Files::isDirectory)
          .map(p -> p.getFileName().toString())
          .sorted()
          .collect(Collectors.toList())
          .stream();
    }
  }

  private static Path root() throws URISyntaxException {
    return Paths.get(SpecCasesTest.class.getResource("/spec").toURI());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void caseHasItsExpectedVerdict(String name) throws Exception {
    Path dir = root().resolve(name);
    Properties p = new Properties();
    try (Reader r =
        Files.newBufferedReader(dir.resolve("case.properties"), StandardCharsets.UTF_8)) {
      p.load(r);
    }
    Path input = dir.resolve("input");
    String path = p.getProperty("path");
    SpecReport report;
    if (p.getProperty("check").equals("directory")) {
      PathKind kind = PathKind.valueOf(p.getProperty("kind").toUpperCase(java.util.Locale.ROOT));
      Map<String, String> entries = new TreeMap<>();
      Path target = input.resolve(path);
      if (kind == PathKind.DIRECTORY) {
        try (Stream<Path> s = Files.list(target)) {
          for (Path f : s.sorted().collect(Collectors.toList())) {
            entries.put(f.getFileName().toString(), Files.readString(f, StandardCharsets.UTF_8));
          }
        }
      }
      List<SpecReport> reports = VALIDATOR.validateSkillPath(path, kind, entries);
      report = reports.get(0);
      String file = p.getProperty("file");
      if (file != null) {
        assertThat(report.path()).endsWith("/" + file);
      }
    } else {
      List<SpecFile> files = new ArrayList<>();
      try (Stream<Path> s = Files.walk(input)) {
        for (Path f : s.filter(Files::isRegularFile).sorted().collect(Collectors.toList())) {
          String rel = input.relativize(f).toString().replace('\\', '/');
          SpecType.fromPath(rel).ifPresent(t -> files.add(SpecFile.of(rel, read(f), t)));
        }
      }
      List<SpecReport> reports = VALIDATOR.validateAll(files);
      report = reports.stream().filter(r -> r.path().equals(path)).findFirst().orElseThrow();
    }
    String shown =
        report.diagnostics().stream()
            .map(
                d ->
                    d.rule()
                        + " "
                        + d.severity().id()
                        + " "
                        + d.line()
                        + ":"
                        + d.column()
                        + " "
                        + d.message())
            .collect(Collectors.joining("\n  "));
    assertThat(report.valid())
        .as("valid; diagnostics:\n  " + shown)
        .isEqualTo(Boolean.parseBoolean(p.getProperty("valid")));
    List<String> rules = list(p.getProperty("rules", ""));
    List<String> ids =
        report.diagnostics().stream().map(Diagnostic::rule).collect(Collectors.toList());
    assertThat(ids).as("rules; diagnostics:\n  " + shown).containsAll(rules);
    for (String absent : list(p.getProperty("absent", ""))) {
      assertThat(ids).as("absent rules; diagnostics:\n  " + shown).doesNotContain(absent);
    }
    if (rules.isEmpty() && report.valid()) {
      assertThat(report.diagnostics())
          .as("a clean file has no warnings:\n  " + shown)
          .allMatch(d -> d.severity() == Severity.INFO);
    }
    if (p.getProperty("count") != null) {
      assertThat(ids.stream().filter(rules.get(0)::equals).count())
          .as("count of " + rules.get(0) + ":\n  " + shown)
          .isEqualTo(Long.parseLong(p.getProperty("count")));
    }
    if (p.getProperty("errors") != null) {
      assertThat(report.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR).count())
          .as("errors:\n  " + shown)
          .isEqualTo(Long.parseLong(p.getProperty("errors")));
    }
    if (p.getProperty("message") != null) {
      assertThat(report.diagnostics())
          .as("a message containing '" + p.getProperty("message") + "':\n  " + shown)
          .anyMatch(
              d ->
                  d.message().contains(p.getProperty("message"))
                      || d.hint().orElse("").contains(p.getProperty("message")));
    }
    if (p.getProperty("line") != null) {
      assertThat(report.diagnostics(SpecRule.valueOf(rules.get(0).replace('-', '_'))).get(0).line())
          .as("line")
          .isEqualTo(Integer.parseInt(p.getProperty("line")));
    }
    if (p.getProperty("policy") != null) {
      assertThat(report.policy()).as("policy result").isPresent();
      assertThat(report.policy().get().pass()).isEqualTo(p.getProperty("policy").equals("pass"));
    }
    assertThat(report.score()).isBetween(0, 100);
    assertThat(report.completeness()).isBetween(0, 100);
  }

  private static String read(Path f) {
    try {
      return Files.readString(f, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static List<String> list(String s) {
    return s.isBlank()
        ? List.of()
        : Arrays.stream(s.split(",")).map(String::trim).collect(Collectors.toList());
  }
}
