package ai.cromus.core.internal.parse;

import ai.cromus.core.internal.text.Unicode;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Kebab-case ids from titles: ASCII letters and digits joined by single hyphens. */
public final class Slug {
  private static final Pattern KEBAB = Pattern.compile("[a-z0-9]++(?:-[a-z0-9]++)*+");

  private Slug() {}

  /** {@code "1. Classify the Request!"} becomes {@code classify-the-request}; empty stays empty. */
  public static String of(String text, int maxLength) {
    String s = Unicode.normalize(text, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT);
    StringBuilder sb = new StringBuilder();
    boolean hyphen = false;
    for (int i = 0; i < s.length() && sb.length() < maxLength; i++) {
      char c = s.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        sb.append(c);
        hyphen = false;
      } else if (Character.getType(c) == Character.NON_SPACING_MARK || c == '\'' || c == '\u2019') {

      } else if (!hyphen && sb.length() > 0) {
        sb.append('-');
        hyphen = true;
      }
    }
    int end = sb.length();
    boolean cut = sb.length() >= maxLength && s.length() > 0;
    if (cut) {
      int lastHyphen = sb.lastIndexOf("-");
      if (lastHyphen > maxLength / 2) {
        end = lastHyphen;
      }
    }
    while (end > 0 && sb.charAt(end - 1) == '-') {
      end--;
    }
    return sb.substring(0, end);
  }

  /**
   * A step id from a title: its first {@code words} words, at most {@code maxLength} characters.
   */
  public static String id(String title, int words, int maxLength) {
    String slug = of(title, maxLength);
    int count = 0;
    for (int i = 0; i < slug.length(); i++) {
      if (slug.charAt(i) == '-' && ++count == words) {
        return slug.substring(0, i);
      }
    }
    return slug;
  }

  /** True when {@code s} is a kebab-case id. */
  public static boolean isKebab(String s) {
    return KEBAB.matcher(s).matches();
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
