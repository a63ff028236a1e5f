package ai.cromus.cli.internal;

import ai.cromus.core.report.TerminalText;
import java.util.ArrayList;
import java.util.List;

/**
 * An aligned plain-text table. A header starting with {@code >} right-aligns its column. Cells are
 * shown through {@link TerminalText#visible}, so user text cannot break a row. The last column may
 * wrap ({@link #wrapLast(int)}): a long cell continues on the next lines, aligned under its column,
 * broken between words; nothing is ever cut.
 */
public final class TextTable {
  /** Width a wrapped last column gets at least, however wide the other columns are. */
  static final int MIN_WRAP = 40;

  private final List<String> headers;
  private final boolean[] right;
  private final List<List<String>> rows = new ArrayList<>();
  private int lineWidth;

  /** Headers; prefix a header with '>' to right-align its column. */
  public TextTable(String... headers) {
    this.headers = new ArrayList<>();
    this.right = new boolean[headers.length];
    for (int i = 0; i < headers.length; i++) {
      right[i] = headers[i].startsWith(">");
      this.headers.add(right[i] ? headers[i].substring(1) : headers[i]);
    }
  }

  /**
   * Wraps the last column so that a line, indent included, stays within {@code lineWidth}
   * characters where words allow (the column keeps at least {@value #MIN_WRAP}); 0 never wraps.
   */
  public TextTable wrapLast(int lineWidth) {
    this.lineWidth = lineWidth;
    return this;
  }

  public TextTable row(Object... cells) {
    List<String> r = new ArrayList<>();
    for (Object c : cells) {
      r.add(TerminalText.visible(String.valueOf(c)));
    }
    rows.add(r);
    return this;
  }

  public boolean isEmpty() {
    return rows.isEmpty();
  }

  /** The table, each line indented by {@code indent}. */
  public String render(String indent) {
    int n = headers.size();
    int[] w = new int[n];
    for (int i = 0; i < n; i++) {
      w[i] = headers.get(i).length();
      for (List<String> r : rows) {
        w[i] = Math.max(w[i], r.get(i).length());
      }
    }
    int wrapAt = Integer.MAX_VALUE;
    if (lineWidth > 0) {
      int before = indent.length();
      for (int i = 0; i < n - 1; i++) {
        before += w[i] + 2;
      }
      wrapAt = Math.max(MIN_WRAP, lineWidth - before);
      w[n - 1] = Math.min(w[n - 1], Math.max(wrapAt, headers.get(n - 1).length()));
    }
    StringBuilder sb = new StringBuilder();
    line(sb, indent, headers, w);
    StringBuilder rule = new StringBuilder();
    for (int i = 0; i < n; i++) {
      rule.append(i == 0 ? "" : "  ").append("-".repeat(w[i]));
    }
    sb.append(indent).append(rule).append('\n');
    for (List<String> r : rows) {
      List<String> parts = wrap(r.get(n - 1), wrapAt);
      List<String> first = new ArrayList<>(r.subList(0, n - 1));
      first.add(parts.get(0));
      line(sb, indent, first, w);
      for (String more : parts.subList(1, parts.size())) {
        List<String> cont = new ArrayList<>();
        for (int i = 0; i < n - 1; i++) {
          cont.add("");
        }
        cont.add(more);
        line(sb, indent, cont, w);
      }
    }
    return sb.toString();
  }

  /** {@code s} in lines of at most {@code width} characters, broken at spaces where possible. */
  static List<String> wrap(String s, int width) {
    List<String> out = new ArrayList<>();
    if (s.length() <= width) {
      out.add(s);
      return out;
    }
    StringBuilder line = new StringBuilder();
    for (String word : s.split(" ", -1)) {
      while (word.length() > width) {
        // a word longer than the column: broken, never cut
        if (line.length() > 0) {
          out.add(line.toString());
          line.setLength(0);
        }
        out.add(word.substring(0, width));
        word = word.substring(width);
      }
      if (line.length() > 0 && line.length() + 1 + word.length() > width) {
        out.add(line.toString());
        line.setLength(0);
      }
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append(word);
    }
    out.add(line.toString());
    return out;
  }

  private void line(StringBuilder sb, String indent, List<String> cells, int[] w) {
    StringBuilder l = new StringBuilder(indent);
    for (int i = 0; i < w.length; i++) {
      if (i > 0) {
        l.append("  ");
      }
      String c = cells.get(i);
      String pad = " ".repeat(Math.max(0, w[i] - c.length()));
      l.append(right[i] ? pad + c : c + pad);
    }
    sb.append(l.toString().stripTrailing()).append('\n');
  }
}
