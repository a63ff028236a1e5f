package ai.cromus.core.internal.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The hand-written checks that replace a pattern or a library call on the hot path of SKILL.md
 * validation give the same answers as what they replace.
 */
class SkillCheckerShortcutsTest {
  private static String random(Random r, String alphabet, String[] words, int max) {
    StringBuilder sb = new StringBuilder();
    int n = r.nextInt(max);
    for (int i = 0; i < n; i++) {
      if (r.nextInt(3) == 0) {
        sb.append(words[r.nextInt(words.length)]);
      } else {
        sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
      }
    }
    return sb.toString();
  }

  @Test
  void saysWhenIsTheWhenPattern() {
    String[] words = {
      "when",
      "When",
      "WHENEVER",
      "whenever",
      "if",
      "If",
      "for",
      "For",
      "use ",
      "Use ",
      "USE ",
      "it ",
      "this ",
      "to",
      "on",
      "with",
      "in",
      "_",
      "x",
      "1",
      " ",
      ". ",
      "é",
      "ſ",
      "K",
      "İ",
      "ı",
      "\u0301",
      "-",
      "Used",
      "form",
      "info",
      "uses "
    };
    String alphabet = " .,-_:;!?'\"abcdefghinorstuwxyzIUWF019\n\t(é";
    Random r = new Random(7L);
    for (int i = 0; i < 200_000; i++) {
      String s = random(r, alphabet, words, 12);
      assertThat(SkillChecker.saysWhen(s))
          .as("[%s]", s)
          .isEqualTo(SkillChecker.WHEN.matcher(s).find());
    }
    for (String s :
        List.of(
            "",
            "Use when asked",
            "usewhen",
            "use it for",
            "use it  for",
            "use this in",
            "use thisin",
            "use  to",
            "for_",
            "_for",
            "whenevery",
            "1if",
            "if1",
            "Used for",
            "re-use for",
            "use it to.",
            "USE THIS WITH",
            "wheneve",
            "Triage a customer" + " email. Use when a support inbox message mentions a refund.")) {
      assertThat(SkillChecker.saysWhen(s))
          .as("[%s]", s)
          .isEqualTo(SkillChecker.WHEN.matcher(s).find());
    }
  }

  @Test
  void versionDateAndNumberChecksAreThePatterns() {
    Pattern decimal = Pattern.compile("\\d+(\\.\\d+)?");
    Pattern positive = Pattern.compile("[1-9]\\d{0,15}");
    String[] words = {
      "0",
      "1",
      "9",
      "01",
      "10",
      "12",
      "13",
      "31",
      "32",
      "00",
      ".",
      "-",
      "+",
      "ethos-",
      "-v",
      "v",
      "the",
      "a",
      "Z",
      "--",
      "..",
      "é",
      "٣",
      "1.0.0",
      "2026-07-01",
      "ethos-the-diplomat-v1.0.0",
      "1234567890123456",
      "-rc.1",
      "+build.5"
    };
    Random r = new Random(13L);
    for (int i = 0; i < 300_000; i++) {
      String s = random(r, "0123456789.-+veaZ", words, 8);
      assertNameChecksMatchPatterns(s, decimal, positive);
    }
    for (String s :
        List.of(
            "1.0.0",
            "0.0.0",
            "01.0.0",
            "1.0",
            "1.0.0-",
            "1.0.0-a.",
            "1.0.0-a..b",
            "1.0.0+",
            "1.0.0-rc.1+b.2",
            "1.0.0+b-rc",
            "ethos-the-diplomat-v1.0.0",
            "ethos-the-v-v1.0.0",
            "ethos--v1.0.0",
            "ethos-a-v1.0.0-v2",
            "ethos-a-v01.0.0",
            "2026-02-31",
            "2026-00-10",
            "2026-13-01",
            "2026-1-01",
            "١٢٣٤-01-01",
            "12345678901234567",
            "1234567890123456",
            "0",
            "0.5",
            "5.",
            ".5")) {
      assertNameChecksMatchPatterns(s, decimal, positive);
    }
  }

  /** Each hand-written name check answers as the pattern it replaces. */
  private static void assertNameChecksMatchPatterns(String s, Pattern decimal, Pattern positive) {
    assertThat(Names.isSemver(s)).as("[%s]", s).isEqualTo(Names.SEMVER.matcher(s).matches());
    assertThat(Names.isEthosStem(s)).as("[%s]", s).isEqualTo(Names.ETHOS_STEM.matcher(s).matches());
    assertThat(Names.isIsoDate(s)).as("[%s]", s).isEqualTo(Names.ISO_DATE.matcher(s).matches());
    assertThat(Names.isDecimal(s)).as("[%s]", s).isEqualTo(decimal.matcher(s).matches());
    assertThat(Names.isPositiveInt(s)).as("[%s]", s).isEqualTo(positive.matcher(s).matches());
  }

  @Test
  void kebabAndNfkcAreThePatternAndTheNormalizer() {
    String[] words = {"a", "z", "0", "9", "-", "--", "A", "é", "ﬁ", "①", "Ⅻ", "_", " ", "e\u0301"};
    Random r = new Random(11L);
    for (int i = 0; i < 100_000; i++) {
      String s = random(r, "az09-", words, 10);
      assertThat(Names.isKebab(s)).as("[%s]", s).isEqualTo(Names.KEBAB.matcher(s).matches());
      assertThat(Names.nfkc(s))
          .as("[%s]", s)
          .isEqualTo(Normalizer.normalize(s, Normalizer.Form.NFKC));
    }
  }
}
