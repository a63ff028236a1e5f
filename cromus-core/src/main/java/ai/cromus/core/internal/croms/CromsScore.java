package ai.cromus.core.internal.croms;

import ai.cromus.core.croms.Croms;
import ai.cromus.core.croms.CromsDimension;
import ai.cromus.core.croms.CromsFinding;
import ai.cromus.core.croms.CromsLabel;
import ai.cromus.core.croms.FindingSeverity;
import ai.cromus.core.money.Money;
import ai.cromus.core.simulation.PlanSimulation;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The Croms formula, in one place ({@code docs/simulation.md} §4):
 *
 * <pre>
 * score_d = min(100, max(100 × waste share_d, Σ severity points of d's findings))   (2 decimals)
 * croms   = ethics multiplier × (0.35 cost + 0.25 latency + 0.25 failure + 0.15 structural)
 * </pre>
 *
 * The waste share of a dimension is its findings' dollars a month over the declared plan's monthly
 * cost (latency: seconds a run over the declared critical path), at most 1.
 */
public final class CromsScore {
  /** Weights of the dimensions in the total. */
  public static final Map<CromsDimension, BigDecimal> WEIGHTS =
      Map.of(
          CromsDimension.COST, new BigDecimal("0.35"),
          CromsDimension.LATENCY, new BigDecimal("0.25"),
          CromsDimension.FAILURE, new BigDecimal("0.25"),
          CromsDimension.STRUCTURAL, new BigDecimal("0.15"));

  /** Points a finding of each severity adds to its dimension. */
  public static final Map<FindingSeverity, BigDecimal> SEVERITY_POINTS =
      Map.of(
          FindingSeverity.LOW, new BigDecimal("5"),
          FindingSeverity.MODERATE, new BigDecimal("10"),
          FindingSeverity.HIGH, new BigDecimal("20"),
          FindingSeverity.CRITICAL, new BigDecimal("40"));

  /** Upper bounds of the labels (inclusive); above the last, critical. */
  public static final BigDecimal EXCELLENT_MAX = new BigDecimal("10");

  public static final BigDecimal GOOD_MAX = new BigDecimal("25");
  public static final BigDecimal FAIR_MAX = new BigDecimal("45");
  public static final BigDecimal POOR_MAX = new BigDecimal("70");

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private CromsScore() {}

  /** The Croms of the findings, on the declared plan, with the ethics multiplier and the waste. */
  public static Croms of(
      List<CromsFinding> findings, BigDecimal multiplier, PlanSimulation declared, Money waste) {
    Map<CromsDimension, BigDecimal> dims = new EnumMap<>(CromsDimension.class);
    BigDecimal base = BigDecimal.ZERO;
    for (CromsDimension d : CromsDimension.values()) {
      BigDecimal score = dimensionScore(d, findings, declared);
      dims.put(d, score);
      base = base.add(WEIGHTS.get(d).multiply(score));
    }
    BigDecimal total = base.multiply(multiplier).setScale(2, RoundingMode.HALF_EVEN);
    return Croms.builder()
        .total(total)
        .label(label(total))
        .ethicsMultiplier(multiplier)
        .putAllDimensions(dims)
        .addAllFindings(findings)
        .wasteUsdPerMonth(waste)
        .build();
  }

  /** min(100, max(100 × waste share, Σ severity points)), two decimals. */
  static BigDecimal dimensionScore(
      CromsDimension d, List<CromsFinding> findings, PlanSimulation declared) {
    BigDecimal points = BigDecimal.ZERO;
    BigDecimal usd = BigDecimal.ZERO;
    BigDecimal seconds = BigDecimal.ZERO;
    for (CromsFinding f : findings) {
      if (f.dimension().orElse(null) != d) {
        continue;
      }
      points = points.add(SEVERITY_POINTS.get(f.severity()));
      usd = usd.add(f.usdPerMonth().amount());
      seconds = seconds.add(f.secondsPerRun());
    }
    BigDecimal share =
        d == CromsDimension.LATENCY
            ? share(seconds, declared.latencySeconds())
            : share(usd, declared.perMonth().amount());
    BigDecimal score = share.multiply(HUNDRED).max(points).min(HUNDRED);
    return score.setScale(2, RoundingMode.HALF_EVEN);
  }

  /** The label of a total: excellent ≤ 10 < good ≤ 25 < fair ≤ 45 < poor ≤ 70 < critical. */
  public static CromsLabel label(BigDecimal total) {
    if (total.compareTo(EXCELLENT_MAX) <= 0) {
      return CromsLabel.EXCELLENT;
    }
    if (total.compareTo(GOOD_MAX) <= 0) {
      return CromsLabel.GOOD;
    }
    if (total.compareTo(FAIR_MAX) <= 0) {
      return CromsLabel.FAIR;
    }
    return total.compareTo(POOR_MAX) <= 0 ? CromsLabel.POOR : CromsLabel.CRITICAL;
  }

  /** {@code part / whole}, between 0 and 1; 0 when either is not positive. */
  public static BigDecimal share(BigDecimal part, BigDecimal whole) {
    if (whole.signum() <= 0 || part.signum() <= 0) {
      return BigDecimal.ZERO;
    }
    return part.divide(whole, MathContext.DECIMAL64).min(BigDecimal.ONE);
  }

  /**
   * The severity of a finding by its share: critical ≥ 50 %, high ≥ 20 %, moderate ≥ 5 %, else low.
   */
  public static FindingSeverity severity(BigDecimal share) {
    if (share.compareTo(new BigDecimal("0.5")) >= 0) {
      return FindingSeverity.CRITICAL;
    }
    if (share.compareTo(new BigDecimal("0.2")) >= 0) {
      return FindingSeverity.HIGH;
    }
    return share.compareTo(new BigDecimal("0.05")) >= 0
        ? FindingSeverity.MODERATE
        : FindingSeverity.LOW;
  }
}
