package ai.cromus.report.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The lines of a source text, split where a Markdown or YAML reader ends a line ({@code \r\n},
 * {@code \r} or {@code \n}), with the start of each line indexed once so that an excerpt costs only
 * its own lines.
 */
final class SourceLines {
  /** Characters of a line shown around the diagnostic's column; longer lines are cut with "…". */
  static final int WINDOW = 160;

  private final String text;
  private final List<Integer> starts = new ArrayList<>();

  SourceLines(String text) {
    this.text = text;
    starts.add(0);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
        i++;
      }
      if (c == '\r' || c == '\n') {
        starts.add(i + 1);
      }
    }
  }

  /** Lines in the text (a final line break starts an empty last line). */
  int count() {
    return starts.size();
  }

  /** Line {@code n} (1-based) without its line break. */
  String line(int n) {
    int from = starts.get(n - 1);
    int to = n < starts.size() ? starts.get(n) : text.length();
    while (to > from && (text.charAt(to - 1) == '\n' || text.charAt(to - 1) == '\r')) {
      to--;
    }
    return text.substring(from, to);
  }

  /**
   * Line {@code n} as shown: tabs as spaces, and at most {@link #WINDOW} characters, around {@code
   * column} (1-based) when the line is longer, cut ends marked with "…".
   */
  String shown(int n, int column) {
    String l = line(n).replace('\t', ' ');
    if (l.length() <= WINDOW) {
      return l;
    }
    int from = Math.max(0, Math.min(column - 1 - WINDOW / 3, l.length() - WINDOW));
    int to = Math.min(l.length(), from + WINDOW);
    if (from > 0 && Character.isLowSurrogate(l.charAt(from))) {
      from++;
    }
    if (to < l.length() && Character.isLowSurrogate(l.charAt(to))) {
      to++;
    }
    return (from > 0 ? "…" : "") + l.substring(from, to) + (to < l.length() ? "…" : "");
  }
}
