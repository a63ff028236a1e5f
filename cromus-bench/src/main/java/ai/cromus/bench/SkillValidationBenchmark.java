package ai.cromus.bench;

import ai.cromus.core.spec.PathKind;
import ai.cromus.core.spec.SpecReport;
import ai.cromus.core.spec.SpecValidator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Validating one skill directory in-process, file reading included: what {@code validate(dir)} of
 * the npm {@code skills-ref} does (peers/skills-ref.mjs times it on the same directories). Each
 * operation reads the directory's SKILL.md (or skill.md) from disk, as skills-ref does, and runs
 * {@link SpecValidator#validateSkillPath}; the directories are taken in turn.
 *
 * <p>{@code dirs} is a list of skill directories separated by {@code :} (JMH splits parameter
 * values on commas), relative to the working directory.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SkillValidationBenchmark {
  @Param({
    "examples/specs/refund-triage:examples/specs/invalid/invoice-review:examples/specs/invalid/Refund--Triage"
  })
  public String dirs;

  private SpecValidator validator;
  private List<Path> paths;
  private int next;

  @Setup
  public void setUp() {
    validator = SpecValidator.create();
    paths = new ArrayList<>();
    for (String d : dirs.split(":")) {
      if (!d.isBlank()) {
        paths.add(Path.of(d));
      }
    }
    if (paths.isEmpty()) {
      throw new IllegalStateException("no skill directories given");
    }
    for (Path p : paths) {
      List<SpecReport> r = validate(p);
      boolean valid = r.stream().allMatch(SpecReport::valid);
      System.out.println("verdict " + p + ": " + (valid ? "valid" : "invalid"));
    }
  }

  /** Reads the directory as skills-ref does and validates it. */
  List<SpecReport> validate(Path dir) {
    if (!Files.exists(dir)) {
      return validator.validateSkillPath(dir.toString(), PathKind.MISSING, Map.of());
    }
    if (!Files.isDirectory(dir)) {
      return validator.validateSkillPath(dir.toString(), PathKind.FILE, Map.of());
    }
    Map<String, String> entries = new LinkedHashMap<>();
    // what skills-ref reads: the first of SKILL.md and skill.md that exists (our sidecar check
    // is extra work that skills-ref does not do, so it is left out of the comparison)
    for (String name : new String[] {"SKILL.md", "skill.md"}) {
      Path f = dir.resolve(name);
      if (Files.isRegularFile(f)) {
        try {
          entries.put(name, Files.readString(f, StandardCharsets.UTF_8));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        break;
      }
    }
    return validator.validateSkillPath(dir.toString(), PathKind.DIRECTORY, entries);
  }

  @Benchmark
  public List<SpecReport> validateSkillDir() {
    Path p = paths.get(next);
    next = next + 1 == paths.size() ? 0 : next + 1;
    return validate(p);
  }
}
