package ai.cromus.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Issue 17.15: the docs use the version the build produces, say that {@code ./mvnw install} comes
 * before depending on Cromus from another project, and say so where a snippet needs a release.
 */
class DocsVersionTest {
  static final Pattern DEPENDENCY =
      Pattern.compile(
          "<artifactId>(cromus-[a-z-]+)</artifactId>(?:\\s*<!--.*?-->)?\\s*<version>([^<]+)</version>");

  static String projectVersion() throws IOException {
    String pom = Files.readString(Path.of("../pom.xml"), StandardCharsets.UTF_8);
    Matcher m =
        Pattern.compile("<artifactId>cromus-parent</artifactId>\\s*<version>([^<]+)</version>")
            .matcher(pom);
    assertThat(m.find()).isTrue();
    return m.group(1);
  }

  static List<Path> docs() throws IOException {
    List<Path> out = new ArrayList<>();
    out.add(Path.of("../README.md"));
    try (Stream<Path> s = Files.list(Path.of("../docs"))) {
      s.filter(p -> p.toString().endsWith(".md")).sorted().forEach(out::add);
    }
    out.add(Path.of("../cromus-maven-plugin/src/main/java/ai/cromus/maven/CheckMojo.java"));
    return out;
  }

  @Test
  void everyDependencySnippetUsesTheVersionTheBuildProduces() throws IOException {
    String version = projectVersion();
    int snippets = 0;
    for (Path doc : docs()) {
      Matcher m = DEPENDENCY.matcher(Files.readString(doc, StandardCharsets.UTF_8));
      while (m.find()) {
        snippets++;
        assertThat(m.group(2)).as(doc + ": " + m.group(1)).isEqualTo(version);
      }
    }
    assertThat(snippets).isGreaterThanOrEqualTo(3);
  }

  @Test
  void theReadmeSaysToInstallBeforeDependingAndNamesTheArtifactThatBringsTheCatalog()
      throws IOException {
    String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
    int quickStart = readme.indexOf("## Quick start");
    assertThat(quickStart).as("a Quick start section").isPositive();
    String head = readme.substring(0, readme.indexOf("\n## ", quickStart + 1));
    assertThat(head).contains("./mvnw install").contains("<artifactId>cromus-catalog</artifactId>");
    assertThat(head).contains("brings cromus-core");
  }

  @Test
  void aSnippetThatNeedsAReleaseSaysSo() throws IOException {
    for (Path doc : docs()) {
      List<String> lines = Files.readAllLines(doc, StandardCharsets.UTF_8);
      for (int i = 0; i < lines.size(); i++) {
        if (lines.get(i).contains("repo1.maven.org")) {
          String before =
              String.join("\n", lines.subList(Math.max(0, i - 15), i)).toLowerCase(Locale.ROOT);
          assertThat(before).as(doc + ":" + (i + 1)).contains("release");
        }
      }
    }
  }
}
