package ai.cromus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cromus export}: listing, writing every target, and refusing to overwrite. */
class ExportCommandTest {
  static final Path SOP = Path.of("../examples/sops/refund-triage.md");
  static final List<String> TARGETS =
      List.of(
          "autogen",
          "claude-managed-agent",
          "crewai",
          "gemini-interactions",
          "langgraph",
          "mcp",
          "n8n");

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = CromusCommand.execute(new PrintWriter(out), new PrintWriter(err), args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void listsTheRegisteredExporters() {
    Run r = run("export", "--list");
    assertThat(r.code()).isEqualTo(0);
    for (String id : TARGETS) {
      assertThat(r.out()).containsPattern("(?m)^" + id + " +\\S");
    }
  }

  @Test
  void allWritesEachTargetInItsOwnFolder(@TempDir Path out) throws IOException {
    Run r = run("export", SOP.toString(), "--target", "all", "--out", out.toString());
    assertThat(r.code()).as(r.err()).isEqualTo(0);
    for (String id : TARGETS) {
      assertThat(out.resolve(id)).isDirectory();
    }
    assertThat(out.resolve("claude-managed-agent/agent.json")).isRegularFile();
    assertThat(out.resolve("langgraph/langgraph.json")).isRegularFile();
  }

  @Test
  void refusesToOverwriteWithoutForce(@TempDir Path out) throws IOException {
    Path agent = out.resolve("agent.json");
    Files.writeString(agent, "mine", StandardCharsets.UTF_8);
    Run r =
        run("export", SOP.toString(), "--target", "claude-managed-agent", "--out", out.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("exists").contains("--force").contains("nothing was written");
    assertThat(Files.readString(agent)).isEqualTo("mine");

    Run forced =
        run(
            "export",
            SOP.toString(),
            "--target",
            "claude-managed-agent",
            "--out",
            out.toString(),
            "--force");
    assertThat(forced.code()).as(forced.err()).isEqualTo(0);
    assertThat(Files.readString(agent)).contains("\"model\"");
  }

  @Test
  void rejectsUnknownTargetsModesAndMissingArguments(@TempDir Path out) {
    assertThat(run("export", SOP.toString(), "--target", "nope", "--out", out.toString()).code())
        .isEqualTo(2);
    assertThat(
            run(
                    "export",
                    SOP.toString(),
                    "--target",
                    "mcp",
                    "--out",
                    out.toString(),
                    "--mode",
                    "cheapest")
                .code())
        .isEqualTo(2);
    assertThat(run("export", SOP.toString()).code()).isEqualTo(2);
    assertThat(run("export", "missing.md", "--target", "mcp", "--out", out.toString()).code())
        .isEqualTo(2);
  }

  @Test
  void theNameOptionNamesTheAgent(@TempDir Path out) throws IOException {
    Run r =
        run(
            "export",
            SOP.toString(),
            "--target",
            "claude-managed-agent",
            "--out",
            out.toString(),
            "--name",
            "Refunds \"EU\"");
    assertThat(r.code()).as(r.err()).isEqualTo(0);
    assertThat(Files.readString(out.resolve("agent.json")))
        .contains("\"name\" : \"Refunds \\\"EU\\\"\"");
  }

  @Test
  void exportsTheChosenModesPlan(@TempDir Path out) {
    Run r =
        run("export", SOP.toString(), "--target", "mcp", "--out", out.toString(), "--mode", "eco");
    assertThat(r.code()).as(r.err()).isEqualTo(0);
    assertThat(out.resolve("tools.json")).isRegularFile();
  }

  /** Issue 18.6: --force never writes through a link in the output folder. */
  @Test
  void forceNeverFollowsALinkOutOfTheOutputFolder(@TempDir Path dir) throws IOException {
    Path out = dir.resolve("out");
    Path skill = Files.createDirectories(out.resolve(".agents/skills/refund-triage"));
    Path outside = Files.writeString(dir.resolve("outside.txt"), "mine");
    Path another = dir.resolve("another.txt");
    Files.createSymbolicLink(skill.resolve("SKILL.md"), outside);
    Files.createSymbolicLink(skill.resolve("MEMORY.md"), another);
    Run r = run("export", SOP.toString(), "--target", "specs", "--out", out.toString(), "--force");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("symbolic link").contains("nothing was written");
    assertThat(outside).hasContent("mine");
    assertThat(another).doesNotExist();
    assertThat(skill.resolve("cromus.yaml")).doesNotExist();
  }

  /** Issue 17.7: export honours --scope; a target without an allowed model fails by name. */
  @Test
  void exportHonoursTheScope(@TempDir Path dir) throws IOException {
    Path scope =
        Files.writeString(dir.resolve("scope.yaml"), "gates:\n  deny: [vendor:anthropic]\n");
    Path out = dir.resolve("out");
    Run r =
        run(
            "export",
            SOP.toString(),
            "--target",
            "all",
            "--out",
            out.toString(),
            "--scope",
            scope.toString());
    assertThat(r.code()).as(r.err()).isEqualTo(1);
    assertThat(r.err())
        .contains("claude-managed-agent: error EXPORT-NO-ALLOWED-MODEL")
        .contains("denied by vendor:anthropic")
        .doesNotContain("not available in this build");
    assertThat(out.resolve("claude-managed-agent/agent.json")).doesNotExist();
    assertThat(out.resolve("langgraph/langgraph.json")).isRegularFile();
    try (var walk = Files.walk(out)) {
      for (Path f : walk.filter(Files::isRegularFile).toList()) {
        if (f.toString().contains("specs")) {
          continue; // the spec files record what the author asked for
        }
        assertThat(Files.readString(f)).as(f.toString()).doesNotContain("claude-");
      }
    }
  }
}
