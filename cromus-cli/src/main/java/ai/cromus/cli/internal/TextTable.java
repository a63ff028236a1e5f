package ai.cromus.cli.internal;

import java.util.ArrayList;
import java.util.List;

/** An aligned plain-text table; right-aligns columns whose header ends with a space marker. */
public final class TextTable {
  private final List<String> headers;
  private final boolean[] right;
  private final List<List<String>> rows = new ArrayList<>();

  /** Headers; prefix a header with '>' to right-align its column. */
  public TextTable(String... headers) {
    this.headers = new ArrayList<>();
    this.right = new boolean[headers.length];
    for (int i = 0; i < headers.length; i++) {
      right[i] = headers[i].startsWith(">");
      this.headers.add(right[i] ? headers[i].substring(1) : headers[i]);
    }
  }

  public TextTable row(Object... cells) {
    List<String> r = new ArrayList<>();
    for (Object c : cells) {
      r.add(String.valueOf(c).replace('\n', ' '));
    }
    rows.add(r);
    return this;
  }

  public boolean isEmpty() {
    return rows.isEmpty();
  }

  /** The table, each line indented by {@code indent}. */
  public String render(String indent) {
    int[] w = new int[headers.size()];
    for (int i = 0; i < w.length; i++) {
      w[i] = headers.get(i).length();
      for (List<String> r : rows) {
        w[i] = Math.max(w[i], r.get(i).length());
      }
    }
    StringBuilder sb = new StringBuilder();
    line(sb, indent, headers, w);
    StringBuilder rule = new StringBuilder();
    for (int i = 0; i < w.length; i++) {
      rule.append(i == 0 ? "" : "  ").append("-".repeat(w[i]));
    }
    sb.append(indent).append(rule).append('\n');
    for (List<String> r : rows) {
      line(sb, indent, r, w);
    }
    return sb.toString();
  }

  private void line(StringBuilder sb, String indent, List<String> cells, int[] w) {
    StringBuilder l = new StringBuilder(indent);
    for (int i = 0; i < w.length; i++) {
      if (i > 0) {
        l.append("  ");
      }
      String c = cells.get(i);
      String pad = " ".repeat(w[i] - c.length());
      l.append(right[i] ? pad + c : c + pad);
    }
    sb.append(l.toString().stripTrailing()).append('\n');
  }
}
