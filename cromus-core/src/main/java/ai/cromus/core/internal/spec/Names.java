package ai.cromus.core.internal.spec;

import ai.cromus.core.internal.text.Texts;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Names as the open specs want them: ASCII kebab-case ids and SemVer. */
public final class Names {
  /** ASCII kebab-case: lowercase letters and digits in hyphen-separated words. */
  public static final Pattern KEBAB = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  /** SemVer 2.0.0, with optional pre-release and build parts. */
  public static final Pattern SEMVER =
      Pattern.compile(
          "(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)"
              + "(-[0-9A-Za-z-]+(\\.[0-9A-Za-z-]+)*)?(\\+[0-9A-Za-z-]+(\\.[0-9A-Za-z-]+)*)?");

  /** The file stem of an ETHOS profile: {@code ethos-<kebab>-v<semver>}. */
  public static final Pattern ETHOS_STEM =
      Pattern.compile("ethos-([a-z0-9]+(?:-[a-z0-9]+)*)-v(" + SEMVER.pattern() + ")");

  /** The legacy v0.1 skill file name: {@code skill-<kebab>-v<semver>.md}. */
  public static final Pattern LEGACY_SKILL_FILE =
      Pattern.compile("skill-([a-z0-9]+(?:-[a-z0-9]+)*)-v(" + SEMVER.pattern() + ")\\.md");

  /** An ISO-8601 calendar date. */
  public static final Pattern ISO_DATE =
      Pattern.compile("\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])");

  private Names() {}

  /** {@code s} in Unicode normalization form NFKC (ASCII text is already in it). */
  public static String nfkc(String s) {
    return ai.cromus.core.internal.text.Texts.normalize(s, Normalizer.Form.NFKC);
  }

  /** Whether {@code s} matches {@link #SEMVER}. */
  public static boolean isSemver(String s) {
    int n = s.length();
    int i = number(s, 0);
    for (int part = 0; part < 2; part++) {
      if (i < 0 || i >= n || s.charAt(i) != '.') {
        return false;
      }
      i = number(s, i + 1);
    }
    if (i < 0) {
      return false;
    }
    if (i < n && s.charAt(i) == '-') {
      i = identifiers(s, i + 1);
      if (i < 0) {
        return false;
      }
    }
    if (i < n && s.charAt(i) == '+') {
      i = identifiers(s, i + 1);
      if (i < 0) {
        return false;
      }
    }
    return i == n;
  }

  /** The end of {@code 0|[1-9]\d*} at {@code i}, or -1. */
  private static int number(String s, int i) {
    int n = s.length();
    if (i >= n || !Texts.isAsciiDigit(s.charAt(i))) {
      return -1;
    }
    if (s.charAt(i) == '0') {
      return i + 1;
    }
    int j = i + 1;
    while (j < n && Texts.isAsciiDigit(s.charAt(j))) {
      j++;
    }
    return j;
  }

  /** The end of {@code [0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*} at {@code i}, or -1. */
  private static int identifiers(String s, int i) {
    int n = s.length();
    int j = i;
    while (true) {
      int start = j;
      while (j < n && identifier(s.charAt(j))) {
        j++;
      }
      if (j == start) {
        return -1;
      }
      if (j < n && s.charAt(j) == '.') {
        j++;
      } else {
        return j;
      }
    }
  }

  private static boolean identifier(char c) {
    return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '-';
  }

  /** Whether {@code s} matches {@link #ETHOS_STEM}. */
  public static boolean isEthosStem(String s) {
    if (!s.startsWith("ethos-")) {
      return false;
    }
    for (int p = s.indexOf("-v", 6); p >= 0; p = s.indexOf("-v", p + 1)) {
      if (isKebab(s.substring(6, p)) && isSemver(s.substring(p + 2))) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code s} matches {@link #ISO_DATE}. */
  public static boolean isIsoDate(String s) {
    if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
      return false;
    }
    for (int i : new int[] {0, 1, 2, 3, 5, 6, 8, 9}) {
      if (!Texts.isAsciiDigit(s.charAt(i))) {
        return false;
      }
    }
    int month = (s.charAt(5) - '0') * 10 + s.charAt(6) - '0';
    int day = (s.charAt(8) - '0') * 10 + s.charAt(9) - '0';
    return month >= 1 && month <= 12 && day >= 1 && day <= 31;
  }

  /** Whether {@code s} is digits, optionally followed by a dot and digits. */
  public static boolean isDecimal(String s) {
    int n = s.length();
    int i = 0;
    while (i < n && Texts.isAsciiDigit(s.charAt(i))) {
      i++;
    }
    if (i == 0) {
      return false;
    }
    if (i == n) {
      return true;
    }
    if (s.charAt(i) != '.' || i + 1 == n) {
      return false;
    }
    for (int j = i + 1; j < n; j++) {
      if (!Texts.isAsciiDigit(s.charAt(j))) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code s} is a whole number from 1 with at most 16 digits. */
  public static boolean isPositiveInt(String s) {
    int n = s.length();
    if (n == 0 || n > 16 || s.charAt(0) < '1' || s.charAt(0) > '9') {
      return false;
    }
    for (int i = 1; i < n; i++) {
      if (!Texts.isAsciiDigit(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code s} matches {@link #KEBAB}. */
  public static boolean isKebab(String s) {
    int n = s.length();
    if (n == 0 || s.charAt(0) == '-' || s.charAt(n - 1) == '-') {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c == '-') {
        if (s.charAt(i - 1) == '-') {
          return false;
        }
      } else if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9')) {
        return false;
      }
    }
    return true;
  }

  /**
   * The ASCII kebab-case form of {@code text}, at most {@code max} characters: accents dropped,
   * every run of other characters a single hyphen; {@code "skill"} when nothing is left.
   */
  public static String kebab(String text, int max) {
    String ascii =
        ai.cromus.core.internal.text.Texts.removeMarks(
                ai.cromus.core.internal.text.Texts.normalize(text, Normalizer.Form.NFKD))
            .toLowerCase(Locale.ROOT);
    String words = ai.cromus.core.internal.text.Texts.asciiWords(ascii, '-');
    String s = words.length() > max ? words.substring(0, max) : words;
    while (s.endsWith("-")) {
      s = s.substring(0, s.length() - 1);
    }
    return s.isEmpty() ? "skill" : s;
  }

  /** The last segment of a logical path ({@code /} or {@code \} separated). */
  public static String fileName(String path) {
    String p = path.replace('\\', '/');
    while (p.endsWith("/") && p.length() > 1) {
      p = p.substring(0, p.length() - 1);
    }
    int i = p.lastIndexOf('/');
    return i < 0 ? p : p.substring(i + 1);
  }

  /** The name of the directory holding the file at {@code path}; empty when there is none. */
  public static String parentName(String path) {
    String p = path.replace('\\', '/');
    int i = p.lastIndexOf('/');
    if (i <= 0) {
      return "";
    }
    return fileName(p.substring(0, i));
  }

  /** Domain text as a key: lower case, words joined by {@code _}, {@code &} as {@code and}. */
  public static String domainKey(String domain) {
    String s = domain.trim().toLowerCase(Locale.ROOT).replace("&", " and ");
    return s.replaceAll("[^\\p{L}\\p{N}]+", "_").replaceAll("^_+|_+$", "");
  }

  /** Code points in {@code s}. */
  public static int length(String s) {
    return s.codePointCount(0, s.length());
  }
}
