package ai.cromus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The documented step limit in a JVM of bounded heap: a 1.8 MB SOP of 20,000 steps compiles to its
 * 250 MB JSON report in 256 MB of heap (the report is streamed, never held as a string), and with
 * too little heap the CLI says so in one line instead of a stack trace. Each case runs the CLI in a
 * child JVM; the time bound only catches a hang.
 */
class LargeInputTest {
  @TempDir static Path dir;
  static Path sop;

  @BeforeAll
  static void write() throws IOException {
    StringBuilder b =
        new StringBuilder(
            """
            ---
            name: twenty-thousand
            owner: Ops
            runs_per_day: 100
            ---
            # Twenty thousand steps

            A long workflow.

            """);
    for (int i = 1; i <= 20_000; i++) {
      b.append("## ")
          .append(i)
          .append(". Classify item ")
          .append(i)
          .append("\nClassify the request.\n- kind: llm\n- input: email, 900 tokens\n\n");
    }
    sop = dir.resolve("twenty-thousand.md");
    Files.writeString(sop, b);
  }

  record Run(int code, long outBytes, String head, String tail, String err) {}

  static Run cli(String heap, String... args) throws Exception {
    List<String> command =
        new java.util.ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap,
                "-cp",
                System.getProperty("java.class.path"),
                CromusCommand.class.getName()));
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).start();
    CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(p.getErrorStream()));
    long bytes = 0;
    byte[] head = new byte[0];
    byte[] tail = new byte[0];
    try (InputStream in = p.getInputStream()) {
      byte[] buf = new byte[1 << 16];
      for (int n; (n = in.read(buf)) > 0; bytes += n) {
        if (head.length < 64) {
          head = java.util.Arrays.copyOf(buf, Math.min(n, 64));
        }
        byte[] joined = java.util.Arrays.copyOf(tail, tail.length + n);
        System.arraycopy(buf, 0, joined, tail.length, n);
        tail = java.util.Arrays.copyOfRange(joined, Math.max(0, joined.length - 64), joined.length);
      }
    }
    assertThat(p.waitFor(300, TimeUnit.SECONDS)).as("the CLI ended").isTrue();
    return new Run(
        p.exitValue(),
        bytes,
        new String(head, StandardCharsets.UTF_8),
        new String(tail, StandardCharsets.UTF_8),
        err.get());
  }

  private static String read(InputStream in) {
    try (in) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void twentyThousandStepsStreamTheirReportIn256MegabytesOfHeap() throws Exception {
    Run r = cli("256m", "compile", sop.toString(), "--format", "json");
    assertThat(r.err()).isEmpty();
    assertThat(r.code()).isIn(0, 1);
    assertThat(r.outBytes()).isGreaterThan(200_000_000L);
    assertThat(r.head()).startsWith("{\n  \"cromusVersion\" : ");
    assertThat(r.tail()).endsWith("}\n");
  }

  @Test
  void tooLittleHeapIsOneLineNotAStackTrace() throws Exception {
    Run r = cli("64m", "compile", sop.toString(), "--format", "json");
    assertThat(r.code()).isEqualTo(CromusCommand.USAGE);
    assertThat(r.err()).startsWith("cromus: out of memory: ").contains("-Xmx");
    assertThat(r.err().strip().lines()).hasSize(1);
  }
}
