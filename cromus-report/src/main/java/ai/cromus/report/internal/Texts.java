package ai.cromus.report.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/** Small text helpers: cutting a shown text to a width, and SVG coordinates. */
final class Texts {
  private Texts() {}

  /**
   * {@code s} as shown ({@link Html#safe}), cut to {@code max} code points with "…" when longer;
   * never splits a surrogate pair.
   */
  static String cut(String s, int max) {
    String v = Html.safe(s);
    if (v.codePointCount(0, v.length()) <= max) {
      return v;
    }
    return v.substring(0, v.offsetByCodePoints(0, max - 1)) + "…";
  }

  /**
   * {@code s} as shown, in at most {@code lines} lines of at most {@code max} code points, broken
   * at spaces where it can be; the last line is cut with "…" when the text is longer.
   */
  static List<String> wrap(String s, int max, int lines) {
    String v = Html.safe(s).strip();
    List<String> out = new ArrayList<>();
    while (!v.isEmpty() && out.size() < lines - 1 && v.codePointCount(0, v.length()) > max) {
      int limit = v.offsetByCodePoints(0, max);
      int br = v.lastIndexOf(' ', limit);
      if (br <= 0) {
        br = limit;
      }
      out.add(v.substring(0, br).strip());
      v = v.substring(br).strip();
    }
    if (!v.isEmpty() || out.isEmpty()) {
      out.add(cut(v, max));
    }
    return out;
  }

  /** A coordinate with at most one decimal, locale-free: {@code 12}, {@code 12.5}. */
  static String num(double d) {
    BigDecimal b = BigDecimal.valueOf(d).setScale(1, RoundingMode.HALF_EVEN).stripTrailingZeros();
    return b.scale() < 0 ? b.setScale(0).toPlainString() : b.toPlainString();
  }
}
