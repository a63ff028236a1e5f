package ai.cromus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ai.cromus.core.report.TerminalText;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 18.11: escape sequences decoded by a parser never reach the terminal raw, and every
 * unreadable input gets the message that is true.
 */
class TerminalHygieneTest {
  /** What the JSON parser decodes from {@code "\u001b[31mRED\u001b]0;pwned\u0007"}. */
  static final String HOSTILE = "\u001b[31mRED\u001b]0;pwned\u0007";

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = CromusCommand.execute(new PrintWriter(out), new PrintWriter(err), args);
    return new Run(code, out.toString(), err.toString());
  }

  /** No character a terminal acts on: C0 (but line feed), DEL, C1, bidi controls, separators. */
  static void assertNothingRaw(String printed) {
    for (int i = 0; i < printed.length(); i++) {
      char c = printed.charAt(i);
      boolean raw =
          (c < 0x20 && c != '\n')
              || (c >= 0x7f && c <= 0x9f)
              || (c >= '\u202a' && c <= '\u202e')
              || (c >= '\u2066' && c <= '\u2069')
              || c == '\u2028'
              || c == '\u2029';
      assertThat(raw)
          .as("raw U+%04X at %d in: %s", (int) c, i, printed.substring(Math.max(0, i - 40), i))
          .isFalse();
    }
  }

  @Test
  void compileTextShowsEscapeSequencesVisibly(@TempDir Path dir) throws IOException {
    String json =
        "{\"name\":\"x\",\"title\":\"\\u001b[31mRED\\u001b]0;pwned\\u0007\\nVerdict  FAIL\",\"description\":"
            + "\"a\\u202eb\\u0085c\",\"steps\":[{\"id\":\"a\",\"title\":\"\\u001b[31mRED\\nVerdict  PASS\","
            + "\"kind\":\"llm\",\"instructions\":\"\\u009b31m\"}]}";
    Path f = Files.writeString(dir.resolve("w.json"), json);
    Run r = run("compile", f.toString(), "--verbose");
    assertNothingRaw(r.out());
    assertNothingRaw(r.err());
    assertThat(r.out()).contains("\\u001b[31mRED\\u001b]0;pwned\\u0007");
    // a line break in user text cannot forge a line of the report
    assertThat(r.out().split("\nVerdict  ", -1)).hasSize(2);
    assertThat(r.out()).contains("pwned\\u0007\\nVerdict  FAIL (x, json");
  }

  @Test
  void validateTextShowsEscapeSequencesVisibly(@TempDir Path dir) throws IOException {
    Path skill = Files.createDirectories(dir.resolve("x"));
    Files.writeString(
        skill.resolve("SKILL.md"),
        "---\nname: \"x\\e[31m\"\ndescription: \"" + "\\e]0;pwned\\a" + " \\u202e\"\n---\nBody.\n");
    Run r = run("validate", skill.toString(), "--verbose");
    assertNothingRaw(r.out());
    assertNothingRaw(r.err());
    assertThat(r.out()).contains("\\u001b");
  }

  @Test
  void jsonOutputKeepsTheSameCharactersAsJsonEscapes(@TempDir Path dir) throws IOException {
    Path f =
        Files.writeString(
            dir.resolve("w.json"),
            "{\"name\":\"x\",\"title\":\"a\u0085b\u202ec\",\"steps\":[{\"id\":\"a\",\"title\":\"A\","
                + "\"kind\":\"llm\"}]}");
    Run r = run("compile", f.toString(), "--format", "json");
    assertNothingRaw(r.out());
    var tree = new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.out());
    assertThat(tree.toString()).contains("a\u0085b\u202ec");
  }

  static LongStream seeds() {
    return LongStream.range(0, 50);
  }

  /** Seeded: the guard passes everything safe through unchanged and escapes the rest. */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void guardAndVisibleAgree(long seed) {
    Random rnd = new Random(seed);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 200; i++) {
      int k = rnd.nextInt(5);
      sb.append(
          k == 0
              ? (char) rnd.nextInt(0x20)
              : k == 1 ? (char) (0x7f + rnd.nextInt(0x21)) : k == 2 ? '\u202e' : (char) ('a' + k));
      if (rnd.nextInt(20) == 0) {
        sb.append("😀"); // a valid pair stays
      }
    }
    String s = sb.toString();
    StringWriter w = new StringWriter();
    PrintWriter g = TerminalText.guard(w);
    // written in pieces, so that a surrogate pair may straddle two writes
    int at = 0;
    while (at < s.length()) {
      int n = Math.min(s.length() - at, 1 + rnd.nextInt(7));
      g.write(s, at, n);
      at += n;
    }
    g.flush();
    String guarded = w.toString();
    assertNothingRaw(guarded);
    assertThat(guarded.replace("\n", "\\n")).as("seed %d", seed).isEqualTo(TerminalText.visible(s));
    assertThat(guarded).contains("😀".repeat(s.contains("😀") ? 1 : 0));
  }

  // ------------------------------------------------------------------ true messages

  @Test
  void anInvalidUtf8ByteIsReportedWithItsValueAndOffset(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("bad.md");
    byte[] head = "# T\n\n## 1. Do ".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[head.length + 8];
    System.arraycopy(head, 0, bytes, 0, head.length);
    bytes[head.length] = (byte) 0xFF;
    bytes[head.length + 1] = (byte) 0xFE;
    System.arraycopy(" thing\n".getBytes(StandardCharsets.UTF_8), 0, bytes, head.length + 2, 6);
    Files.write(f, bytes);
    Run r = run("compile", f.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err())
        .contains("not UTF-8", "byte 0xFF at offset " + head.length, "line 3, column 10")
        .doesNotContain("U+0000");
  }

  @Test
  void aDeviceIsNotCalledMissing() {
    Assumptions.assumeTrue(Files.exists(Path.of("/dev/zero")));
    Run r = run("compile", "/dev/zero");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("not a regular file").doesNotContain("no such file");
  }

  @Test
  void aPipeIsNotCalledASkillFolder(@TempDir Path dir) throws Exception {
    Path fifo = dir.resolve("f");
    Process p = new ProcessBuilder("mkfifo", fifo.toString()).start();
    Assumptions.assumeTrue(p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0);
    Run r = run("validate", fifo.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("not a regular file");
    assertThat(r.out()).doesNotContain("SKILL-MISSING-FILE");
  }

  @Test
  void diffOfAnEmptyFileSaysThereAreNoSteps(@TempDir Path dir) throws IOException {
    Path empty = Files.writeString(dir.resolve("empty.md"), "");
    Path sop = Files.writeString(dir.resolve("a.md"), SimulationReportTest.OLD);
    Run r = run("diff", sop.toString(), empty.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err())
        .contains("empty.md: no steps were found")
        .doesNotContain("no model catalog");
  }

  @Test
  void diffUnderAScopeThatFailsToReadSaysSo(@TempDir Path dir) throws IOException {
    Path sop = Files.writeString(dir.resolve("a.md"), SimulationReportTest.OLD);
    Path scope = Files.writeString(dir.resolve("scope.yaml"), "budget: [\n");
    Run r = run("diff", sop.toString(), sop.toString(), "--scope", scope.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("scope.yaml", "SCOPE-SYNTAX").doesNotContain("no model catalog");
  }
}
