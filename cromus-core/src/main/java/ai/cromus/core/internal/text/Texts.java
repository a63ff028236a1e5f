package ai.cromus.core.internal.text;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Small string helpers for hot paths: each does what a one-line regular expression would, without
 * compiling a pattern per call. Every method states the expression it stands for.
 */
public final class Texts {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  private Texts() {}

  /** True for the characters of the regex class {@code \s}: space, tab, LF, VT, FF, CR. */
  public static boolean isRegexSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  /** True for the regex class {@code [0-9]}. */
  public static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** True for the regex class {@code [A-Za-z]}. */
  public static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  /** {@code s.replaceAll("\\s+", " ")}. */
  public static String collapseWhitespace(String s) {
    int n = s.length();
    int i = 0;
    // fast path: no run to collapse and no non-space white space
    while (i < n) {
      char c = s.charAt(i);
      if (c <= ' '
          && isRegexSpace(c)
          && (c != ' ' || (i + 1 < n && isRegexSpace(s.charAt(i + 1))))) {
        break;
      }
      i++;
    }
    if (i == n) {
      return s;
    }
    StringBuilder sb = new StringBuilder(n);
    sb.append(s, 0, i);
    boolean space = false;
    for (; i < n; i++) {
      char c = s.charAt(i);
      if (isRegexSpace(c)) {
        space = true;
      } else {
        if (space) {
          sb.append(' ');
          space = false;
        }
        sb.append(c);
      }
    }
    if (space) {
      sb.append(' ');
    }
    return sb.toString();
  }

  /**
   * {@code s} with ASCII upper-case letters in lower case and every other character kept (same
   * length).
   */
  public static String asciiLower(String s) {
    int i = 0;
    while (i < s.length() && (s.charAt(i) < 'A' || s.charAt(i) > 'Z')) {
      i++;
    }
    if (i == s.length()) {
      return s;
    }
    char[] cs = s.toCharArray();
    for (; i < cs.length; i++) {
      if (cs[i] >= 'A' && cs[i] <= 'Z') {
        cs[i] = (char) (cs[i] + ('a' - 'A'));
      }
    }
    return new String(cs);
  }

  /**
   * A cheap pre-check for a case-insensitive (ASCII) pattern whose every match starts with one of
   * {@code lowerNeedles}: false means the pattern cannot match {@code s}; true means it may.
   */
  public static boolean mayMatch(String s, String[] lowerNeedles) {
    String lower = asciiLower(s);
    for (String needle : lowerNeedles) {
      if (lower.contains(needle)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The runs of lower-case ASCII letters and digits of {@code s}, joined by {@code separator}:
   * {@code "Hello, World 2"} with {@code ' '} gives {@code "ello orld 2"} (upper case is not kept;
   * lower the text first).
   */
  public static String asciiWords(String s, char separator) {
    StringBuilder sb = new StringBuilder(s.length());
    boolean gap = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        if (gap && sb.length() > 0) {
          sb.append(separator);
        }
        gap = false;
        sb.append(c);
      } else {
        gap = true;
      }
    }
    return sb.toString();
  }

  /** True when every character is below U+0080. */
  public static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  /**
   * {@link Normalizer#normalize} to {@code form}; ASCII text is returned as it is (it is normal in
   * every form).
   */
  public static String normalize(String s, Normalizer.Form form) {
    return isAscii(s) ? s : Normalizer.normalize(s, form);
  }

  /** {@code s.replaceAll("\\p{M}+", "")}: combining marks removed. */
  public static String removeMarks(String s) {
    return isAscii(s) ? s : MARKS.matcher(s).replaceAll("");
  }

  /** {@code s.matches("\\d{min,max}")}: only ASCII digits, between min and max of them. */
  public static boolean isDigits(String s, int min, int max) {
    int n = s.length();
    if (n < min || n > max) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      if (!isAsciiDigit(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
