package ai.cromus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ai.cromus.core.spec.PathKind;
import ai.cromus.core.spec.SpecFile;
import ai.cromus.core.spec.SpecReport;
import ai.cromus.core.spec.SpecType;
import ai.cromus.core.spec.SpecValidator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code cromus validate} of a tree reads and validates a folder at a time on several threads
 * (issue 23): on seeded trees of spec files drawn from the core's spec test cases and the examples
 * (skills with sidecars, ETHOS files a skill may name, policies, MEMORY and AGENTS files, folders
 * without spec files, skipped folders, now and then a file that is not UTF-8), every format prints
 * what validating all files together prints, and the same for any {@code --jobs}.
 */
class ValidateTreeTest {
  static List<Path> corpus;

  @BeforeAll
  static void readCorpus() throws IOException {
    List<Path> files = new ArrayList<>();
    for (String root : List.of("../cromus-core/src/test/resources/spec", "../examples/specs")) {
      try (Stream<Path> s = Files.walk(Path.of(root))) {
        s.filter(Files::isRegularFile)
            .filter(p -> SpecType.fromPath(p.toString()).isPresent())
            .sorted()
            .forEach(files::add);
      }
    }
    corpus = files;
    assertThat(corpus.stream().map(p -> SpecType.fromPath(p.toString()).get()).distinct())
        .hasSize(SpecType.values().length);
  }

  static LongStream seeds() {
    return LongStream.range(0, 12);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void aTreeValidatesAsAllItsFilesTogether(long seed, @TempDir Path dir) throws IOException {
    Random random = new Random(seed);
    Path root = dir.resolve("tree");
    int folders = seed % 3 == 0 ? 300 + random.nextInt(200) : 1 + random.nextInt(40);
    boolean broken = seed % 4 == 3;
    for (int i = 0; i < folders; i++) {
      Path folder = root;
      for (int depth = random.nextInt(3); depth >= 0; depth--) {
        folder = folder.resolve(random.nextInt(5) == 0 ? "node_modules" : "d" + random.nextInt(6));
      }
      folder = folder.resolve("skill-" + i);
      Files.createDirectories(folder);
      for (int k = random.nextInt(4); k > 0; k--) {
        Path from = corpus.get(random.nextInt(corpus.size()));
        Files.copy(
            from,
            folder.resolve(from.getFileName()),
            java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      }
    }
    if (broken) {
      Path[] all;
      try (Stream<Path> s = Files.walk(root)) {
        all =
            s.filter(Files::isRegularFile)
                .filter(p -> !p.toString().contains("node_modules"))
                .sorted()
                .toArray(Path[]::new);
      }
      if (all.length > 1) {
        for (int n = 0; n < 2; n++) {
          Files.write(all[random.nextInt(all.length)], new byte[] {'a', (byte) 0xff, '\n'});
        }
      }
    }
    Path policy = Path.of("../examples/specs/cromus.policy.yml");
    for (String format : List.of("text", "json", "sarif")) {
      List<String> args = new ArrayList<>(List.of("validate", root.toString(), "--format", format));
      if (random.nextBoolean()) {
        args.addAll(List.of("--policy", policy.toString()));
      }
      List<Object> reference = reference(root, format, args.contains("--policy") ? policy : null);
      for (String jobs : List.of("1", "2", "5")) {
        List<String> withJobs = new ArrayList<>(args);
        withJobs.addAll(List.of("--jobs", jobs));
        assertThat(run(withJobs))
            .as("seed %d, %s, --jobs %s", seed, format, jobs)
            .isEqualTo(reference);
      }
      if (format.equals("text") && !args.contains("--policy")) {
        // validate PATH: the path that runs without picocli
        assertThat(run(List.of("validate", root.toString())))
            .as("seed %d", seed)
            .isEqualTo(reference);
      }
    }
  }

  /**
   * What {@code validate ROOT} prints by definition: every spec file under the root (skipped
   * folders aside) read in path order and validated together; or the first file that cannot be
   * read.
   */
  static List<Object> reference(Path root, String format, Path policy) throws IOException {
    List<Path> found;
    try (Stream<Path> s = Files.walk(root)) {
      found =
          s.filter(Files::isRegularFile)
              .filter(p -> !root.relativize(p).toString().contains("node_modules"))
              .filter(p -> SpecType.fromPath(p.toString()).isPresent())
              .sorted()
              .collect(Collectors.toList());
    }
    List<SpecFile> files = new ArrayList<>();
    for (Path f : found) {
      byte[] bytes = Files.readAllBytes(f);
      String text = new String(bytes, StandardCharsets.UTF_8);
      if (!java.util.Arrays.equals(text.getBytes(StandardCharsets.UTF_8), bytes)) {
        StringWriter err = new StringWriter();
        PrintWriter guarded = ai.cromus.core.report.TerminalText.guard(err);
        try {
          ai.cromus.cli.internal.InputFiles.read(f, Long.MAX_VALUE);
        } catch (ai.cromus.cli.internal.InputFiles.Unreadable e) {
          guarded.println("cromus: " + e.getMessage());
        }
        guarded.flush();
        return List.of(2, "", err.toString());
      }
      files.add(
          SpecFile.of(
              ValidateCommand.name(f), text, SpecType.fromPath(f.toString()).orElseThrow()));
    }
    if (policy != null) {
      files.add(
          SpecFile.of(
              ValidateCommand.name(policy),
              Files.readString(policy, StandardCharsets.UTF_8),
              SpecType.POLICY));
    }
    SpecValidator v = SpecValidator.create();
    List<SpecReport> reports =
        files.isEmpty()
            ? v.validateSkillPath(ValidateCommand.name(root), PathKind.DIRECTORY, Map.of())
            : v.validateAll(files);
    ValidateCommand c = new ValidateCommand();
    c.format = ValidateCommand.Format.valueOf(format);
    StringWriter out = new StringWriter();
    PrintWriter guarded = ai.cromus.core.report.TerminalText.guard(out);
    guarded.print(c.render(reports));
    guarded.flush();
    return List.of(reports.stream().allMatch(SpecReport::valid) ? 0 : 1, out.toString(), "");
  }

  static List<Object> run(List<String> args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        CromusCommand.execute(
            new PrintWriter(out), new PrintWriter(err), args.toArray(String[]::new));
    return List.of(code, out.toString(), err.toString());
  }
}
