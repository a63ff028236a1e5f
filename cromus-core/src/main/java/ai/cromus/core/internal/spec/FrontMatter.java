package ai.cromus.core.internal.spec;

import java.util.Optional;

/**
 * A YAML block found in a Markdown file: its text, where it starts, and the body after it.
 *
 * @param yaml the YAML text
 * @param line 1-based line of the YAML text's first character
 * @param column 1-based column of the YAML text's first character
 * @param body the text after the block
 * @param bodyLine 1-based line where the body starts
 */
public record FrontMatter(String yaml, int line, int column, String body, int bodyLine) {

  /** Why the reference validator's delimiting failed. */
  public enum Failure {
    NOT_STARTED,
    NOT_CLOSED
  }

  /**
   * Front matter delimited exactly as the reference validator {@code skills-ref} does it: the text
   * must start with {@code ---}; it is split on the next {@code ---}, wherever it is.
   */
  public static Either skillsRef(String text) {
    if (!text.startsWith("---")) {
      return new Either(Optional.empty(), Optional.of(Failure.NOT_STARTED));
    }
    int close = text.indexOf("---", 3);
    if (close < 0) {
      return new Either(Optional.empty(), Optional.of(Failure.NOT_CLOSED));
    }
    String yaml = text.substring(3, close);
    String body = text.substring(close + 3);
    return new Either(
        Optional.of(new FrontMatter(yaml, 1, 4, body, lineOf(text, close + 3))), Optional.empty());
  }

  /**
   * Front matter as Markdown tools read it: a first line {@code ---} and a closing line {@code ---}
   * or {@code ...}. Empty when the file has none (or it is not closed).
   */
  public static Optional<FrontMatter> lines(String text) {
    String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
    int nl = t.indexOf('\n');
    if (nl < 0 || !t.substring(0, nl).strip().equals("---")) {
      return Optional.empty();
    }
    int pos = nl + 1;
    int line = 2;
    while (pos <= t.length()) {
      int end = t.indexOf('\n', pos);
      String l = end < 0 ? t.substring(pos) : t.substring(pos, end);
      String s = l.strip();
      if (s.equals("---") || s.equals("...")) {
        String yaml = t.substring(nl + 1, pos);
        String body = end < 0 ? "" : t.substring(end + 1);
        return Optional.of(new FrontMatter(yaml, 2, 1, body, line + 1));
      }
      if (end < 0) {
        break;
      }
      pos = end + 1;
      line++;
    }
    return Optional.empty();
  }

  /** The first fenced code block of language {@code yaml} (or {@code yml}) in a Markdown text. */
  public static Optional<FrontMatter> fencedYaml(String text) {
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String s = lines[i].strip();
      if (s.startsWith("```") || s.startsWith("~~~")) {
        String fence = s.substring(0, 3);
        String info = s.substring(3).strip().toLowerCase(java.util.Locale.ROOT);
        if (info.equals("yaml") || info.equals("yml")) {
          StringBuilder sb = new StringBuilder();
          for (int j = i + 1; j < lines.length; j++) {
            if (lines[j].strip().startsWith(fence)) {
              return Optional.of(new FrontMatter(sb.toString(), i + 2, 1, "", j + 2));
            }
            sb.append(lines[j]).append('\n');
          }
          return Optional.empty();
        }
      }
    }
    return Optional.empty();
  }

  /** The 1-based line of a character offset. */
  public static int lineOf(String text, int offset) {
    int line = 1;
    int end = Math.min(offset, text.length());
    for (int i = text.indexOf('\n'); i >= 0 && i < end; i = text.indexOf('\n', i + 1)) {
      line++;
    }
    return line;
  }

  /** A front matter or the reason there is none. */
  public record Either(Optional<FrontMatter> frontMatter, Optional<Failure> failure) {}
}
