package ai.cromus.core.internal.tree;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.cromus.core.Limits;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The fast path of plain {@code key: value} YAML gives exactly the tree Jackson gives (types, text,
 * positions, key order), and leaves everything else to Jackson; on seeded random documents mixing
 * plain lines and near misses, the seed in every failure message.
 */
class PlainYamlTest {
  private static final TreeReader READER = new TreeReader(Limits.DEFAULTS);

  /** Values of both kinds: read by the fast path, and near misses it must leave to Jackson. */
  private static final String[] VALUES = {
    "Benchmarks",
    "generated-10",
    "ethos-the-steward-v1.0.0",
    "500",
    "0",
    "7",
    "123456789012345678",
    "Refund request triage",
    "Équipe support",
    "a (b), c/d+e",
    "claude-sonnet-4-6",
    "balanced",
    "x.y_z",
    "Use when  asked",
    // near misses
    "yes",
    "No",
    "ON",
    "off",
    "true",
    "False",
    "null",
    "y",
    "N",
    "~",
    "007",
    "1_000",
    "0x1f",
    "1.5",
    "12:30",
    "2026-11-26",
    "1e5",
    "-3",
    "+4",
    ".5",
    ".inf",
    "\"quoted\"",
    "'single'",
    "a # comment",
    "a: b",
    "[1, 2]",
    "{a: 1}",
    "&anchor x",
    "*alias",
    "!tag x",
    "|",
    ">",
    "%x",
    "@x",
    "`x",
    "a\tb",
    "1234567890123456789",
    "a #b",
    "x:",
    "?x",
    "-x",
    "é",
    "a\u2028b",
    "a\u0085b",
    "x\uFEFF",
    "",
  };

  private static final String[] KEYS = {
    "name",
    "owner",
    "runs_per_day",
    "mode",
    "ethos",
    "domain",
    "x-y",
    "_k",
    "K9",
    // near misses
    "9k",
    "-k",
    "k k",
    "\"k\"",
    "<<",
    "? k",
    "é",
    "k.k",
  };

  static LongStream seeds() {
    return LongStream.rangeClosed(1, 200);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void theFastPathGivesJacksonsTreeOrLeavesTheTextToJackson(long seed) {
    check(seed);
  }

  @Test
  void theRandomDocumentsExerciseBothPaths() {
    long fast = seeds().filter(PlainYamlTest::check).count();
    assertTrue(fast >= 40 && fast <= 160, fast + " of 200 documents took the fast path");
  }

  /** Checks one seeded document; true when the fast path read it. */
  private static boolean check(long seed) {
    Random r = new Random(seed);
    StringBuilder sb = new StringBuilder();
    int lines = 1 + r.nextInt(8);
    boolean nearMisses = r.nextInt(3) == 0;
    for (int i = 0; i < lines; i++) {
      int shape = r.nextInt(nearMisses ? 12 : 10);
      String key = KEYS[r.nextInt(nearMisses ? KEYS.length : 9)];
      String value = VALUES[r.nextInt(nearMisses ? VALUES.length : 14)];
      switch (shape) {
        case 0:
          sb.append('\n');
          break;
        case 1:
          sb.append("   \n");
          break;
        case 2:
          sb.append(key).append(":   ").append(value).append("  \n");
          break;
        case 10:
          sb.append("  ").append(key).append(": ").append(value).append('\n');
          break;
        case 11:
          sb.append(key).append(':').append(value).append('\n');
          break;
        default:
          sb.append(key).append(": ").append(value).append('\n');
      }
    }
    if (r.nextBoolean()) {
      sb.setLength(sb.length() - 1); // no final line break
    }
    String text = sb.toString();
    int offset = r.nextInt(3);
    String why = "seed " + seed + ", text " + text.replace("\n", "\\n");
    Node fast = PlainYaml.read(text, offset, 100_000, 10);
    TreeReader.Document jackson = READER.parse(text, true, offset, new ArrayList<>());
    if (fast != null) {
      assertTrue(jackson.failure().isEmpty(), why + ": Jackson fails where the fast path reads");
      assertTrue(jackson.notes().isEmpty(), why + ": Jackson has notes the fast path lacks");
      assertSame(jackson.root().orElseThrow(), fast, why);
    }
    TreeReader.Document read = READER.read(text, true, offset);
    assertEquals(
        jackson.failure().map(TreeReader.Failure::kind),
        read.failure().map(TreeReader.Failure::kind),
        why);
    assertEquals(jackson.notes(), read.notes(), why);
    if (jackson.root().isPresent()) {
      assertSame(jackson.root().get(), read.root().orElseThrow(), why);
    }
    return fast != null;
  }

  @Test
  void aWorkflowFrontMatterTakesTheFastPath() {
    String text =
        "name: generated-10\nowner: Benchmarks\nruns_per_day: 500\n"
            + "ethos: ethos-the-steward-v1.0.0\n";
    Node fast = PlainYaml.read(text, 1, 100_000, 10);
    assertNotNull(fast);
    assertEquals("500", fast.get("runs_per_day").text());
    assertTrue(fast.get("runs_per_day").isNumber());
    assertTrue(fast.get("owner").isString());
    assertEquals(5, fast.keyLine("ethos")); // line 4 of the text, after one line of offset
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "a: yes\n",
        "a: 1.0\n",
        "a: b\na: c\n",
        "a:\n  b: c\n",
        "# c\na: b\n",
        "a: b # c\n",
        "a: 'b'\n",
        "a:\n",
        "- a\n",
        "a: b\n\tc: d\n",
        "a: b\r\n"
      })
  void textThatIsNotPlainIsLeftToJackson(String text) {
    assertNull(PlainYaml.read(text, 0, 100_000, 10), text);
  }

  @Test
  void theValueBoundIsKept() {
    assertNull(PlainYaml.read("a: b\nc: d\n", 0, 2, 10));
    assertNotNull(PlainYaml.read("a: b\nc: d\n", 0, 3, 10));
  }

  private static void assertSame(Node expected, Node actual, String why) {
    assertEquals(expected.type(), actual.type(), why);
    assertEquals(expected.line(), actual.line(), why + ": line");
    assertEquals(expected.column(), actual.column(), why + ": column");
    assertEquals(expected.text(), actual.text(), why);
    assertEquals(expected.isString(), actual.isString(), why + ": string");
    assertEquals(expected.isNumber(), actual.isNumber(), why + ": number");
    assertEquals(
        List.copyOf(expected.entries().keySet()), List.copyOf(actual.entries().keySet()), why);
    for (Map.Entry<String, Node> e : expected.entries().entrySet()) {
      String k = e.getKey();
      assertEquals(expected.keyLine(k), actual.keyLine(k), why + ": line of " + k);
      assertEquals(expected.keyColumn(k), actual.keyColumn(k), why + ": column of " + k);
      assertSame(e.getValue(), actual.get(k), why + " / " + k);
    }
    assertEquals(expected.items().size(), actual.items().size(), why);
    for (int i = 0; i < expected.items().size(); i++) {
      assertSame(expected.items().get(i), actual.items().get(i), why + " / " + i);
    }
  }
}
