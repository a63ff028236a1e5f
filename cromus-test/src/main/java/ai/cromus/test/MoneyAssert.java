package ai.cromus.test;

import static org.apiguardian.api.API.Status.STABLE;

import ai.cromus.core.money.Money;
import ai.cromus.core.simulation.CostRange;
import ai.cromus.test.internal.Breakdown;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.function.Supplier;
import org.apiguardian.api.API;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on an exact {@link Money} amount. Limits are given as decimal text ({@code "0.05"}),
 * {@link BigDecimal} or {@link Money}; comparison is exact (no rounding). A failure names the
 * figure, both amounts, and the breakdown that produced the figure.
 */
@API(status = STABLE, since = "0.1")
public final class MoneyAssert extends AbstractAssert<MoneyAssert, Money> {
  private final String what;
  private final Supplier<String> breakdown;
  private final CostRange range;

  MoneyAssert(Money actual, String what, Supplier<String> breakdown) {
    this(actual, CostRange.point(actual), what, breakdown);
  }

  MoneyAssert(Money actual, CostRange range, String what, Supplier<String> breakdown) {
    super(actual, MoneyAssert.class);
    this.what = what;
    this.breakdown = breakdown;
    this.range = range;
  }

  /**
   * The same figure with every size at the low end of its range ({@code input: 1,000–3,000
   * tokens}); the figure itself when no size is a range.
   */
  public MoneyAssert low() {
    return new MoneyAssert(range.low(), what + " at the low sizes", breakdown);
  }

  /** The same figure at the expected sizes (the midpoints of the ranges): the figure itself. */
  public MoneyAssert expected() {
    return new MoneyAssert(range.expected(), what + " at the expected sizes", breakdown);
  }

  /**
   * The same figure with every size at the high end of its range: {@code
   * assertThat(result).costPerRun(CostMode.BALANCED).high().isAtMost("0.05")}.
   */
  public MoneyAssert high() {
    return new MoneyAssert(range.high(), what + " at the high sizes", breakdown);
  }

  /** Asserts {@code actual <= limit}. */
  public MoneyAssert isAtMost(String limit) {
    return isAtMost(parse(limit));
  }

  /** Asserts {@code actual <= limit}. */
  public MoneyAssert isAtMost(BigDecimal limit) {
    return isAtMost(Money.usd(Objects.requireNonNull(limit, "limit must not be null")));
  }

  /** Asserts {@code actual <= limit}. */
  public MoneyAssert isAtMost(Money limit) {
    Objects.requireNonNull(limit, "limit must not be null");
    isNotNull();
    if (actual.compareTo(limit) > 0) {
      fail("at most", limit);
    }
    return this;
  }

  /** Asserts {@code actual < limit}. */
  public MoneyAssert isLessThan(String limit) {
    return isLessThan(parse(limit));
  }

  /** Asserts {@code actual < limit}. */
  public MoneyAssert isLessThan(BigDecimal limit) {
    return isLessThan(Money.usd(Objects.requireNonNull(limit, "limit must not be null")));
  }

  /** Asserts {@code actual < limit}. */
  public MoneyAssert isLessThan(Money limit) {
    Objects.requireNonNull(limit, "limit must not be null");
    isNotNull();
    if (actual.compareTo(limit) >= 0) {
      fail("less than", limit);
    }
    return this;
  }

  /** Asserts {@code actual >= floor}. */
  public MoneyAssert isAtLeast(String floor) {
    Money f = parse(floor);
    isNotNull();
    if (actual.compareTo(f) < 0) {
      fail("at least", f);
    }
    return this;
  }

  /** Asserts the amount is exactly {@code expected} ({@code "0.050"} equals {@code "0.05"}). */
  public MoneyAssert isEqualTo(String expected) {
    return isEqualTo(parse(expected));
  }

  /** Asserts the amount is exactly {@code expected}, ignoring trailing zeros. */
  public MoneyAssert isEqualTo(BigDecimal expected) {
    return isEqualTo(Money.usd(Objects.requireNonNull(expected, "expected must not be null")));
  }

  /** Asserts the amount equals a {@link Money}, {@link BigDecimal} or decimal text, exactly. */
  @Override
  public MoneyAssert isEqualTo(Object expected) {
    Objects.requireNonNull(expected, "expected must not be null");
    Money e;
    if (expected instanceof Money money) {
      e = money;
    } else if (expected instanceof BigDecimal bigDecimal) {
      e = Money.usd(bigDecimal);
    } else if (expected instanceof String string) {
      e = parse(string);
    } else {
      throw new IllegalArgumentException(
          "expected must be Money, BigDecimal or decimal text, not "
              + expected.getClass().getName());
    }
    isNotNull();
    if (actual.compareTo(e) != 0) {
      fail("exactly", e);
    }
    return this;
  }

  /** Asserts the amount is zero. */
  public MoneyAssert isZero() {
    return isEqualTo(Money.ZERO);
  }

  private void fail(String relation, Money limit) {
    String over =
        actual.compareTo(limit) > 0 ? ", " + Breakdown.money(actual.minus(limit)) + " over" : "";
    String b = breakdown.get();
    failWithMessage(
        "%s",
        "Expected "
            + what
            + " to be "
            + relation
            + " "
            + Breakdown.money(limit)
            + " but was "
            + Breakdown.money(actual)
            + over
            + "."
            + (b.isEmpty() ? "" : "\n\n" + b));
  }

  private static Money parse(String amount) {
    Objects.requireNonNull(amount, "amount must not be null");
    try {
      return Money.usd(amount);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not a decimal amount of dollars: '" + amount + "'", e);
    }
  }
}
