package ai.cromus.export.internal;

/** Text as it may appear in an export: valid UTF-16 only, and length limits by code point. */
public final class Text {
  private Text() {}

  /** Replaces unpaired surrogates (which no UTF-8 file can hold) with U+FFFD. */
  public static String clean(String s) {
    StringBuilder b = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean bad;
      if (Character.isHighSurrogate(c)) {
        bad = i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
        if (!bad) {
          if (b != null) {
            b.append(c).append(s.charAt(i + 1));
          }
          i++;
          continue;
        }
      } else {
        bad = Character.isLowSurrogate(c);
      }
      if (bad && b == null) {
        b = new StringBuilder(s.length()).append(s, 0, i);
      }
      if (b != null) {
        b.append(bad ? '\uFFFD' : c);
      }
    }
    return b == null ? s : b.toString();
  }

  /** The first {@code max} code points of {@code s}, never splitting a surrogate pair. */
  public static String truncate(String s, int max) {
    if (s.codePointCount(0, s.length()) <= max) {
      return s;
    }
    return s.substring(0, s.offsetByCodePoints(0, max));
  }

  /** Length in code points. */
  public static int length(String s) {
    return s.codePointCount(0, s.length());
  }

  /** Collapses every run of white space and control characters to one space, trimmed. */
  public static String oneLine(String s) {
    StringBuilder b = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isWhitespace(cp)
          || Character.isISOControl(cp)
          || cp == 0x2028
          || cp == 0x2029) {
        space = b.length() > 0;
      } else {
        if (space) {
          b.append(' ');
          space = false;
        }
        b.appendCodePoint(cp);
      }
    }
    return b.toString();
  }
}
