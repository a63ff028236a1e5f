package ai.cromus.core.internal.parse;

import static org.junit.jupiter.api.Assertions.assertFalse;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import org.commonmark.node.Document;

/**
 * Fuzzes the SOP's Markdown parse with inline parsing on demand against commonmark's own: the same
 * tree wherever inlines were parsed, and no unparsed block where the SOP reader looks. In a normal
 * test run Jazzer replays the seed corpus under {@code SopMarkdownFuzzTestInputs} (the SOP seeds of
 * {@code ParserFuzzTest}); {@code JAZZER_FUZZ=1} fuzzes for real.
 */
class SopMarkdownFuzzTest {
  @FuzzTest(maxDuration = "30s")
  void sameTreeWhereRead(byte[] input) {
    String text = new String(input, StandardCharsets.UTF_8);
    if (text.length() > 16 * 1024) {
      return;
    }
    Document full = (Document) SopMarkdown.FULL.parse(text);
    SopMarkdownTest.sameWhereParsed(SopMarkdown.FAST.parse(text), full, "fuzz input");
    Document chosen = SopMarkdown.parse(text);
    assertFalse(SopMarkdown.readsDeferred(chosen));
    SopMarkdownTest.sameWhereParsed(chosen, full, "fuzz input");
  }
}
