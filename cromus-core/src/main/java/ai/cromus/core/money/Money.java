package ai.cromus.core.money;

import static org.apiguardian.api.API.Status.STABLE;

import ai.cromus.core.internal.UserNumbers;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * An exact amount of US dollars.
 *
 * <p>Cromus never rounds while it computes: every product of tokens and a per-million price is
 * exact, so a total is always the exact sum of its parts. Rounding happens once, at presentation,
 * with {@link #ROUNDING} ({@code HALF_EVEN}) to the scale the report asks for ({@link #display()}
 * uses {@value #DISPLAY_SCALE} decimals). In JSON a {@code Money} is a plain exact decimal number.
 *
 * <p>Instances are immutable and thread-safe; {@link #equals} ignores trailing zeros.
 */
@API(status = STABLE, since = "0.1")
public final class Money implements Comparable<Money> {
  /** The one rounding rule, applied only when an amount is shown. */
  public static final RoundingMode ROUNDING = RoundingMode.HALF_EVEN;

  /** Decimals shown by {@link #display()}. */
  public static final int DISPLAY_SCALE = 4;

  /** The currency of every amount in Cromus. */
  public static final String CURRENCY = "USD";

  /** Zero dollars. */
  public static final Money ZERO = new Money(BigDecimal.ZERO);

  private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

  private final BigDecimal amount;

  /** Largest magnitude held, in decimal digits before the point. */
  private static final int MAX_DIGITS = 50;

  /** Most decimal places held. */
  private static final int MAX_SCALE = 1_000;

  private Money(BigDecimal amount) {
    // checked before any arithmetic: 1e999999999 would take a gigabyte to write out
    if ((long) amount.precision() - amount.scale() > MAX_DIGITS) {
      throw new IllegalArgumentException("an amount of money above 10^" + MAX_DIGITS);
    }
    BigDecimal stripped = amount.stripTrailingZeros();
    if (stripped.scale() > MAX_SCALE) {
      throw new IllegalArgumentException(
          "an amount of money with more than " + MAX_SCALE + " decimal places");
    }
    this.amount = stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  /**
   * An amount of dollars.
   *
   * @throws IllegalArgumentException for an amount above 10^50 dollars or with more than 1,000
   *     decimal places (no figure Cromus computes comes near either)
   */
  @JsonCreator
  public static Money usd(BigDecimal amount) {
    Objects.requireNonNull(amount, "amount must not be null");
    return amount.signum() == 0 ? ZERO : new Money(amount);
  }

  /**
   * An amount of dollars from its decimal text, e.g. {@code "0.05"}, {@code "-1,250.5"} or {@code
   * "2.5e3"}: read as every amount a user writes is, at most 1,000,000,000,000 dollars either side
   * of zero with at most 20 decimal places.
   *
   * @throws NumberFormatException for text that is not such an amount, with the reason
   */
  public static Money usd(String amount) {
    Objects.requireNonNull(amount, "amount must not be null");
    UserNumbers.Read r =
        UserNumbers.decimal(
            amount, UserNumbers.MAX_USD.negate(), UserNumbers.MAX_USD, UserNumbers.MAX_DECIMALS);
    if (!r.ok()) {
      throw new NumberFormatException(
          "'" + amount.strip() + "' is not an amount of US dollars: it " + r.problem());
    }
    return usd(r.value().get());
  }

  /** The exact price of {@code tokens} at {@code usdPerMillion} dollars per million tokens. */
  public static Money forTokens(long tokens, BigDecimal usdPerMillion) {
    Objects.requireNonNull(usdPerMillion, "usdPerMillion must not be null");
    return usd(BigDecimal.valueOf(tokens).multiply(usdPerMillion).divide(MILLION));
  }

  /** The exact amount, without trailing zeros. */
  @JsonValue
  public BigDecimal amount() {
    return amount;
  }

  /** Always {@value #CURRENCY}. */
  public String currency() {
    return CURRENCY;
  }

  public Money plus(Money other) {
    return usd(amount.add(other.amount));
  }

  public Money minus(Money other) {
    return usd(amount.subtract(other.amount));
  }

  /** This amount times an exact factor. */
  public Money times(BigDecimal factor) {
    return usd(amount.multiply(factor));
  }

  public Money times(long factor) {
    return usd(amount.multiply(BigDecimal.valueOf(factor)));
  }

  public boolean isZero() {
    return amount.signum() == 0;
  }

  public boolean isNegative() {
    return amount.signum() < 0;
  }

  public boolean isGreaterThan(Money other) {
    return compareTo(other) > 0;
  }

  /** The amount rounded with {@link #ROUNDING} to {@code scale} decimals. */
  public BigDecimal rounded(int scale) {
    return amount.setScale(scale, ROUNDING);
  }

  /**
   * {@code $0.0210}, {@code $0.000017}: the amount for people, with {@value #DISPLAY_SCALE}
   * decimals, or two significant digits where those decimals would show fewer (see {@link
   * #display(int)}).
   */
  public String display() {
    return display(DISPLAY_SCALE);
  }

  /**
   * The amount for people: {@code $} and the amount rounded with {@link #ROUNDING} to {@code
   * decimals} places ({@code -$} when negative). When that rounding would leave fewer than two
   * significant digits of an amount that has more (an amount too small for its column, such as
   * {@code 0.0000172} at 4 decimals), it is rounded to two significant digits instead: {@code
   * $0.000017}, never {@code $0.0000}. Never an exponent.
   *
   * @param decimals the decimals shown, at least 0 (4 for amounts per run, 2 for amounts a month)
   */
  public String display(int decimals) {
    if (decimals < 0) {
      throw new IllegalArgumentException("decimals must not be negative: " + decimals);
    }
    BigDecimal a = amount.abs();
    BigDecimal r = a.setScale(decimals, ROUNDING);
    int significant = r.signum() == 0 ? 0 : r.precision();
    if (significant < 2 && r.compareTo(a) != 0) {
      r = a.round(new MathContext(2, ROUNDING));
      if (r.scale() < decimals) {
        r = r.setScale(decimals, ROUNDING);
      }
    }
    return (amount.signum() < 0 ? "-$" : "$") + r.toPlainString();
  }

  /** The exact amount as plain decimal text, e.g. {@code 0.021}. */
  public String toPlainString() {
    return amount.toPlainString();
  }

  @Override
  public int compareTo(Money o) {
    return amount.compareTo(o.amount);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Money money && money.amount.equals(amount);
  }

  @Override
  public int hashCode() {
    return amount.hashCode();
  }

  /** The exact amount with its currency, e.g. {@code USD 0.021}. */
  @Override
  public String toString() {
    return CURRENCY + " " + amount.toPlainString();
  }
}
