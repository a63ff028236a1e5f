package ai.cromus.export;

import static org.assertj.core.api.Assertions.assertThat;

import ai.cromus.export.internal.PythonLiteralTest;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** File names never leave the bundle. */
class BundlePathTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "../x",
        "a/../b",
        "/abs",
        "C:/x",
        "c:x",
        "a\\b",
        "CON",
        "con.txt",
        "LPT1",
        "a/NUL.json",
        "a//b",
        "a/",
        "",
        ".",
        "..",
        "a/./b",
        "tab\there",
        "nl\nx",
        "trailing.",
        "trailing ",
        "..hidden"
      })
  void unsafePaths(String path) {
    assertThat(BundlePath.isSafe(path)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"agent.json", "src/pkg/config/agents.yaml", ".mcp.json", "a b/c d.py", "中文.json"})
  void safePaths(String path) {
    assertThat(BundlePath.isSafe(path)).isTrue();
  }

  @Test
  void segmentsOfAnyTextAreSafe() {
    assertThat(BundlePath.segment("..")).isEqualTo("_");
    assertThat(BundlePath.segment("../../etc/passwd")).isEqualTo("_._.._etc_passwd");
    assertThat(BundlePath.segment("CON")).isEqualTo("_CON");
    assertThat(BundlePath.segment("nul.txt")).isEqualTo("_nul.txt");
    long seed = 7L;
    Random rnd = new Random(seed);
    for (int i = 0; i < 1000; i++) {
      String raw = PythonLiteralTest.randomText(rnd) + (i % 3 == 0 ? "/../" : "");
      String seg = BundlePath.segment(raw);
      assertThat(BundlePath.isSafe(seg)).as("seed " + seed + ": " + raw + " -> " + seg).isTrue();
      assertThat(seg).doesNotContain("/");
    }
  }
}
