package ai.cromus.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import ai.cromus.core.catalog.Model;
import ai.cromus.core.catalog.ModelCatalog;
import ai.cromus.core.catalog.ModelLookup;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Walks {@code lookups.tsv}: every query must resolve to its expected id, or to nothing with the
 * expected suggestions.
 */
class LookupGoldenTest {
  private static final ModelCatalog CATALOG = BundledCatalog.get();

  static Stream<Arguments> cases() throws IOException {
    String text;
    try (InputStream in = LookupGoldenTest.class.getResourceAsStream("lookups.tsv")) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    List<Arguments> out = new ArrayList<>();
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cols = line.split("\t", -1);
      if (cols.length != 2) {
        throw new IllegalStateException(
            "lookups.tsv:" + (i + 1) + ": expected two tab-separated columns");
      }
      out.add(Arguments.of(i + 1, cols[0], cols[1]));
    }
    return out.stream();
  }

  @ParameterizedTest(name = "line {0}: {1}")
  @MethodSource("cases")
  void resolvesAsRecorded(int line, String query, String expected) {
    ModelLookup l = CATALOG.lookup(query);
    String actual = l.model().map(Model::id).orElseGet(() -> "?" + String.join(",", l.nearest()));
    assertThat(actual).as("lookups.tsv:%d '%s'", line, query).isEqualTo(expected);
    if (!expected.startsWith("?")) {
      assertThat(l.nearest()).isEmpty();
    }
  }

  @ParameterizedTest(name = "line {0}: {1}")
  @MethodSource("cases")
  void suggestionsAreRealIds(int line, String query, String expected) {
    List<String> suggested = CATALOG.lookup(query).nearest();
    assertThat(suggested).hasSizeLessThanOrEqualTo(5).doesNotHaveDuplicates();
    for (String id : suggested) {
      assertThat(CATALOG.models().stream().map(Model::id).collect(Collectors.toSet())).contains(id);
    }
    assertThat(Arrays.asList(expected)).isNotEmpty();
  }
}
