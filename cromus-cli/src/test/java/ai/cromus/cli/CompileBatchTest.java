package ai.cromus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ai.cromus.cli.internal.InputFiles;
import ai.cromus.cli.internal.WorkflowSources;
import ai.cromus.core.CompileResult;
import ai.cromus.core.Cromus;
import ai.cromus.core.CromusJson;
import ai.cromus.core.report.SarifWriter;
import ai.cromus.core.scope.Scope;
import ai.cromus.core.workflow.Parsed;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code cromus compile} of several files, a folder or a glob (issue 23): one report per file in
 * path order, each what compiling the file alone prints, a summary, the exit code of the worst
 * outcome, a diagnostic for each file that cannot be read, and the same bytes for any number of
 * threads.
 */
class CompileBatchTest {
  static final Path SOPS = Path.of("../examples/sops");
  static final ObjectMapper EXACT =
      JsonMapper.builder()
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
          .build();

  static List<Path> sops;

  @BeforeAll
  static void listSops() throws IOException {
    try (Stream<Path> s = Files.list(SOPS)) {
      sops = s.filter(p -> p.toString().endsWith(".md")).sorted().collect(Collectors.toList());
    }
    assertThat(sops).hasSizeGreaterThan(5);
  }

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = CromusCommand.execute(new PrintWriter(out), new PrintWriter(err), args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void aFolderPrintsEachFilesReportInPathOrderThenASummary() {
    Run batch = run("compile", SOPS.toString());
    List<String> reports = new ArrayList<>();
    int worst = 0;
    int[] counts = new int[3];
    for (Path p : sops) {
      Run one = run("compile", p.toString());
      assertThat(one.err()).isEmpty();
      reports.add(one.out());
      worst = Math.max(worst, one.code());
      counts[
          one.out().contains("\nVerdict  PASS")
              ? 0
              : one.out().contains("\nVerdict  WARN") ? 1 : 2]++;
    }
    assertThat(batch.err()).isEmpty();
    assertThat(batch.out())
        .isEqualTo(
            String.join("\n", reports)
                + "\nSummary  "
                + sops.size()
                + " files: "
                + counts[0]
                + " pass, "
                + counts[1]
                + " warn, "
                + counts[2]
                + " fail, 0 unreadable\n");
    assertThat(counts[2]).as("the examples hold failing workflows").isPositive();
    assertThat(batch.code()).isEqualTo(worst).isEqualTo(1);
  }

  @ParameterizedTest
  @ValueSource(strings = {"text", "json", "sarif"})
  void theOutputIsTheSameForAnyNumberOfThreads(String format, @TempDir Path dir)
      throws IOException {
    // 60 files, some unreadable, so that threads finish out of order
    for (int i = 0; i < 60; i++) {
      Path from = sops.get(i % sops.size());
      Path to = dir.resolve(String.format("%02d-%s", i, from.getFileName()));
      if (i % 17 == 5) {
        Files.write(to, new byte[] {'#', ' ', (byte) 0xC3, '\n'});
      } else {
        Files.copy(from, to);
      }
    }
    Run one = run("compile", dir.toString(), "--format", format, "--jobs", "1");
    assertThat(one.code()).isEqualTo(2);
    assertThat(one.err()).isEmpty();
    for (String jobs : List.of("2", "3", "8")) {
      assertThat(run("compile", dir.toString(), "--format", format, "--jobs", jobs))
          .as("--jobs %s", jobs)
          .isEqualTo(one);
    }
    assertThat(run("compile", dir.toString(), "--format", format)).isEqualTo(one);
  }

  @Test
  void theJsonHoldsEachFilesReportAsCompiledAloneAndIsInCromusJsonLayout(@TempDir Path dir)
      throws IOException {
    Path bad = dir.resolve("not-utf8.md");
    Files.write(bad, new byte[] {'#', ' ', (byte) 0xFF, '\n'});
    List<String> args = new ArrayList<>(List.of("compile"));
    sops.forEach(p -> args.add(p.toString()));
    args.add(bad.toString());
    args.addAll(List.of("--format", "json"));
    Run batch = run(args.toArray(String[]::new));
    assertThat(batch.code()).isEqualTo(2);
    assertThat(batch.err()).isEmpty();
    JsonNode doc = EXACT.readTree(batch.out());
    // the layout of every Cromus JSON output: written again by CromusJson, the same bytes
    assertThat(CromusJson.write(doc)).isEqualTo(batch.out());
    assertThat(doc.get("files")).hasSize(sops.size() + 1);
    for (int i = 0; i < sops.size(); i++) {
      JsonNode f = doc.get("files").get(i);
      assertThat(f.get("path").asText()).isEqualTo(InputFiles.logicalName(sops.get(i)));
      Run alone = run("compile", sops.get(i).toString(), "--format", "json");
      assertThat(CromusJson.write(f.get("report"))).isEqualTo(alone.out());
    }
    JsonNode unreadable = doc.get("files").get(sops.size());
    assertThat(unreadable.get("path").asText()).isEqualTo(InputFiles.logicalName(bad));
    assertThat(unreadable.has("report")).isFalse();
    JsonNode d = unreadable.get("diagnostics").get(0);
    assertThat(d.get("rule").asText()).isEqualTo("INPUT-UNREADABLE");
    assertThat(d.get("severity").asText()).isEqualTo("error");
    assertThat(d.get("message").asText()).startsWith("not UTF-8 text: byte 0xFF at offset 2");
    JsonNode summary = doc.get("summary");
    assertThat(summary.get("files").asInt()).isEqualTo(sops.size() + 1);
    assertThat(summary.get("unreadable").asInt()).isEqualTo(1);
    assertThat(
            summary.get("pass").asInt() + summary.get("warn").asInt() + summary.get("fail").asInt())
        .isEqualTo(sops.size());
  }

  @Test
  void theSarifIsTheLogOfTheFilesCompiledAlone() throws Exception {
    Run batch =
        run(
            "compile",
            SOPS.toString(),
            "--format",
            "sarif",
            "--scope",
            "../examples/scopes/acme-support.yaml");
    Cromus engine = Cromus.defaultEngine();
    Parsed<Scope> scope =
        ai.cromus.cli.internal.ScopeFiles.load(
            Path.of("../examples/scopes/acme-support.yaml"), engine);
    Map<String, CompileResult> alone = new LinkedHashMap<>();
    for (Path p : sops) {
      String name = InputFiles.logicalName(p);
      String text = Files.readString(p, StandardCharsets.UTF_8);
      alone.put(name, engine.compileSource(WorkflowSources.of(p, name, text, 1 << 26), scope));
    }
    assertThat(batch.out()).isEqualTo(SarifWriter.compile(alone));
    assertThat(batch.code()).isEqualTo(1);
  }

  @Test
  void unreadableFilesAreDiagnosticsAndTheOthersAreCompiled(@TempDir Path dir) throws IOException {
    Path good = Files.copy(sops.get(0), dir.resolve("good.md"));
    Path notUtf8 = dir.resolve("latin1.md");
    Files.write(notUtf8, "# Caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
    Path missing = dir.resolve("missing.md");
    Path folder = Files.createDirectories(dir.resolve("folder.md"));
    Files.copy(sops.get(1), folder.resolve("inner.md"));
    Run r =
        run(
            "compile",
            good.toString(),
            notUtf8.toString(),
            missing.toString(),
            folder.toString(),
            "--jobs",
            "2");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).isEmpty();
    assertThat(r.out())
        .contains("File  " + InputFiles.logicalName(notUtf8) + ": not compiled\n")
        .contains(
            "  "
                + InputFiles.logicalName(missing)
                + ":1:1  error  INPUT-UNREADABLE  no such file\n")
        .contains("INPUT-UNREADABLE  not UTF-8 text: byte 0xE9 at offset 5 (line 1, column 6)")
        .contains("from " + InputFiles.logicalName(folder.resolve("inner.md")))
        .endsWith(
            "Summary  4 files: " + summaryOf(good, folder.resolve("inner.md")) + ", 2 unreadable\n")
        .doesNotContain("Exception")
        .doesNotContain("\tat ");
  }

  private static String summaryOf(Path... files) {
    int[] c = new int[3];
    for (Path f : files) {
      String out = run("compile", f.toString()).out();
      c[out.contains("\nVerdict  PASS") ? 0 : out.contains("\nVerdict  WARN") ? 1 : 2]++;
    }
    return c[0] + " pass, " + c[1] + " warn, " + c[2] + " fail";
  }

  @Test
  void aFolderHoldsItsSopsAndSkillsNotItsOtherSpecsNorSkippedFolders(@TempDir Path dir)
      throws IOException {
    Files.copy(sops.get(0), dir.resolve("b.md"));
    Files.copy(sops.get(1), Files.createDirectories(dir.resolve("a")).resolve("a.md"));
    Files.copy(
        Path.of("../examples/specs/refund-triage/SKILL.md"),
        Files.createDirectories(dir.resolve("skills/refund-triage")).resolve("SKILL.md"));
    Files.copy(sops.get(2), Files.createDirectories(dir.resolve("node_modules/x")).resolve("c.md"));
    for (String other : List.of("ETHOS.md", "MEMORY.md", "AGENTS.md")) {
      Files.copy(Path.of("../examples/specs").resolve(other), dir.resolve(other));
    }
    Files.writeString(dir.resolve("README.md"), "# Our SOPs\n");
    Files.writeString(dir.resolve("flow.yaml"), "name: x\n");
    Run r = run("compile", dir.toString(), "--format", "json");
    List<String> paths = new ArrayList<>();
    EXACT.readTree(r.out()).get("files").forEach(f -> paths.add(f.get("path").asText()));
    assertThat(paths)
        .containsExactly(
            InputFiles.logicalName(dir.resolve("a/a.md")),
            InputFiles.logicalName(dir.resolve("b.md")),
            InputFiles.logicalName(dir.resolve("skills/refund-triage/SKILL.md")));
  }

  @Test
  void aGlobNamesFilesOnceInPathOrder(@TempDir Path dir) throws IOException {
    Files.copy(sops.get(0), Files.createDirectories(dir.resolve("x/y")).resolve("deep.md"));
    Files.copy(sops.get(1), dir.resolve("x/top.md"));
    Files.copy(sops.get(2), dir.resolve("x/top.txt"));
    String root = dir.toString();
    Run shallow = run("compile", root + "/x/*.md", "--format", "json");
    assertThat(paths(shallow)).containsExactly(InputFiles.logicalName(dir.resolve("x/top.md")));
    Run deep = run("compile", root + "/x/**.md", root + "/x/top.md", "--format", "json");
    assertThat(paths(deep))
        .containsExactly(
            InputFiles.logicalName(dir.resolve("x/top.md")),
            InputFiles.logicalName(dir.resolve("x/y/deep.md")));
    Run none = run("compile", root + "/x/*.sop");
    assertThat(none.code()).isEqualTo(2);
    assertThat(none.out()).isEmpty();
    assertThat(none.err())
        .endsWith("/x/*.sop: no file matches this pattern" + System.lineSeparator());
    Run empty = run("compile", Files.createDirectories(dir.resolve("empty")).toString());
    assertThat(empty.code()).isEqualTo(2);
    assertThat(empty.err()).contains("no workflow file in this folder");
  }

  private static List<String> paths(Run r) throws IOException {
    assertThat(r.err()).isEmpty();
    List<String> paths = new ArrayList<>();
    EXACT.readTree(r.out()).get("files").forEach(f -> paths.add(f.get("path").asText()));
    return paths;
  }

  @Test
  void theExitCodeIsTheWorstVerdict(@TempDir Path dir) throws IOException {
    List<Path> passing = new ArrayList<>();
    for (Path p : sops) {
      if (run("compile", p.toString()).code() == 0) {
        passing.add(p);
      }
    }
    assertThat(passing).hasSizeGreaterThan(1);
    List<String> args = new ArrayList<>(List.of("compile"));
    passing.forEach(p -> args.add(p.toString()));
    assertThat(run(args.toArray(String[]::new)).code()).isZero();
  }

  @Test
  void aSingleFileIsPrintedAsBefore() {
    Run r = run("compile", sops.get(0).toString());
    assertThat(r.out()).doesNotContain("Summary  ").startsWith("Cromus ");
  }

  @Test
  void htmlIsOnePageOfOneWorkflow() {
    Run r = run("compile", SOPS.toString(), "--format", "html");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).startsWith("cromus: --format html makes one page of one workflow");
    assertThat(run("compile", sops.get(0).toString(), "--format", "html").out())
        .startsWith("<!DOCTYPE html>");
  }

  @Test
  void jobsMustBePositive() {
    Run r = run("compile", SOPS.toString(), "--jobs", "0");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--jobs 0 is not a positive number");
  }
}
