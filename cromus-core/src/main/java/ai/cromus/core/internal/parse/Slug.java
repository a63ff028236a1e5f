package ai.cromus.core.internal.parse;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/** Kebab-case ids from titles: ASCII letters and digits joined by single hyphens. */
public final class Slug {
  private Slug() {}

  /** {@code "1. Classify the Request!"} becomes {@code classify-the-request}; empty stays empty. */
  public static String of(String text, int maxLength) {
    String s = Normalizer.normalize(text, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT);
    StringBuilder sb = new StringBuilder();
    boolean hyphen = false;
    for (int i = 0; i < s.length() && sb.length() < maxLength; i++) {
      char c = s.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        sb.append(c);
        hyphen = false;
      } else if (Character.getType(c) == Character.NON_SPACING_MARK) {
        continue;
      } else if (!hyphen && sb.length() > 0) {
        sb.append('-');
        hyphen = true;
      }
    }
    int end = sb.length();
    while (end > 0 && sb.charAt(end - 1) == '-') {
      end--;
    }
    return sb.substring(0, end);
  }

  /** True when {@code s} is a kebab-case id. */
  public static boolean isKebab(String s) {
    return s.matches("[a-z0-9]+(-[a-z0-9]+)*");
  }

  /** {@code base}, or {@code base-2}, {@code base-3}, ... whichever is not taken. */
  public static String unique(String base, Set<String> taken) {
    if (!taken.contains(base)) {
      return base;
    }
    for (int n = 2; ; n++) {
      String candidate = base + "-" + n;
      if (!taken.contains(candidate)) {
        return candidate;
      }
    }
  }
}
