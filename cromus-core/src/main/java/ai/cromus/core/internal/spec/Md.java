package ai.cromus.core.internal.spec;

/** Markdown escaping for user text placed in generated files. */
public final class Md {
  private Md() {}

  /**
   * One line of inline text: white space collapsed, Markdown punctuation that could start emphasis,
   * code, links, HTML or a heading escaped with a backslash.
   */
  public static String inline(String s) {
    String t = ai.cromus.core.internal.text.Texts.collapseWhitespace(s).strip();
    int i = 0;
    while (i < t.length() && !escaped(t.charAt(i))) {
      i++;
    }
    if (i == t.length()) {
      return t; // nothing to escape
    }
    StringBuilder sb = new StringBuilder(t.length() + 8).append(t, 0, i);
    for (; i < t.length(); i++) {
      char c = t.charAt(i);
      if (escaped(c)) {
        sb.append('\\');
      }
      sb.append(c);
    }
    return sb.toString();
  }

  /** The Markdown punctuation {@link #inline} escapes: {@code \ ` * _ [ ] < > # | !}. */
  private static boolean escaped(char c) {
    switch (c) {
      case '\\':
      case '`':
      case '*':
      case '_':
      case '[':
      case ']':
      case '<':
      case '>':
      case '#':
      case '|':
      case '!':
        return true;
      default:
        return false;
    }
  }

  /**
   * A block of prose kept as Markdown, but unable to start a heading, a thematic break, a front
   * matter or a fenced block that would swallow what follows.
   */
  public static String block(String s) {
    StringBuilder sb = new StringBuilder();
    for (String line : s.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
      String stripped = line.stripLeading();
      if (stripped.startsWith("#")
          || stripped.startsWith("```")
          || stripped.startsWith("~~~")
          || stripped.startsWith("---")
          || stripped.startsWith("===")
          || stripped.startsWith("<")) {
        sb.append(line, 0, line.length() - stripped.length()).append('\\').append(stripped);
      } else {
        sb.append(line);
      }
      sb.append('\n');
    }
    return sb.toString().strip();
  }
}
