package ai.cromus.core.internal.croms;

import ai.cromus.core.croms.CromsDimension;
import ai.cromus.core.croms.CromsFinding;
import ai.cromus.core.croms.CromsRule;
import ai.cromus.core.croms.FindingSeverity;
import ai.cromus.core.croms.ImmutableCromsFinding;
import ai.cromus.core.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/** One family of Croms findings: cost, latency, failure, structural or ethics. */
public interface FindingFamily {
  /** The family's findings, in a fixed order. */
  List<CromsFinding> find(CromsInput in);

  /**
   * A finding of {@code rule} on {@code steps}, saving nothing until told otherwise ({@code
   * usdPerMonth}, {@code secondsPerRun}); message and fix to be set.
   */
  static ImmutableCromsFinding.Builder finding(
      CromsRule rule,
      Optional<CromsDimension> dimension,
      FindingSeverity severity,
      List<String> steps) {
    return CromsFinding.builder()
        .kind(rule.id())
        .dimension(dimension)
        .severity(severity)
        .steps(steps)
        .usdPerMonth(Money.ZERO)
        .secondsPerRun(seconds(BigDecimal.ZERO));
  }

  /** Seconds a run as findings carry them: three decimals. */
  static BigDecimal seconds(BigDecimal s) {
    return s.setScale(3, RoundingMode.HALF_EVEN);
  }
}
