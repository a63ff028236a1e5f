package ai.cromus.core.internal.spec;

import static org.assertj.core.api.Assertions.assertThat;

import ai.cromus.core.CompileResult;
import ai.cromus.core.spec.Artifacts;
import ai.cromus.core.spec.PathKind;
import ai.cromus.core.spec.SpecValidator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the reference validator, npm {@code skills-ref} (the JavaScript port of agentskills'
 * skills-ref), on our generated skills and on the ported reference cases, and compares verdicts.
 * Skipped when Node is absent. The package is found from {@code -Dcromus.skillsRef=} (its {@code
 * skills-ref} executable), else {@code $SKILLS_REF}, else {@code npx --yes -p skills-ref@0.1.5};
 * every directory is validated in one Node process.
 */
class SkillsRefTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static Path index;

  @BeforeAll
  static void findValidator() throws Exception {
    Assumptions.assumeTrue(
        run(List.of("node", "--version")).isPresent(),
        "Node is absent: the reference validator skills-ref cannot run");
    String configured = System.getProperty("cromus.skillsRef", System.getenv("SKILLS_REF"));
    Optional<String> bin =
        configured != null && !configured.isBlank()
            ? Optional.of(configured)
            : run(List.of(
                    "npx", "--yes", "-p", "skills-ref@0.1.5", "sh", "-c", "command -v skills-ref"))
                .map(String::strip);
    Assumptions.assumeTrue(
        bin.isPresent() && Files.exists(Paths.get(bin.get())),
        "skills-ref could not be found or installed (no network and no local install?)");
    Path cli = Paths.get(bin.get()).toRealPath();
    index = cli.resolveSibling("index.js");
    Assumptions.assumeTrue(Files.exists(index), "skills-ref has no dist/index.js next to " + cli);
  }

  private static Optional<String> run(List<String> cmd) {
    try {
      Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      return p.waitFor(180, TimeUnit.SECONDS) && p.exitValue() == 0
          ? Optional.of(out)
          : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }

  /** skills-ref's errors for each directory, in one Node process. */
  private static Map<String, List<String>> validate(List<Path> dirs) throws Exception {
    List<String> cmd =
        new ArrayList<>(
            List.of(
                "node",
                "--input-type=module",
                "-e",
                "const m = await import(process.argv[1]); for (const d of process.argv.slice(2)) {"
                    + " console.log(JSON.stringify({dir: d, errors: await m.validate(d)})); }",
                index.toUri().toString()));
    dirs.forEach(d -> cmd.add(d.toString()));
    Optional<String> out = run(cmd);
    assertThat(out).as("skills-ref ran").isPresent();
    Map<String, List<String>> errors = new TreeMap<>();
    for (String line : out.get().split("\n")) {
      if (line.startsWith("{")) {
        JsonNode n = JSON.readTree(line);
        List<String> e = new ArrayList<>();
        n.get("errors").forEach(x -> e.add(x.asText()));
        errors.put(n.get("dir").asText(), e);
      }
    }
    return errors;
  }

  @Test
  void theReferenceValidatorAcceptsEveryGeneratedSkill(@TempDir Path tmp) throws Exception {
    List<Path> dirs = new ArrayList<>();
    for (String file : GeneratedArtifactsTest.sops().collect(Collectors.toList())) {
      CompileResult r = GeneratedArtifactsTest.compile(file);
      Artifacts a = r.artifacts().orElseThrow();
      Path dir =
          tmp.resolve(file.replace(".md", "")).resolve(ArtifactRenderer.skillName(r.workflow()));
      Files.createDirectories(dir);
      Files.writeString(dir.resolve("SKILL.md"), a.skillMd(), StandardCharsets.UTF_8);
      Files.writeString(dir.resolve("cromus.yaml"), a.cromusYaml(), StandardCharsets.UTF_8);
      dirs.add(dir);
    }
    Map<String, List<String>> errors = validate(dirs);
    assertThat(errors).hasSize(dirs.size());
    errors.forEach((dir, e) -> assertThat(e).as(dir).isEmpty());
  }

  @Test
  void ourVerdictIsTheReferenceValidatorsVerdictOnEveryPortedCase() throws Exception {
    Path root = Paths.get(SkillsRefTest.class.getResource("/spec").toURI());
    List<String> names;
    try (Stream<Path> s = Files.list(root)) {
      names =
          s.map(p -> p.getFileName().toString())
              .filter(
                  n ->
                      n.startsWith("skills-ref-")
                          || n.startsWith("parser-")
                          || n.startsWith("corpus-"))
              .sorted()
              .collect(Collectors.toList());
    }
    Map<Path, Boolean> ours = new LinkedHashMap<>();
    for (String name : names) {
      Path dir = root.resolve(name);
      Properties p = new Properties();
      try (Reader r =
          Files.newBufferedReader(dir.resolve("case.properties"), StandardCharsets.UTF_8)) {
        p.load(r);
      }
      String path = p.getProperty("path");
      boolean directoryCase = p.getProperty("check").equals("directory");
      String skillDir = directoryCase ? path : path.substring(0, path.lastIndexOf('/'));
      Path target = dir.resolve("input").resolve(skillDir);
      PathKind kind =
          directoryCase
              ? PathKind.valueOf(p.getProperty("kind").toUpperCase(java.util.Locale.ROOT))
              : PathKind.DIRECTORY;
      Map<String, String> entries = new TreeMap<>();
      if (kind == PathKind.DIRECTORY) {
        try (Stream<Path> s = Files.list(target)) {
          for (Path f : s.collect(Collectors.toList())) {
            entries.put(f.getFileName().toString(), Files.readString(f, StandardCharsets.UTF_8));
          }
        }
      }
      ours.put(
          target, SpecValidator.create().validateSkillPath(skillDir, kind, entries).get(0).valid());
    }
    Map<String, List<String>> reference = validate(new ArrayList<>(ours.keySet()));
    assertThat(reference).hasSize(ours.size());
    ours.forEach(
        (dir, valid) ->
            assertThat(valid)
                .as(dir + ": skills-ref said " + reference.get(dir.toString()))
                .isEqualTo(reference.get(dir.toString()).isEmpty()));
  }
}
