package ai.cromus.core.internal.parse;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hand-written scanners of step headings ({@code 3. Title}), annotation items ({@code - key:
 * value}) and annotation lists ({@code a, b; c}) split exactly as the regular expressions they
 * replaced, on seeded random text near the edges (keys of 31 and 32 characters, missing colons,
 * white space, 6 and 7 digits); the seed is in every failure message.
 */
class SopScannersTest {
  /** The expressions the scanners replaced, kept as the reference. */
  private static final Pattern REFERENCE =
      Pattern.compile("^([A-Za-z][A-Za-z _-]{0,30}):\\s*(.*)$", Pattern.DOTALL);

  private static final Pattern STEP_NUMBER =
      Pattern.compile(
          "^(?:step\\s+)?(\\d{1,6})\\s*[.):\\-—–]?\\s*(?:[-—–:]\\s*)?(.*)$",
          Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
  private static final String ALPHABET = "aZk -_:\n\t 9.é";
  private static final String[] HEADING_PARTS = {
    "Step", "step", "STEP", "stepx", " ", "  ", "\t", "1", "12", "1234567", "0", ".", ")", ":", "-",
    "—", "–", "Title", "a", "é", "\n"
  };

  static LongStream seeds() {
    return LongStream.rangeClosed(1, 40);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void theScannerSplitsAsTheExpression(long seed) {
    Random r = new Random(seed);
    for (int i = 0; i < 500; i++) {
      StringBuilder sb = new StringBuilder();
      int keyLength = r.nextInt(36);
      for (int k = 0; k < keyLength; k++) {
        sb.append(
            r.nextInt(8) == 0
                ? ALPHABET.charAt(r.nextInt(ALPHABET.length()))
                : (char) ('a' + r.nextInt(26)));
      }
      if (r.nextInt(4) > 0) {
        sb.append(':');
      }
      int valueLength = r.nextInt(12);
      for (int k = 0; k < valueLength; k++) {
        sb.append(ALPHABET.charAt(r.nextInt(ALPHABET.length())));
      }
      String text = sb.toString().strip();
      String why = "seed " + seed + ", item " + i + ": '" + text + "'";
      assertSplitAs(
          REFERENCE.matcher(text),
          m -> new String[] {m.group(1), m.group(2).replace('\n', ' ').strip()},
          SopParser.keyValue(text),
          why);
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void theStepNumberScannerSplitsAsTheExpression(long seed) {
    Random r = new Random(seed);
    for (int i = 0; i < 500; i++) {
      String text = random(r, 6, HEADING_PARTS);
      assertSplitAs(
          STEP_NUMBER.matcher(text),
          m -> new String[] {m.group(1), m.group(2)},
          SopParser.stepNumber(text),
          "seed " + seed + ", heading " + i + ": '" + text + "'");
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void listsSplitAsWithTheExpression(long seed) {
    Random r = new Random(seed);
    String[] alphabet = {",", ";", "`", " ", "a", "\t", "b"};
    for (int i = 0; i < 500; i++) {
      String text = random(r, 13, alphabet);
      List<String> expected = new ArrayList<>();
      for (String part : Pattern.compile("[,;]").split(text)) {
        String p = part.strip();
        if (p.startsWith("`") && p.endsWith("`") && p.length() > 1) {
          p = p.substring(1, p.length() - 1).strip();
        }
        if (!p.isEmpty()) {
          expected.add(p);
        }
      }
      assertEquals(
          expected,
          Annotations.splitList(text),
          "seed " + seed + ", list " + i + ": '" + text + "'");
    }
  }

  /** Up to {@code maxParts} parts picked at random, joined. */
  private static String random(Random r, int maxParts, String[] parts) {
    StringBuilder sb = new StringBuilder();
    for (int k = r.nextInt(maxParts + 1); k > 0; k--) {
      sb.append(parts[r.nextInt(parts.length)]);
    }
    return sb.toString();
  }

  /** The scanner's split equals the expression's groups when it matches, else null. */
  private static void assertSplitAs(
      Matcher m, Function<Matcher, String[]> groups, String[] actual, String why) {
    if (m.matches()) {
      assertArrayEquals(groups.apply(m), actual, why);
    } else {
      assertNull(actual, why);
    }
  }
}
