package ai.cromus.report.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A horizontal bar chart that is also its own text equivalent: a table whose rows name the item,
 * show its figures and end in a bar scaled to the largest value of the chart (a range, where a row
 * has one, as a whisker from low to high). A screen reader reads the table; the bars are hidden
 * from it. Bars are CSS widths in percent, so the chart reflows on a phone and prints as drawn.
 */
final class BarTable {
  /**
   * A row: its label and a detail under it (or null), its figure cells, the bar's value and style,
   * an optional low-high range.
   */
  record Row(
      String label,
      String detail,
      List<Consumer<Html>> cells,
      BigDecimal value,
      String style,
      Optional<BigDecimal[]> range,
      String rowClass) {}

  private final String caption;
  private final List<String> headers;
  private final List<Row> rows = new ArrayList<>();
  private BigDecimal scale;

  /**
   * @param caption the table's caption (the chart's title)
   * @param headers the label column's header, then one per figure column
   */
  BarTable(String caption, List<String> headers) {
    this.caption = caption;
    this.headers = headers;
  }

  BarTable row(String label, BigDecimal value, String style, List<Consumer<Html>> cells) {
    return row(new Row(label, null, cells, value, style, Optional.empty(), null));
  }

  /** Bars scaled to {@code max} (e.g. 100 for scores) instead of the largest value. */
  BarTable scale(BigDecimal max) {
    this.scale = max;
    return this;
  }

  BarTable row(Row r) {
    if (r.cells().size() != headers.size() - 1) {
      throw new IllegalArgumentException("one cell per figure column");
    }
    rows.add(r);
    return this;
  }

  boolean isEmpty() {
    return rows.isEmpty();
  }

  void render(Html h) {
    BigDecimal max = scale == null ? BigDecimal.ZERO : scale;
    for (Row r : scale == null ? rows : List.<Row>of()) {
      max = max.max(r.value());
      if (r.range().isPresent()) {
        max = max.max(r.range().get()[1]);
      }
    }
    h.open("div", "class", "scroll").open("table", "class", "bars").element("caption", caption);
    h.open("thead").open("tr");
    for (int i = 0; i < headers.size(); i++) {
      h.element("th", headers.get(i), "scope", "col", "class", i == 0 ? null : "num");
    }
    h.open("th", "scope", "col", "class", "barcol").element("span", "bar", "class", "sr");
    h.close("th").close("tr").close("thead").open("tbody").newline();
    for (Row r : rows) {
      h.open("tr", "class", r.rowClass()).open("th", "scope", "row").text(r.label());
      if (r.detail() != null) {
        h.element("span", r.detail(), "class", "detail");
      }
      h.close("th");
      for (Consumer<Html> c : r.cells()) {
        h.open("td", "class", "num");
        c.accept(h);
        h.close("td");
      }
      h.open("td", "class", "barcell");
      bar(h, r, max);
      h.close("td").close("tr").newline();
    }
    h.close("tbody").close("table").close("div").newline();
  }

  private static void bar(Html h, Row r, BigDecimal max) {
    h.open("span", "class", "track", "aria-hidden", "true");
    h.open("span", "class", "bar " + r.style(), "style", "width:" + percent(r.value(), max))
        .close("span");
    if (r.range().isPresent()) {
      BigDecimal lo = r.range().get()[0];
      BigDecimal hi = r.range().get()[1];
      h.open(
              "span",
              "class",
              "range",
              "style",
              "left:"
                  + percent(lo, max)
                  + ";width:"
                  + percent(hi.subtract(lo).max(BigDecimal.ZERO), max))
          .close("span");
    }
    h.close("span");
  }

  /** {@code 42.5%}: the share of the largest value, one decimal, never negative. */
  static String percent(BigDecimal value, BigDecimal max) {
    if (max.signum() <= 0 || value.signum() <= 0) {
      return "0%";
    }
    BigDecimal p =
        value
            .multiply(BigDecimal.valueOf(100))
            .divide(max, MathContext.DECIMAL64)
            .min(BigDecimal.valueOf(100));
    return p.setScale(1, RoundingMode.HALF_EVEN).toPlainString() + "%";
  }
}
