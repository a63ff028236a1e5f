package ai.cromus.core.internal.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.cromus.core.Cromus;
import ai.cromus.core.Limits;
import ai.cromus.core.WorkflowSource;
import ai.cromus.core.diagnostic.Diagnostic;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Random;
import java.util.stream.LongStream;
import org.commonmark.node.Block;
import org.commonmark.node.Node;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The nesting check reports the line the former stack walk reported (the first block deeper than
 * the limit, last child first), on seeded documents with several deep branches of lists and quotes;
 * the seed is in every failure message.
 */
class NestingCheckTest {
  private static final int LIMIT = 4;
  private static final Cromus ENGINE =
      Cromus.builder().limits(Limits.builder().maxNesting(LIMIT).build()).build();
  private static final String[] MARKERS = {"> ", "- ", "1. ", "* "};

  static LongStream seeds() {
    return LongStream.rangeClosed(1, 30);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void theFirstTooDeepBlockIsTheOneTheStackWalkFound(long seed) {
    Random r = new Random(seed);
    for (int i = 0; i < 100; i++) {
      StringBuilder sb = new StringBuilder("# T\n\n## 1. Step\n");
      int lines = 1 + r.nextInt(12);
      for (int l = 0; l < lines; l++) {
        int depth = r.nextInt(LIMIT + 4);
        StringBuilder prefix = new StringBuilder();
        for (int d = 0; d < depth; d++) {
          if (r.nextInt(4) > 0) {
            prefix.append("> ");
          } else { // a list marker ends the prefix; indented, it nests in the list above
            prefix.append("  ".repeat(r.nextInt(3))).append(MARKERS[1 + r.nextInt(3)]);
            break;
          }
        }
        sb.append(prefix).append("text ").append(l).append('\n');
        if (r.nextInt(4) == 0) {
          sb.append('\n');
        }
      }
      String doc = sb.toString();
      String why = "seed " + seed + ", document " + i + ": " + doc.replace("\n", "\\n");
      int expected = stackWalk(SopMarkdown.parse(doc));
      int reported = 0;
      for (Diagnostic d : ENGINE.parse(WorkflowSource.sop("n.md", doc)).diagnostics()) {
        if (d.rule().equals("INPUT-TOO-DEEP")) {
          reported = d.line();
        }
      }
      assertEquals(expected, reported, why);
    }
  }

  /** The former check: a stack of blocks and depths; the line of the first too deep, or 0. */
  private static int stackWalk(Node doc) {
    Deque<Object[]> stack = new ArrayDeque<>();
    stack.push(new Object[] {doc, 0});
    while (!stack.isEmpty()) {
      Object[] top = stack.pop();
      Node n = (Node) top[0];
      int depth = (Integer) top[1];
      if (depth > LIMIT) {
        return n.getSourceSpans().get(0).getLineIndex() + 1;
      }
      for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
        if (c instanceof Block) {
          stack.push(new Object[] {c, depth + 1});
        }
      }
    }
    return 0;
  }
}
