package ai.cromus.core.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link SpecValidator#validateAll(List, SpecValidator.Context)}: a set validated a folder at a
 * time under the set's context gives every file the report that validating the whole set gives it.
 * The sets are drawn from every spec file of the test cases, the golden artifacts and the examples,
 * put into a few shared folders so that skills meet sidecars, ETHOS files and policies of other
 * folders.
 */
class SpecContextTest {
  static final List<String> FOLDERS =
      List.of("", "a", "a/b", "a/b/c", "skills/refund-triage", "skills/x", "z");
  static List<SpecFile> corpus;

  @BeforeAll
  static void readCorpus() throws IOException {
    List<SpecFile> files = new ArrayList<>();
    for (String root :
        List.of("src/test/resources/spec", "src/test/resources/spec-golden", "../examples/specs")) {
      try (Stream<Path> s = Files.walk(Path.of(root))) {
        for (Path p : s.filter(Files::isRegularFile).sorted().collect(Collectors.toList())) {
          Optional<SpecType> t = SpecType.fromPath(p.toString());
          if (t.isPresent()) {
            String text = Files.readString(p, StandardCharsets.UTF_8);
            files.add(SpecFile.of(p.getFileName().toString(), text, t.get()));
          }
        }
      }
    }
    corpus = files;
    assertThat(corpus.stream().map(SpecFile::type).distinct()).hasSize(SpecType.values().length);
  }

  static LongStream seeds() {
    return LongStream.range(0, 60);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void aFolderAtATimeGivesTheReportsOfTheWholeSet(long seed) {
    Random random = new Random(seed);
    List<SpecFile> set = new ArrayList<>();
    int n = 1 + random.nextInt(40);
    for (int i = 0; i < n; i++) {
      SpecFile f = corpus.get(random.nextInt(corpus.size()));
      String folder = FOLDERS.get(random.nextInt(FOLDERS.size()));
      set.add(
          SpecFile.of(folder.isEmpty() ? f.path() : folder + "/" + f.path(), f.text(), f.type()));
    }
    SpecValidator v = SpecValidator.create();
    List<SpecReport> whole = v.validateAll(set);

    SpecValidator.Context context = v.context(set);
    Map<String, List<Integer>> byFolder = new LinkedHashMap<>();
    for (int i = 0; i < set.size(); i++) {
      String path = set.get(i).path();
      String folder = path.contains("/") ? path.substring(0, path.lastIndexOf('/')) : "";
      byFolder.computeIfAbsent(folder, k -> new ArrayList<>()).add(i);
    }
    List<List<Integer>> groups = new ArrayList<>(byFolder.values());
    Collections.shuffle(groups, random);
    SpecReport[] byParts = new SpecReport[set.size()];
    for (List<Integer> g : groups) {
      List<SpecReport> r =
          v.validateAll(g.stream().map(set::get).collect(Collectors.toList()), context);
      for (int k = 0; k < g.size(); k++) {
        byParts[g.get(k)] = r.get(k);
      }
    }
    assertThat(List.of(byParts)).as("seed %d", seed).isEqualTo(whole);
  }

  @Test
  void theContextReadsOnlyEthosAndPolicyFiles() {
    SpecValidator v = SpecValidator.create();
    List<SpecFile> shared =
        corpus.stream()
            .filter(f -> f.type() == SpecType.ETHOS || f.type() == SpecType.POLICY)
            .collect(Collectors.toList());
    List<SpecFile> skills =
        corpus.stream().filter(f -> f.type() == SpecType.SKILL).collect(Collectors.toList());
    assertThat(v.validateAll(skills, v.context(corpus)))
        .isEqualTo(v.validateAll(skills, v.context(shared)));
  }
}
