package ai.cromus.core.internal.spec;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;

/**
 * Fuzzes the generated Markdown: a description, a step title and its instructions taken from the
 * input (separated by U+0001) must read back from the generated SKILL.md and MEMORY.md with the
 * structure Cromus wrote ({@link GeneratedMarkdownTest#assertReadsBack}). In a normal test run
 * Jazzer replays the seed corpus under {@code GeneratedMarkdownFuzzTestInputs}; {@code
 * JAZZER_FUZZ=1} fuzzes for real.
 */
class GeneratedMarkdownFuzzTest {
  @FuzzTest(maxDuration = "30s")
  void generatedMarkdownReadsBack(byte[] input) {
    String text = new String(input, StandardCharsets.UTF_8).replace("\0", "");
    if (text.length() > 8 * 1024) {
      return;
    }
    String[] parts = text.split("\u0001", -1);
    String description = parts.length > 2 ? parts[2] : null;
    String title = parts[0].isBlank() ? "Step" : parts[0];
    String instructions = parts.length > 1 ? parts[1] : "";
    GeneratedMarkdownTest.assertReadsBack(
        GeneratedMarkdownTest.workflow(description, title, instructions), "fuzz input");
  }
}
