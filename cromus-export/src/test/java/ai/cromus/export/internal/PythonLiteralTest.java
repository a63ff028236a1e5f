package ai.cromus.export.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The Python string literal escaper: exact output, and python3 reads every literal back verbatim.
 */
public class PythonLiteralTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '~',
      value = {
        "plain|\"plain\"",
        "say \"hi\"|\"say \\\"hi\\\"\"",
        "a\\b|\"a\\\\b\"",
        "{{ x }} ${y} {z}|\"{{ x }} ${y} {z}\"",
        "</script>|\"</script>\"",
        "é|\"\\xe9\"",
        "中|\"\\u4e2d\""
      })
  void escapes(String in, String out) {
    assertThat(PythonLiteral.of(in)).isEqualTo(out);
  }

  @Test
  void escapesLineBreaksControlsAndAstralCharacters() {
    assertThat(PythonLiteral.of("a\nb\r\tc\u0000\u2028\uD83D\uDE00\"\"\""))
        .isEqualTo("\"a\\nb\\r\\tc\\x00\\u2028\\U0001f600\\\"\\\"\\\"\"");
    assertThat(PythonLiteral.of("x")).doesNotContain("\n");
    assertThat(PythonLiteral.list(List.of("a", "b\"c"))).isEqualTo("[\"a\", \"b\\\"c\"]");
  }

  @Test
  void outputIsPrintableAsciiOnly() {
    Random rnd = new Random(42);
    for (int i = 0; i < 200; i++) {
      String lit = PythonLiteral.of(randomText(rnd));
      assertThat(lit.chars()).allMatch(c -> c >= 0x20 && c < 0x7f);
    }
  }

  @Test
  void python3ReadsEveryLiteralBack() throws Exception {
    assumeTrue(python(), "python3 is not on the PATH");
    long seed = 20261125L;
    Random rnd = new Random(seed);
    List<String> values =
        new ArrayList<>(
            List.of(
                "",
                "\"\"\"",
                "'''",
                "\\",
                "\\\"",
                "{{ }}",
                "${HOME}",
                "</script>",
                "a\nb",
                "\u0000",
                "\u2028",
                "\uD83D\uDE00",
                "\r\n",
                "f\"{x}\""));
    for (int i = 0; i < 300; i++) {
      values.add(randomText(rnd));
    }
    StringBuilder src = new StringBuilder("VALUES = [\n");
    values.forEach(v -> src.append("    ").append(PythonLiteral.of(v)).append(",\n"));
    src.append("]\n");
    Path dir = Files.createTempDirectory("cromus-lit");
    Path file = dir.resolve("values.py");
    Files.writeString(file, src, StandardCharsets.US_ASCII);
    Process p =
        new ProcessBuilder(
                "python3",
                "-I",
                "-c",
                """
                import ast, json, sys
                tree = ast.parse(open(sys.argv[1], encoding='ascii').read())
                values = ast.literal_eval(tree.body[0].value)
                print(json.dumps(values, ensure_ascii=True))
                """,
                file.toString())
            .start();
    byte[] out = p.getInputStream().readAllBytes();
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(120, TimeUnit.SECONDS) && p.exitValue() == 0)
        .as("seed " + seed + ": " + err)
        .isTrue();
    JsonNode back = new ObjectMapper().readTree(out);
    for (int i = 0; i < values.size(); i++) {
      assertThat(back.get(i).asText()).as("seed " + seed + ", value " + i).isEqualTo(values.get(i));
    }
    Files.delete(file);
    Files.delete(dir);
  }

  public static String randomText(Random rnd) {
    StringBuilder b = new StringBuilder();
    int n = rnd.nextInt(30);
    for (int i = 0; i < n; i++) {
      int k = rnd.nextInt(4);
      int cp =
          switch (k) {
            case 0 -> rnd.nextInt(0x80);
            case 1 -> "\"'\\{}$\n\r\t".charAt(rnd.nextInt(9));
            case 2 -> 0x80 + rnd.nextInt(0xD800 - 0x80);
            default -> 0x10000 + rnd.nextInt(0x100000);
          };
      b.appendCodePoint(cp);
    }
    return b.toString();
  }

  static boolean python() {
    try {
      Process p = new ProcessBuilder("python3", "--version").start();
      return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }
}
