package ai.cromus.core.internal.simulation.pricing;

import ai.cromus.core.catalog.Latency;
import ai.cromus.core.catalog.Offering;
import java.math.BigDecimal;
import java.util.Optional;

/** Seconds a call takes: time to first token plus output and reasoning at the output speed. */
public final class CallLatency {
  /** Time to first token when the catalog has no latency figure for an offering. */
  public static final BigDecimal DEFAULT_TTFT = new BigDecimal("1.0");

  /** Output tokens per second when the catalog has no latency figure for an offering. */
  public static final BigDecimal DEFAULT_TPS = new BigDecimal("100");

  /** Decimals of every latency figure (microseconds). */
  public static final int SCALE = 6;

  private CallLatency() {}

  /** The seconds of one call on {@code o} producing {@code output} and {@code reasoning} tokens. */
  public static BigDecimal secondsPerCall(Offering o, long output, long reasoning) {
    Optional<Latency> l = o.latency();
    BigDecimal ttft = l.flatMap(Latency::ttftSeconds).orElse(DEFAULT_TTFT);
    BigDecimal tps =
        l.map(Latency::outputTokensPerSecond).filter(x -> x.signum() > 0).orElse(DEFAULT_TPS);
    return ttft.add(BigDecimal.valueOf(output + reasoning).divide(tps, Attempts.MC));
  }
}
