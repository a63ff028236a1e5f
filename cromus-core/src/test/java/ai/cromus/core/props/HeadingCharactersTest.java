package ai.cromus.core.props;

import static org.assertj.core.api.Assertions.assertThat;

import ai.cromus.core.Cromus;
import ai.cromus.core.WorkflowSource;
import ai.cromus.core.diagnostic.Diagnostic;
import ai.cromus.core.workflow.Parsed;
import ai.cromus.core.workflow.Workflow;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Nothing written in a heading is dropped without a diagnostic: for generated SOPs whose headings
 * mix words with inline HTML, Markdown markup, entities, escapes and non-ASCII text, every
 * non-space character of each heading's title text appears (as often) in the title Cromus read or
 * in a diagnostic at the heading's line. One seed per case; the seed is in the test name and in
 * every failure message.
 */
class HeadingCharactersTest {
  private static final Cromus ENGINE = Cromus.builder().build();

  static LongStream seeds() {
    return LongStream.rangeClosed(1, 200);
  }

  static final String[] WORDS = {
    "Classify", "Look", "up", "the", "order", "Draft", "reply", "Approve", "refund", "Search"
  };

  static final String[] PIECES = {
    "<b>",
    "</b>",
    "</text>",
    "<script>",
    "alert(2)",
    "</script>",
    "<img src=x>",
    "<img src=\"x\" onerror=\"y()\">",
    "<!-- note -->",
    "<?php echo 1; ?>",
    "<![CDATA[x]]>",
    "<a href='u'>",
    "</a>",
    "<order-id>",
    "*",
    "**",
    "_",
    "__",
    "`",
    "`code`",
    "``a ` b``",
    "[link](http://x.y/z)",
    "[ref][r]",
    "![img](u.png \"t\")",
    "<http://a.b/c>",
    "<x@y.z>",
    "&amp;",
    "&lt;",
    "&#60;",
    "&#x3C;",
    "&nbsp;",
    "&bogus;",
    "\\*",
    "\\<",
    "\\",
    "#",
    "C#",
    "~~",
    "|",
    ">",
    "<",
    "-",
    "{{x}}",
    "${y}",
    "$200",
    "%",
    "é",
    "日本語",
    "ﬁ",
    "e\u0301",
    "\ud83d\ude00",
    "\u00a0",
    "\t",
    "  ",
    ":",
    "1.",
    "2)"
  };

  /** One heading's title text, and where it is written. */
  record Written(int line, String text, boolean workflowTitle, int step) {}

  static String body(Random rnd) {
    StringBuilder sb = new StringBuilder(WORDS[rnd.nextInt(WORDS.length)]);
    int n = 1 + rnd.nextInt(8);
    for (int i = 0; i < n; i++) {
      sb.append(rnd.nextInt(3) == 0 ? "" : " ");
      sb.append(
          rnd.nextBoolean()
              ? PIECES[rnd.nextInt(PIECES.length)]
              : WORDS[rnd.nextInt(WORDS.length)]);
    }
    // the last piece is a word, so the text never ends in what CommonMark reads as a closing run
    return sb.append(' ').append(WORDS[rnd.nextInt(WORDS.length)]).toString();
  }

  static String generate(long seed, List<Written> written) {
    Random rnd = new Random(seed);
    StringBuilder sb = new StringBuilder();
    int line = 1;
    String title = body(rnd);
    if (rnd.nextInt(4) == 0) {
      sb.append(title).append("\n===\n\n");
      written.add(new Written(line, title, true, -1));
      line += 3;
    } else {
      sb.append("# ").append(title).append(rnd.nextBoolean() ? " #" : "").append("\n\n");
      written.add(new Written(line, title, true, -1));
      line += 2;
    }
    int steps = 1 + rnd.nextInt(6);
    for (int i = 0; i < steps; i++) {
      String text = body(rnd);
      switch (rnd.nextInt(4)) {
        case 0 -> sb.append("## ").append(i + 1).append(". ").append(text);
        case 1 -> sb.append("## Step ").append(i + 1).append(": ").append(text);
        case 2 -> sb.append("## ").append(text).append(" ##");
        default -> sb.append("##\t").append(text);
      }
      sb.append('\n').append("Handle it carefully.\n\n");
      written.add(new Written(line, text, false, i));
      line += 3;
    }
    return sb.toString();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void everyCharacterOfAHeadingIsInItsTitleOrInADiagnostic(long seed) {
    List<Written> written = new ArrayList<>();
    String sop = generate(seed, written);
    Parsed<Workflow> p = ENGINE.parse(WorkflowSource.sop("gen.md", sop));
    assertThat(p.value().steps()).as("seed %d:\n%s", seed, sop).hasSize(written.size() - 1);
    for (Written w : written) {
      String title =
          w.workflowTitle() ? p.value().title() : p.value().steps().get(w.step()).title();
      StringBuilder said = new StringBuilder(title);
      for (Diagnostic d : p.diagnostics()) {
        if (d.line() == w.line()) {
          said.append('\n').append(d.message()).append('\n').append(d.hint().orElse(""));
        }
      }
      Map<Integer, Integer> available = counts(said.toString());
      counts(w.text())
          .forEach(
              (cp, n) ->
                  assertThat(available.getOrDefault(cp, 0))
                      .as(
                          "seed %d, line %d: '%s' (U+%04X) of '%s' is in neither the title '%s' nor"
                              + " a diagnostic\n%s",
                          seed, w.line(), Character.toString(cp), cp, w.text(), title, sop)
                      .isGreaterThanOrEqualTo(n));
    }
  }

  /** How often each non-space code point occurs. */
  private static Map<Integer, Integer> counts(String s) {
    Map<Integer, Integer> out = new HashMap<>();
    s.codePoints()
        .filter(cp -> !Character.isWhitespace(cp) && !Character.isSpaceChar(cp))
        .forEach(cp -> out.merge(cp, 1, Integer::sum));
    return out;
  }
}
