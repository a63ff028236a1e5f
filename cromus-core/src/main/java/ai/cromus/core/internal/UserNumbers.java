package ai.cromus.core.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one conversion of a number written by a user (front matter, structured workflow, scope,
 * sidecar, policy, SKILL.md metadata, catalog files) into a {@link BigDecimal} or a {@code long}.
 * Every value is bounded before any arithmetic sees it, so that no exponent ({@code 1e999999999},
 * {@code 1e-999999999}) can exhaust memory, hang or throw later:
 *
 * <ul>
 *   <li>the text is at most {@value #MAX_LENGTH} characters;
 *   <li>digits, optionally grouped by {@code ,} or {@code _} in groups of three ({@code
 *       1,000,000}); a decimal point; an exponent ({@code 2.5e3}) is accepted when the value it
 *       gives is in range;
 *   <li>a leading zero before other digits ({@code 010}) is ambiguous (YAML 1.1 reads it as octal)
 *       and refused;
 *   <li>money is from 0 to {@link #MAX_USD} US dollars with at most {@value #MAX_DECIMALS} decimal
 *       places; counts (tokens, runs) are whole numbers from 0 to a maximum the caller states.
 * </ul>
 *
 * Anything else is refused with a reason, which the caller reports as a diagnostic with its rule
 * and location.
 */
public final class UserNumbers {
  /** Longest number text read. */
  public static final int MAX_LENGTH = 64;

  /** Most decimal places of an amount. */
  public static final int MAX_DECIMALS = 20;

  /** Largest amount of money: one trillion US dollars. */
  public static final BigDecimal MAX_USD = BigDecimal.valueOf(1_000_000_000_000L);

  /** How the accepted range of money reads in a message. */
  public static final String USD_RANGE =
      "an amount of US dollars from 0 to 1,000,000,000,000 with at most "
          + MAX_DECIMALS
          + " decimal places";

  private static final Pattern NUMBER =
      Pattern.compile(
          "([+-]?+)(\\d{1,3}+(?:,\\d{3}+)++|\\d{1,3}+(?:_\\d{3}+)++|\\d*+)(?:\\.(\\d*+))?+"
              + "(?:[eE]([+-]?+\\d{1,9}+))?+");

  private UserNumbers() {}

  /** A number read, or why it was refused. */
  public record Read(Optional<BigDecimal> value, String problem) {
    static Read ok(BigDecimal d) {
      return new Read(Optional.of(d), "");
    }

    static Read refused(String problem) {
      return new Read(Optional.empty(), problem);
    }

    public boolean ok() {
      return value.isPresent();
    }
  }

  /**
   * A decimal number from {@code min} to {@code max} (both inclusive) with at most {@code
   * maxDecimals} decimal places once trailing zeros are dropped. The value keeps the scale it was
   * written with (never below 0).
   */
  public static Read decimal(String text, BigDecimal min, BigDecimal max, int maxDecimals) {
    if (text == null) {
      return Read.refused("is empty");
    }
    String t = text.strip();
    if (t.isEmpty()) {
      return Read.refused("is empty");
    }
    if (t.length() > MAX_LENGTH) {
      return Read.refused("is longer than " + MAX_LENGTH + " characters");
    }
    Matcher m = NUMBER.matcher(t);
    String whole = m.matches() ? m.group(2) : null;
    String fraction = whole == null ? null : m.group(3);
    if (whole == null || (whole.isEmpty() && (fraction == null || fraction.isEmpty()))) {
      return Read.refused(
          t.indexOf(',') >= 0 || t.indexOf('_') >= 0
              ? "is not a number (digits are grouped in threes: 1,000 or 1_000)"
              : "is not a number");
    }
    if (whole.length() > 1 && whole.charAt(0) == '0') {
      return Read.refused(
          "has a leading zero, which YAML 1.1 reads as an octal number; write it without");
    }
    BigDecimal d;
    try {
      d =
          new BigDecimal(
              m.group(1)
                  + (whole.isEmpty() ? "0" : whole.replace(",", "").replace("_", ""))
                  + (fraction == null || fraction.isEmpty() ? "" : "." + fraction)
                  + (m.group(4) == null ? "" : "e" + m.group(4)));
    } catch (NumberFormatException e) {
      // an exponent beyond the range of int
      return Read.refused("is out of range");
    }
    // compareTo looks at the magnitudes first: cheap whatever the exponent
    if (d.compareTo(min) < 0) {
      return Read.refused(min.signum() == 0 ? "is negative" : "is below " + min.toPlainString());
    }
    if (d.compareTo(max) > 0) {
      return Read.refused("is above " + shown(max));
    }
    if (d.signum() == 0) {
      return Read.ok(
          d.scale() < 0 ? BigDecimal.ZERO : d.scale() > maxDecimals ? BigDecimal.ZERO : d);
    }
    if (d.stripTrailingZeros().scale() > maxDecimals) {
      return Read.refused(
          maxDecimals == 0
              ? "is not a whole number"
              : "has more than " + maxDecimals + " decimal places");
    }
    if (d.scale() < 0) {
      d = d.setScale(0);
    } else if (d.scale() > MAX_LENGTH) {
      d = d.stripTrailingZeros();
    }
    return Read.ok(d);
  }

  /**
   * The canonical form of a decimal that is stored and written again: trailing zeros stripped, but
   * never a negative scale ({@code 10}, not {@code 1E+1}), so it prints without an exponent and
   * reads back equal.
   */
  public static BigDecimal canonical(BigDecimal d) {
    BigDecimal stripped = d.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  /** A bound as a message shows it: {@code 1,000,000,000,000}, {@code 0.5}. */
  static String shown(BigDecimal d) {
    if (d.signum() >= 0 && d.scale() <= 0 && d.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) <= 0) {
      return String.format(Locale.ROOT, "%,d", d.longValueExact());
    }
    return d.toPlainString();
  }

  /**
   * An amount of US dollars: from 0 to {@link #MAX_USD}, at most {@value #MAX_DECIMALS} decimal
   * places.
   */
  public static Read usd(String text) {
    String t = text == null ? null : text.strip();
    if (t != null && t.startsWith("$")) {
      t = t.substring(1).strip();
    }
    return decimal(t, BigDecimal.ZERO, MAX_USD, MAX_DECIMALS);
  }

  /** An amount of US dollars, or empty. */
  public static Optional<BigDecimal> usdValue(String text) {
    return usd(text).value();
  }

  /** A whole number from 0 to {@code max}. */
  public static Read whole(String text, long max) {
    Read r = decimal(text, BigDecimal.ZERO, BigDecimal.valueOf(max), 0);
    return r.value().map(d -> Read.ok(d.setScale(0, RoundingMode.UNNECESSARY))).orElse(r);
  }

  /** A whole number from 0 to {@code max}, or empty. */
  public static OptionalLong wholeValue(String text, long max) {
    Read r = whole(text, max);
    return r.ok() ? OptionalLong.of(r.value().get().longValueExact()) : OptionalLong.empty();
  }
}
