package ai.cromus.core.internal.tree;

import java.util.LinkedHashMap;

/**
 * The fast path of {@link TreeReader} for the commonest YAML of all, a front matter of {@code key:
 * value} lines: reads it without a YAML parser when every line is blank or one such pair, the key
 * an identifier and the value a plain string or a whole number that reads the same under YAML 1.1
 * and 1.2. Anything else (quotes, nesting, comments, booleans, nulls, dates, duplicate keys, tabs,
 * other numbers) gives null, and the full reader reads the text.
 */
final class PlainYaml {
  /** Longest whole number read here; longer ones go to the full reader and its limits. */
  private static final int MAX_DIGITS = 18;

  /** Longest key read here (SnakeYAML refuses implicit keys of more than 1,024 characters). */
  private static final int MAX_KEY = 128;

  private PlainYaml() {}

  /** The mapping of {@code text}, or null when the text is not plain enough to read here. */
  static Node read(String text, int lineOffset, int maxNodes, int maxDepth) {
    if (maxDepth < 1) {
      return null;
    }
    LinkedHashMap<String, Node> entries = new LinkedHashMap<>();
    LinkedHashMap<String, int[]> keys = new LinkedHashMap<>();
    int firstLine = 0;
    int line = 1;
    int pos = 0;
    int n = text.length();
    while (pos < n) {
      int end = text.indexOf('\n', pos);
      if (end < 0) {
        end = n;
      }
      if (!blank(text, pos, end)) {
        if (text.charAt(pos) == ' ' || entries.size() + 2 > maxNodes) {
          return null; // indented: nesting or a continuation line
        }
        int colon = key(text, pos, end);
        if (colon < 0) {
          return null;
        }
        int v = colon + 1;
        if (v >= end || text.charAt(v) != ' ') {
          return null; // no value, or not a pair
        }
        while (v < end && text.charAt(v) == ' ') {
          v++;
        }
        int ve = end;
        while (ve > v && text.charAt(ve - 1) == ' ') {
          ve--;
        }
        String key = text.substring(pos, colon);
        if (v == ve || entries.containsKey(key)) {
          return null;
        }
        int kind = value(text, v, ve);
        if (kind == NOT_PLAIN) {
          return null;
        }
        int at = line + lineOffset;
        if (firstLine == 0) {
          firstLine = at;
        }
        entries.put(
            key,
            Node.scalar(text.substring(v, ve), kind == STRING, kind == NUMBER, at, v - pos + 1));
        keys.put(key, new int[] {at, 1});
      }
      pos = end + 1;
      line++;
    }
    return entries.isEmpty() ? null : Node.map(entries, keys, firstLine, 1);
  }

  private static boolean blank(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (s.charAt(i) != ' ') {
        return false;
      }
    }
    return true;
  }

  /** The index of the colon after an identifier key starting at {@code from}, or -1. */
  private static int key(String s, int from, int to) {
    char c = s.charAt(from);
    if (!(isAsciiLetter(c) || c == '_')) {
      return -1;
    }
    for (int i = from + 1; i < to && i - from <= MAX_KEY; i++) {
      c = s.charAt(i);
      if (c == ':') {
        return i;
      }
      if (!(isAsciiLetter(c) || isAsciiDigit(c) || c == '_' || c == '-')) {
        return -1;
      }
    }
    return -1;
  }

  private static final int NOT_PLAIN = 0;
  private static final int STRING = 1;
  private static final int NUMBER = 2;

  /** What the trimmed value {@code s[from, to)} is: a plain string, a whole number, or neither. */
  private static int value(String s, int from, int to) {
    char first = s.charAt(from);
    if (isAsciiDigit(first)) {
      // only 0 and digits without a leading zero: 1_000, 0x1f, 017, 1.5 and 12:30 are
      // numbers or times of their own in YAML 1.1
      if (first == '0' && to - from > 1 || to - from > MAX_DIGITS) {
        return NOT_PLAIN;
      }
      for (int i = from + 1; i < to; i++) {
        if (!isAsciiDigit(s.charAt(i))) {
          return NOT_PLAIN;
        }
      }
      return NUMBER;
    }
    if (!letter(first) || special(s, from, to)) {
      return NOT_PLAIN;
    }
    for (int i = from + 1; i < to; i++) {
      char c = s.charAt(i);
      if (!(letter(c)
          || isAsciiDigit(c)
          || c == ' '
          || c == '-'
          || c == '_'
          || c == '.'
          || c == '/'
          || c == '('
          || c == ')'
          || c == '+'
          || c == ',')) {
        return NOT_PLAIN;
      }
    }
    return STRING;
  }

  /** Words YAML 1.1 reads as booleans or null, in any case. */
  private static boolean special(String s, int from, int to) {
    int len = to - from;
    if (len > 5) {
      return false;
    }
    String w = s.substring(from, to).toLowerCase(java.util.Locale.ROOT);
    switch (w) {
      case "y":
      case "n":
      case "yes":
      case "no":
      case "on":
      case "off":
      case "true":
      case "false":
      case "null":
        return true;
      default:
        return false;
    }
  }

  private static boolean letter(char c) {
    return isAsciiLetter(c) || (c >= 0xC0 && Character.isLetter(c));
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
