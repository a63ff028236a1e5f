package ai.cromus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code compile --exact-tokens}: OpenAI candidates priced at counted sizes, and jtokkit loaded
 * only when the flag is given (start-up time, issue 23).
 */
class ExactTokensTest {
  private static final String SOP =
      "# Complaints\n\n## 1. Summarise the complaint\n"
          + "Read the customer's complaint and summarise what went wrong, when, and what the"
          + " customer asks for.\n- kind: llm\n- model: gpt-5-mini\n- output: ~300 tokens\n";

  @TempDir Path dir;

  private static String run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CromusCommand.execute(new PrintWriter(out), new PrintWriter(err), false, args);
    return out + err.toString();
  }

  @Test
  void countsTheTextOfAnOpenAiStep() throws IOException {
    Path sop = dir.resolve("complaints.md");
    Files.writeString(sop, SOP, StandardCharsets.UTF_8);
    String exact = run("compile", sop.toString(), "--format", "json", "--exact-tokens");
    String plain = run("compile", sop.toString(), "--format", "json");
    assertThat(exact).contains("counted with o200k_base").isNotEqualTo(plain);
    assertThat(plain).doesNotContain("counted with");
  }

  @Test
  void loadsJtokkitOnlyWithTheFlag() throws Exception {
    Path sop = dir.resolve("complaints.md");
    Files.writeString(sop, SOP, StandardCharsets.UTF_8);
    assertThat(loadedClasses("--version")).doesNotContain("com.knuddels", "ai.cromus.tokens");
    assertThat(loadedClasses("compile", sop.toString()))
        .doesNotContain("com.knuddels", "ai.cromus.tokens");
    assertThat(loadedClasses("compile", sop.toString(), "--format", "json"))
        .doesNotContain("com.knuddels", "ai.cromus.tokens");
    assertThat(loadedClasses("compile", sop.toString(), "--exact-tokens"))
        .contains("com.knuddels.jtokkit", "ai.cromus.tokens.OpenAiTokenCounter");
  }

  /** The class-loading log of a fresh JVM running {@code cromus ARGS}. */
  private String loadedClasses(String... args) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xshare:off");
    command.add("-Xlog:class+load=info");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(CromusCommand.class.getName());
    command.addAll(List.of(args));
    Path log = dir.resolve("classes.log");
    Process p =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    p.waitFor();
    return Files.readString(log, StandardCharsets.UTF_8);
  }
}
