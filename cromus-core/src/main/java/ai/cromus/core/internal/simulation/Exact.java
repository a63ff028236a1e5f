package ai.cromus.core.internal.simulation;

/**
 * Helpers that keep ranking exact while avoiding most {@code BigDecimal} comparisons: a double
 * carries a relative error of at most a few units in the last place (about 1e-15), so when two
 * doubles differ by more than {@link #MARGIN} of their magnitude the exact values are ordered the
 * same way. Anything closer (ties included) is left to the exact comparison.
 */
final class Exact {
  /** Relative gap above which double arithmetic decides an order. */
  static final double MARGIN = 1e-9;

  /** Magnitudes below this are always compared exactly. */
  static final double TINY = 1e-200;

  private Exact() {}

  /**
   * The sign of {@code x - y} when the doubles decide it; 0 when the exact values must be compared
   * (close values, ties, infinities, NaN).
   */
  static int decided(double x, double y) {
    if (Math.abs(x) < TINY || Math.abs(y) < TINY) {
      return 0; // zero, or so small that a double may have lost its precision
    }
    double d = x - y;
    if (Math.abs(d) > MARGIN * Math.max(Math.abs(x), Math.abs(y))) {
      return d < 0 ? -1 : 1;
    }
    return 0;
  }
}
