package ai.cromus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {
  private static final Path SPECS = Paths.get("..", "examples", "specs");

  private static String[] run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = CromusCommand.execute(new PrintWriter(out), new PrintWriter(err), args);
    return new String[] {Integer.toString(code), out.toString(), err.toString()};
  }

  @Test
  void validExampleFilesPassWithExitZero() {
    String[] r =
        run(
            "validate",
            SPECS.resolve("refund-triage/SKILL.md").toString(),
            SPECS.resolve("ETHOS.md").toString(),
            SPECS.resolve("MEMORY.md").toString(),
            SPECS.resolve("AGENTS.md").toString(),
            "--policy",
            SPECS.resolve("cromus.policy.yml").toString());
    assertThat(r[0]).as(r[1] + r[2]).isEqualTo("0");
    assertThat(r[1])
        .contains("PASS ")
        .contains("[policy:require_agents]")
        .contains("5 files, 0 invalid");
  }

  @Test
  void aFolderOfInvalidFilesFailsWithExitOneAndJsonNamesEveryRule() throws Exception {
    String[] r = run("validate", SPECS.resolve("invalid").toString(), "--format", "json");
    assertThat(r[0]).as(r[2]).isEqualTo("1");
    JsonNode json = new ObjectMapper().readTree(r[1]);
    assertThat(json.get("files")).hasSize(4);
    for (JsonNode f : json.get("files")) {
      assertThat(f.get("valid").asBoolean()).isFalse();
      assertThat(f.get("path").asText()).isNotEmpty();
      assertThat(f.get("type").asText()).isIn("skill", "ethos", "memory");
      for (JsonNode d : f.get("diagnostics")) {
        assertThat(d.get("rule").asText()).matches("[A-Z]+(-[A-Z]+)+");
        assertThat(d.get("severity").asText()).isIn("error", "warning");
        assertThat(d.get("line").asInt()).isPositive();
        assertThat(d.get("column").asInt()).isPositive();
        assertThat(d.get("message").asText()).isNotEmpty();
      }
    }
    assertThat(r[1])
        .contains("SKILL-NAME-DIRECTORY")
        .contains("SKILL-PORTABILITY")
        .contains("SKILL-YAML-FLOW")
        .contains("MEMORY-SECTION")
        .contains("ETHOS-REQUIRED-FIELD")
        .contains("SKILL-NAME-CASE")
        .contains("SKILL-NAME-CONSECUTIVE-HYPHENS");
  }

  @Test
  void sarifListsEveryFindingWithItsRuleAndRegion() throws Exception {
    String[] r = run("validate", SPECS.resolve("invalid").toString(), "--format", "sarif");
    assertThat(r[0]).as(r[2]).isEqualTo("1");
    JsonNode sarif = new ObjectMapper().readTree(r[1]);
    JsonNode results = sarif.get("runs").get(0).get("results");
    assertThat(results.size()).isGreaterThanOrEqualTo(8);
    assertThat(r[1])
        .contains("SKILL-NAME-DIRECTORY")
        .contains("MEMORY-SECTION")
        .contains("\"startLine\"");
  }

  @Test
  void missingPathsAreUnreadableWithExitTwo(@TempDir Path tmp) {
    String[] r = run("validate", tmp.resolve("nope").toString());
    assertThat(r[0]).isEqualTo("2");
    assertThat(r[2]).contains("no such file");
  }

  @Test
  void anUnknownFileNeedsType(@TempDir Path tmp) throws Exception {
    Path f = tmp.resolve("profile.md");
    Files.writeString(f, Files.readString(SPECS.resolve("ETHOS.md"), StandardCharsets.UTF_8));
    assertThat(run("validate", f.toString())[0]).isEqualTo("2");
    String[] r = run("validate", f.toString(), "--type", "ethos");
    assertThat(r[0]).as(r[1]).isEqualTo("0");
    assertThat(run("validate", f.toString(), "--type", "poem")[0]).isEqualTo("2");
  }

  @Test
  void aFolderWithoutSpecFilesIsAMissingSkillMd(@TempDir Path tmp) throws Exception {
    Path dir = tmp.resolve("my-skill");
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("notes.txt"), "hello");
    String[] r = run("validate", dir.toString());
    assertThat(r[0]).isEqualTo("1");
    assertThat(r[1]).contains("SKILL-MISSING-FILE").contains("Missing required file: SKILL.md");
  }

  @Test
  void aSkillInItsDirectoryIsCheckedAgainstTheDirectoryName(@TempDir Path tmp) throws Exception {
    Path dir = tmp.resolve("wrong-name");
    Files.createDirectories(dir);
    Files.writeString(
        dir.resolve("SKILL.md"),
        "---\nname: right-name\ndescription: Does it." + " Use when asked.\n---\n# Body\n");
    String[] r = run("validate", dir.toString());
    assertThat(r[0]).isEqualTo("1");
    assertThat(r[1]).contains("SKILL-NAME-DIRECTORY");
  }
}
