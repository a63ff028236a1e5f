package ai.cromus.core.internal.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The hand-written checks that replace a pattern or a library call on the hot path of
 * SKILL.md validation give the same answers as what they replace.
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
    String[] words = {"when", "When", "WHENEVER", "whenever", "if", "If", "for", "For", "use ",
        "Use ", "USE ", "it ", "this ", "to", "on", "with", "in", "_", "x", "1", " ", ". ",
        "é", "ſ", "K", "İ", "ı", "\u0301", "-", "Used", "form", "info", "uses "};
    String alphabet = " .,-_:;!?'\"abcdefghinorstuwxyzIUWF019\n\t(é";
    Random r = new Random(7L);
    for (int i = 0; i < 200_000; i++) {
      String s = random(r, alphabet, words, 12);
      assertThat(SkillChecker.saysWhen(s)).as("[%s]", s)
          .isEqualTo(SkillChecker.WHEN.matcher(s).find());
    }
    for (String s : List.of("", "Use when asked", "usewhen", "use it for", "use it  for",
        "use this in", "use thisin", "use  to", "for_", "_for", "whenevery", "1if", "if1",
        "Used for", "re-use for", "use it to.", "USE THIS WITH", "wheneve", "Triage a customer"
            + " email. Use when a support inbox message mentions a refund.")) {
      assertThat(SkillChecker.saysWhen(s)).as("[%s]", s)
          .isEqualTo(SkillChecker.WHEN.matcher(s).find());
    }
  }

  @Test
  void kebabAndNfkcAreThePatternAndTheNormalizer() {
    String[] words = {"a", "z", "0", "9", "-", "--", "A", "é", "ﬁ", "①", "Ⅻ", "_", " ", "e\u0301"};
    Random r = new Random(11L);
    for (int i = 0; i < 100_000; i++) {
      String s = random(r, "az09-", words, 10);
      assertThat(Names.isKebab(s)).as("[%s]", s).isEqualTo(Names.KEBAB.matcher(s).matches());
      assertThat(Names.nfkc(s)).as("[%s]", s)
          .isEqualTo(Normalizer.normalize(s, Normalizer.Form.NFKC));
    }
  }
}
