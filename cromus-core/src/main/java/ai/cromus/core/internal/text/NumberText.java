package ai.cromus.core.internal.text;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers as people write them in SOPs and front matter: {@code 900}, {@code 1,200}, {@code 1_200},
 * {@code 0.05}, {@code 1,234.5}. One reader for every place that takes a number from text, so that
 * the SOP annotations, the front matter and the structured readers agree on what a number is.
 *
 * <p>Thousands separators ({@code ,} or {@code _}, one kind per number) group exactly three digits
 * after a first group of one to three, so {@code 1,5} (15? 1.5?) and {@code 1,,,0} are refused. A
 * leading zero before more digits is refused too: {@code 010} is 10 to some readers and 8 (octal)
 * to YAML 1.1 readers. No sign, no exponent, at most {@value #MAX_INTEGER_DIGITS} digits before the
 * point and {@value #MAX_FRACTION_DIGITS} after it. Every refusal is an {@link
 * IllegalArgumentException} whose message says what to write instead, for a diagnostic.
 */
public final class NumberText {
  /** The most digits accepted before the decimal point. */
  public static final int MAX_INTEGER_DIGITS = 18;

  /** The most digits accepted after the decimal point. */
  public static final int MAX_FRACTION_DIGITS = 18;

  /**
   * A number as written: a plain run of digits, or groups of three after the first with one kind of
   * separator; then an optional fraction. Possessive throughout: linear in the input.
   */
  private static final Pattern NUMBER =
      Pattern.compile(
          "(?<int>\\d++|\\d{1,3}+(?:,\\d{3}+)++|\\d{1,3}+(?:_\\d{3}+)++)(?:\\.(?<frac>\\d++))?+");

  /** Something that starts like a number: digits, separators and points only. */
  private static final Pattern NUMBER_LIKE = Pattern.compile("[\\d][\\d,_.]*+");

  private NumberText() {}

  /**
   * The value of {@code text} (surrounding white space ignored).
   *
   * @throws IllegalArgumentException when the text is not a number of this form; the message is
   *     meant for the user
   */
  public static BigDecimal decimal(String text) {
    String t = text.strip();
    Matcher m = NUMBER.matcher(t);
    if (!m.matches()) {
      if (NUMBER_LIKE.matcher(t).matches() && (t.indexOf(',') >= 0 || t.indexOf('_') >= 0)) {
        throw new IllegalArgumentException(
            "'"
                + shown(t)
                + "' is ambiguous: a thousands separator groups exactly three digits"
                + " (1,200 or 1_200); write the number without separators, or with a decimal"
                + " point");
      }
      throw new IllegalArgumentException("'" + shown(t) + "' is not a number; write e.g. 1,200");
    }
    String digits = m.group("int").replace(",", "").replace("_", "");
    if (digits.length() > 1 && digits.charAt(0) == '0') {
      throw new IllegalArgumentException(
          "'"
              + shown(t)
              + "' has a leading zero, which YAML 1.1 readers take as an octal number; write it"
              + " without the leading zero");
    }
    String frac = m.group("frac");
    if (digits.length() > MAX_INTEGER_DIGITS
        || (frac != null && frac.length() > MAX_FRACTION_DIGITS)) {
      throw new IllegalArgumentException(
          "'"
              + shown(t)
              + "' has more than "
              + MAX_INTEGER_DIGITS
              + " digits before or after the decimal point");
    }
    return new BigDecimal(frac == null ? digits : digits + "." + frac);
  }

  /**
   * The value of {@code text} as a whole number from 0 to {@code max}.
   *
   * @throws IllegalArgumentException when the text is not such a number (see {@link #decimal})
   */
  public static long whole(String text, long max) {
    BigDecimal d = decimal(text);
    if (d.scale() > 0) {
      throw new IllegalArgumentException("'" + shown(text.strip()) + "' is not a whole number");
    }
    if (d.compareTo(BigDecimal.valueOf(max)) > 0) {
      throw new IllegalArgumentException(
          "'" + shown(text.strip()) + "' is more than the limit of " + max);
    }
    return d.longValueExact();
  }

  private static String shown(String t) {
    return t.length() > 40 ? t.substring(0, 40) + "…" : t;
  }
}
