package ai.cromus.report.internal;

import ai.cromus.core.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * How figures are shown, and the element that carries each one. The rules are the text report's: an
 * amount a run shows {@link Money#display()} ({@value Money#DISPLAY_SCALE} decimals, or two
 * significant digits where those would show fewer), an amount a month {@link Money#display(int)
 * display(2)}, seconds one decimal and probabilities two decimals of a percent, all rounded {@link
 * Money#ROUNDING HALF_EVEN}; scores and multipliers exactly as computed. The exact value travels
 * with the shown one: {@code <data value="exact">shown</data>} in HTML, {@code data-value} on SVG
 * text, and {@code data-json} names the figure's place in the JSON report ({@code cromus compile
 * --format json}) as a JSON Pointer.
 */
public final class ReportFigures {
  private ReportFigures() {}

  /** {@code $0.0228}, {@code $0.00038}. */
  public static String perRun(Money m) {
    return m.display();
  }

  /** {@code $1028.07}, {@code $0.0051}. */
  public static String perMonth(Money m) {
    return m.display(2);
  }

  /** {@code 11.0 s}. */
  public static String seconds(BigDecimal s) {
    return s.setScale(1, RoundingMode.HALF_EVEN).toPlainString() + " s";
  }

  /** {@code 6.92 %} for 0.0692. */
  public static String percent(BigDecimal p) {
    return p.movePointRight(2).setScale(2, RoundingMode.HALF_EVEN).toPlainString() + " %";
  }

  /** {@code 45,000}: digits grouped by comma whatever the locale. */
  public static String count(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  /** A JSON Pointer of constant keys and indexes: {@code /simulation/declared/perRunUsd}. */
  public static String pointer(Object... parts) {
    StringBuilder b = new StringBuilder();
    for (Object p : parts) {
      b.append('/').append(String.valueOf(p).replace("~", "~0").replace("/", "~1"));
    }
    return b.toString();
  }

  /** {@code <data value="exact" data-json="pointer">shown</data>} ({@code pointer} may be null). */
  public static void data(Html h, String pointer, BigDecimal exact, String shown) {
    h.open("data", "value", exact.toPlainString(), "data-json", pointer).text(shown).close("data");
  }

  public static void perRun(Html h, String pointer, Money m) {
    data(h, pointer, m.amount(), perRun(m));
  }

  public static void perMonth(Html h, String pointer, Money m) {
    data(h, pointer, m.amount(), perMonth(m));
  }

  public static void seconds(Html h, String pointer, BigDecimal s) {
    data(h, pointer, s, seconds(s));
  }

  public static void percent(Html h, String pointer, BigDecimal p) {
    data(h, pointer, p, percent(p));
  }

  public static void count(Html h, String pointer, long n) {
    data(h, pointer, BigDecimal.valueOf(n), count(n));
  }

  /** A whole number shown as is (a score, a line number). */
  public static void integer(Html h, String pointer, long n) {
    data(h, pointer, BigDecimal.valueOf(n), Long.toString(n));
  }

  /** An exact decimal shown as is (a Croms score, a multiplier). */
  public static void exact(Html h, String pointer, BigDecimal d) {
    data(h, pointer, d, d.toPlainString());
  }
}
