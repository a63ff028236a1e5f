package ai.cromus.core.internal.simulation.pricing;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * The calls of a step on one model: with a per-attempt failure rate {@code p} and {@code r}
 * retries, {@code expected = 1 + p + … + p^r} attempts, and the step still fails after all of them
 * with probability {@code failure = p^(r+1)}.
 *
 * @param calls the expected calls of a run: the loop's iterations × the expected attempts
 */
public record Attempts(BigDecimal expected, BigDecimal failure, BigDecimal calls) {
  /** Precision of probabilities and latencies that need a division or a power. */
  public static final MathContext MC = MathContext.DECIMAL64;

  /**
   * The attempts with failure rate {@code p}, {@code retries} retries and {@code loop} iterations.
   */
  public static Attempts of(BigDecimal p, int retries, long loop) {
    BigDecimal expected = BigDecimal.ZERO;
    BigDecimal pk = BigDecimal.ONE;
    for (int k = 0; k <= retries; k++) {
      expected = expected.add(pk);
      pk = pk.multiply(p);
    }
    return new Attempts(expected, pk, BigDecimal.valueOf(loop).multiply(expected));
  }

  /**
   * The chance that at least one of {@code loop} iterations fails, each failing with {@code fail}.
   */
  public static BigDecimal loopFailure(BigDecimal fail, long loop) {
    if (loop <= 1 || fail.signum() == 0) {
      return fail;
    }
    BigDecimal ok = BigDecimal.ONE.subtract(fail).pow((int) Math.min(loop, 1_000_000), MC);
    return BigDecimal.ONE.subtract(ok, MC);
  }
}
