package ai.cromus.test;

import static org.apiguardian.api.API.Status.STABLE;

import ai.cromus.core.CompileResult;
import ai.cromus.core.croms.Croms;
import ai.cromus.core.croms.CromsFinding;
import ai.cromus.core.croms.CromsLabel;
import ai.cromus.core.croms.FindingSeverity;
import ai.cromus.core.money.Money;
import ai.cromus.test.internal.Breakdown;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on the Croms (preventable waste) of a result. A failure lists every finding with its
 * fix.
 */
@API(status = STABLE, since = "0.1")
public final class CromsAssert extends AbstractAssert<CromsAssert, Croms> {
  private final CompileResult result;

  CromsAssert(Croms actual, CompileResult result) {
    super(actual, CromsAssert.class);
    this.result = result;
  }

  /** Asserts the Croms total is strictly below {@code limit}. */
  public CromsAssert isBelow(Number limit) {
    return isBelow(decimal(limit));
  }

  /** Asserts the Croms total is strictly below {@code limit}, given as decimal text. */
  public CromsAssert isBelow(String limit) {
    Objects.requireNonNull(limit, "limit must not be null");
    try {
      // the bounded reading of a decimal that Money uses, so 1e999999999 cannot hang a message
      return isBelow(Money.usd(limit).amount());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not a Croms limit: '" + limit.strip() + "'", e);
    }
  }

  private CromsAssert isBelow(BigDecimal limit) {
    if (actual.total().compareTo(limit) >= 0) {
      fail(
          "Expected Croms to be below "
              + limit.toPlainString()
              + " but was "
              + actual.total().toPlainString()
              + " ("
              + actual.label().id()
              + ").");
    }
    return this;
  }

  /** Asserts the Croms total is at most {@code limit}. */
  public CromsAssert isAtMost(Number limit) {
    BigDecimal l = decimal(limit);
    if (actual.total().compareTo(l) > 0) {
      fail(
          "Expected Croms to be at most "
              + l.toPlainString()
              + " but was "
              + actual.total().toPlainString()
              + " ("
              + actual.label().id()
              + ").");
    }
    return this;
  }

  /** Asserts the Croms label. */
  public CromsAssert hasLabel(CromsLabel label) {
    Objects.requireNonNull(label, "label must not be null");
    if (actual.label() != label) {
      fail(
          "Expected Croms label "
              + label.id()
              + " but was "
              + actual.label().id()
              + " ("
              + actual.total().toPlainString()
              + ").");
    }
    return this;
  }

  /** Asserts no finding is at {@code severity} or above. */
  public CromsAssert hasNoFindingsAtOrAbove(FindingSeverity severity) {
    Objects.requireNonNull(severity, "severity must not be null");
    List<CromsFinding> found =
        actual.findings().stream()
            .filter(f -> f.severity().compareTo(severity) >= 0)
            .collect(Collectors.toList());
    if (!found.isEmpty()) {
      fail(
          "Expected no Croms findings at "
              + severity.id()
              + " or above but found "
              + found.size()
              + ": "
              + found.stream()
                  .map(f -> f.kind() + " (" + f.severity().id() + ")")
                  .collect(Collectors.joining(", "))
              + ".");
    }
    return this;
  }

  /** Asserts no finding of this kind, e.g. {@code CROMS-COST-OVERPOWERED-MODEL}. */
  public CromsAssert hasNoFinding(String kind) {
    Objects.requireNonNull(kind, "kind must not be null");
    if (actual.findings().stream().anyMatch(f -> f.kind().equals(kind))) {
      fail("Expected no Croms finding " + kind + " but there is one.");
    }
    return this;
  }

  /** The monthly dollar value of the preventable waste. */
  public MoneyAssert wastePerMonth() {
    return new MoneyAssert(
        actual.wasteUsdPerMonth(),
        "the preventable waste per month",
        () -> Breakdown.forCroms(result));
  }

  private void fail(String message) {
    failWithMessage("%s", message + "\n\n" + Breakdown.forCroms(result));
  }

  private static BigDecimal decimal(Number n) {
    Objects.requireNonNull(n, "limit must not be null");
    return n instanceof BigDecimal bigDecimal ? bigDecimal : new BigDecimal(n.toString());
  }
}
