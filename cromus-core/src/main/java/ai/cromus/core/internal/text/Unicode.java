package ai.cromus.core.internal.text;

import java.text.Normalizer;

/** Unicode normalization that costs nothing for ASCII text. */
public final class Unicode {
  private Unicode() {}

  /**
   * {@code Normalizer.normalize(s, form)}. ASCII text is returned as it is, which every form would
   * return: no ASCII character decomposes or composes. The JDK loads its normalization data on the
   * first call whatever the text, which cost a short CLI run (a SKILL.md's name, a step's title)
   * 5-20 ms.
   */
  public static String normalize(String s, Normalizer.Form form) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return Normalizer.normalize(s, form);
      }
    }
    return s;
  }
}
