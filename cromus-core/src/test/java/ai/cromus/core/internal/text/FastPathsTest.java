package ai.cromus.core.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.cromus.core.internal.spec.Md;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hand-written fast paths of hot code give what the regular expressions and slow paths they
 * replace give, on seeded random strings built from the characters that matter (white space of
 * every kind, digits, hyphens, quotes, controls, marks, surrogates, non-Latin letters).
 */
public class FastPathsTest {
  private static final String ALPHABET =
      " \t\n\u000B\f\r\u00A0\u2003-_\"\\'.,;:!?/0123456789aZeEtTcCsS"
          + "\u00E9\u0301\u0130\u017F\u212A\u2014\u2028\uFEFF\uD83D\uDE00\uD800\u0000\u001F\u007F\u0085";
  private static final String[] PHRASES = {
    "etc",
    "ETC.",
    "as needed",
    "As Appropriate",
    "if necessary",
    "somehow",
    "and so on",
    "VARIOUS",
    "maybe",
    "try to",
    "stuff",
    "things like",
    "whatever",
    "some kind of",
    "handle it",
    "tbd",
    "ToDo",
    "etcetera",
    "stuffing",
    "x-etc-y"
  };

  public static LongStream seeds() {
    return LongStream.rangeClosed(1, 60);
  }

  /** A random string of the characters (and vague phrases) the fast paths must get right. */
  public static String random(Random r) {
    StringBuilder sb = new StringBuilder();
    int n = r.nextInt(80);
    for (int i = 0; i < n; i++) {
      if (r.nextInt(8) == 0) {
        sb.append(PHRASES[r.nextInt(PHRASES.length)]);
      } else {
        sb.append(ALPHABET.charAt(r.nextInt(ALPHABET.length())));
      }
    }
    return sb.toString();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void regexReplacements(long seed) {
    Random r = new Random(seed);
    for (int i = 0; i < 100; i++) {
      String s = random(r);
      String why = "seed " + seed + ", string " + i + ": '" + s + "'";
      assertEquals(s.replaceAll("\\s+", " "), Texts.collapseWhitespace(s), why);
      assertEquals(s.matches("\\d{1,6}"), Texts.isDigits(s, 1, 6), why);
      assertEquals(
          Normalizer.normalize(s, Normalizer.Form.NFKD),
          Texts.normalize(s, Normalizer.Form.NFKD),
          why);
      assertEquals(s.replaceAll("\\p{M}+", ""), Texts.removeMarks(s), why);
      assertEquals(
          s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").trim(),
          Texts.asciiWords(s.toLowerCase(Locale.ROOT), ' '),
          why);
      StringBuilder lower = new StringBuilder();
      for (char c : s.toCharArray()) {
        lower.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
      }
      assertEquals(lower.toString(), Texts.asciiLower(s), why);
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void markdownInlineEscaping(long seed) {
    Random r = new Random(seed);
    String punctuation = "\\`*_[]<>#|!";
    for (int i = 0; i < 100; i++) {
      // the random strings, with the escaped punctuation mixed in now and then
      StringBuilder in = new StringBuilder(random(r));
      for (int k = r.nextInt(4); k > 0; k--) {
        in.insert(r.nextInt(in.length() + 1), punctuation.charAt(r.nextInt(punctuation.length())));
      }
      String s = in.toString();
      // the escaping before its fast path, kept as the reference
      String t = s.replaceAll("\\s+", " ").strip();
      StringBuilder expected = new StringBuilder();
      for (char c : t.toCharArray()) {
        if (punctuation.indexOf(c) >= 0) {
          expected.append('\\');
        }
        expected.append(c);
      }
      assertEquals(
          expected.toString(), Md.inline(s), "seed " + seed + ", string " + i + ": '" + s + "'");
    }
  }
}
