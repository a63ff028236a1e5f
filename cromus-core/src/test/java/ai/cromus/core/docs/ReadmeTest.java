package ai.cromus.core.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The README is the front door: under {@value #MAX_LINES} lines, the two commands on its first
 * screen (the CI runs the second), the sections a newcomer looks for, a link to every page of
 * docs/, and no link that leaves the repository (not even to the web: everything it points to ships
 * with a clone).
 */
class ReadmeTest {
  static final int MAX_LINES = 250;

  /** The first screen of a terminal or a repository page. */
  static final int FIRST_SCREEN = 25;

  static final String RUN =
      "./mvnw -q package -DskipTests && java -jar cromus-cli/target/cromus.jar compile"
          + " examples/sops/refund-triage.md";
  static final String TEST = "./mvnw verify";

  static final Path README = DocsLinksTest.ROOT.resolve("README.md");

  static List<String> lines() throws IOException {
    return Files.readAllLines(README, StandardCharsets.UTF_8);
  }

  @Test
  void isUnderTheLimit() throws IOException {
    assertThat(lines()).hasSizeLessThan(MAX_LINES);
  }

  @Test
  void showsTheTwoCommandsOnItsFirstScreenAndTheCiRunsTheSecond() throws IOException {
    List<String> first = lines().subList(0, FIRST_SCREEN);
    assertThat(first).contains(RUN, TEST);
    List<String> ci = Files.readAllLines(DocsLinksTest.ROOT.resolve(".ci/run"));
    assertThat(ci).contains(TEST);
  }

  @Test
  void hasTheSectionsANewcomerLooksFor() throws IOException {
    List<String> headings =
        lines().stream().filter(l -> l.startsWith("## ")).collect(Collectors.toList());
    assertThat(String.join("\n", headings))
        .contains("Quick start")
        .contains("command line")
        .contains("test kit")
        .contains("Maven plugin")
        .contains("LangChain4j")
        .contains("HTML")
        .contains("Compatibility")
        .contains("Documentation");
  }

  @Test
  void linksEveryPageOfTheDocs() throws IOException {
    List<String> targets = new DocsLinksTest().outline(README).targets;
    List<String> pages;
    try (Stream<Path> s = Files.list(DocsLinksTest.ROOT.resolve("docs"))) {
      pages =
          s.filter(p -> p.toString().endsWith(".md"))
              .map(p -> "docs/" + p.getFileName())
              .sorted()
              .collect(Collectors.toList());
    }
    assertThat(pages).isNotEmpty();
    List<String> unlinked = new ArrayList<>();
    for (String page : pages) {
      if (targets.stream().noneMatch(t -> t.equals(page) || t.startsWith(page + "#"))) {
        unlinked.add(page);
      }
    }
    assertThat(unlinked).as("docs pages the README does not link to").isEmpty();
  }

  @Test
  void linksNothingOutsideTheRepository() throws IOException {
    DocsLinksTest links = new DocsLinksTest();
    List<String> outside = new ArrayList<>();
    for (String target : links.outline(README).targets) {
      if (DocsLinksTest.SCHEME.matcher(target).find()) {
        outside.add(target + " is a web link");
      } else {
        String why = links.check(README, target);
        if (why != null) {
          outside.add(target + " " + why);
        }
      }
    }
    assertThat(outside).isEmpty();
  }
}
