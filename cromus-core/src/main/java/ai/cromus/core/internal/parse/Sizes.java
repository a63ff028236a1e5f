package ai.cromus.core.internal.parse;

import ai.cromus.core.internal.UserNumbers;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sizes written in SOPs ({@code ~900 tokens}, {@code 1,200}, {@code 1.2k}, {@code 2 pages}, {@code
 * 300 words}, {@code 4000 chars}) and the documented conversion ratios.
 */
public final class Sizes {
  /** Tokens per English word (0.75 words per token). */
  public static final BigDecimal TOKENS_PER_WORD = new BigDecimal("1.33");

  /** Words per page. */
  public static final int WORDS_PER_PAGE = 500;

  /** Characters per token for estimates from text. */
  public static final int CHARS_PER_TOKEN = 4;

  /** The largest size Cromus accepts for one step. */
  public static final long MAX_TOKENS = 1_000_000_000L;

  /**
   * A size at the end of a value: a boundary, an optional qualifier, a number, an optional {@code
   * k}/{@code m} multiplier, an optional unit and an optional closing parenthesis. Every quantifier
   * after the boundary is possessive and the pieces are disjoint (digits, {@code k}/{@code m}, the
   * unit words, white space, a parenthesis), so each attempt reads its piece of the text once; an
   * attempt starts only at the first white space of a run (the look-behind), so white space is not
   * rescanned from every position of a run. Linear in the value.
   */
  private static final Pattern SIZE =
      Pattern.compile(
          "(?:^|(?<!\\s)\\s|(?<!\\d),|[;(:])\\s*+(?<q>~|≈|about\\s++|approx\\.?+\\s++|approximately\\s++"
              + "|up to\\s++)?+"
              + "(?<num>\\d[\\d,_]*+(?:\\.\\d++)?+)\\s*+(?<mult>[km])?+\\s*+"
              + "(?<unit>tokens?|toks?|words?|pages?|characters?|chars?)?+\\s*+\\)?+\\s*+$",
          Pattern.CASE_INSENSITIVE);

  /**
   * A unit word at the end after a word that did not read as a number: {@code -5 tokens}, {@code
   * 1e30 tokens} (the word is checked for {@link #NUMBERISH} afterwards). An attempt starts only
   * where a word starts and reads that word once: linear.
   */
  private static final Pattern UNIT_AT_END =
      Pattern.compile(
          "(?:^|(?<=\\s))(\\S+?)\\s*+(tokens?|words?|pages?|characters?|chars?)\\s*+$",
          Pattern.CASE_INSENSITIVE);

  /** What makes a word before a unit look like a failed number. */
  private static final Pattern NUMBERISH = Pattern.compile("\\d|nan|inf", Pattern.CASE_INSENSITIVE);

  /** A size found at the end of a value, and the description before it. */
  public static final class Size {
    public final long tokens;
    public final String description;
    public final String unit;

    Size(long tokens, String description, String unit) {
      this.tokens = tokens;
      this.description = description;
      this.unit = unit;
    }
  }

  /** The largest number a size may be written with, before its unit. */
  private static final BigDecimal MAX_NUMBER = BigDecimal.TEN.pow(18);

  private Sizes() {}

  private static String shown(String t) {
    return t.length() > 40 ? t.substring(0, 40) + "…" : t;
  }

  /**
   * Reads a size at the end of {@code value}. Returns null when there is none. Throws {@link
   * IllegalArgumentException} with a message when the size is out of range.
   */
  public static Size parse(String value) {
    String v = value.strip();
    Matcher m = SIZE.matcher(v);
    if (!m.find()) {
      Matcher unit = UNIT_AT_END.matcher(v);
      if (unit.find() && NUMBERISH.matcher(unit.group(1)).find()) {
        throw new IllegalArgumentException(
            "'"
                + unit.group(1)
                + " "
                + unit.group(2)
                + "' is not a size; write a whole number such as 900, 1,200 or 1.2k");
      }
      return null;
    }
    String unit = m.group("unit") == null ? "tokens" : m.group("unit").toLowerCase(Locale.ROOT);
    String desc = v.substring(0, m.start()).strip();
    if (m.start() > 0
        && v.charAt(m.start()) != ','
        && !Character.isWhitespace(v.charAt(m.start()))) {
      desc = v.substring(0, m.start() + 1).strip();
    }
    desc = trimDescription(desc);
    // a bare number inside prose ("version 2") with no unit is only a size when alone
    if (m.group("unit") == null
        && m.group("mult") == null
        && !desc.isEmpty()
        && !"~".equals(m.group("q"))) {
      if (!v.contains(",")) {
        return null;
      }
    }
    String num = m.group("num");
    UserNumbers.Read read =
        UserNumbers.decimal(num, BigDecimal.ZERO, MAX_NUMBER, UserNumbers.MAX_DECIMALS);
    if (!read.ok()) {
      throw new IllegalArgumentException("'" + shown(num) + "' " + read.problem());
    }
    BigDecimal n = read.value().get();
    if (m.group("mult") != null) {
      n =
          n.multiply(
              m.group("mult").equalsIgnoreCase("k")
                  ? BigDecimal.valueOf(1_000)
                  : BigDecimal.valueOf(1_000_000));
    }
    BigDecimal tokens;
    if (unit.startsWith("word")) {
      tokens = n.multiply(TOKENS_PER_WORD);
    } else if (unit.startsWith("page")) {
      tokens = n.multiply(BigDecimal.valueOf(WORDS_PER_PAGE)).multiply(TOKENS_PER_WORD);
    } else if (unit.startsWith("char")) {
      tokens = n.divide(BigDecimal.valueOf(CHARS_PER_TOKEN), 0, RoundingMode.CEILING);
    } else {
      tokens = n;
    }
    tokens = tokens.setScale(0, RoundingMode.HALF_UP);
    if (tokens.compareTo(BigDecimal.valueOf(MAX_TOKENS)) > 0) {
      throw new IllegalArgumentException(
          "a size of " + tokens.toPlainString() + " tokens is beyond the limit of " + MAX_TOKENS);
    }
    String normalizedUnit =
        unit.startsWith("word")
            ? "words"
            : unit.startsWith("page") ? "pages" : unit.startsWith("char") ? "chars" : "tokens";
    return new Size(tokens.longValueExact(), desc, normalizedUnit);
  }

  /** A description before a size, without the separators that end it ({@code , ; ( :}). */
  static String trimDescription(String text) {
    String desc = text.strip();
    while (desc.endsWith(",") || desc.endsWith(";") || desc.endsWith("(") || desc.endsWith(":")) {
      desc = desc.substring(0, desc.length() - 1).strip();
    }
    return desc;
  }

  /** Tokens of a text at {@link #CHARS_PER_TOKEN} characters per token, rounded up. */
  public static long estimateTokens(CharSequence text) {
    return ((long) text.length() + CHARS_PER_TOKEN - 1) / CHARS_PER_TOKEN;
  }

  /** The method text of a conversion, for {@code TokenCount.method()}. */
  public static String method(String unit) {
    return switch (unit) {
      case "words" -> "declared in words at " + TOKENS_PER_WORD + " tokens per word";
      case "pages" ->
          "declared in pages at "
              + WORDS_PER_PAGE
              + " words per page and "
              + TOKENS_PER_WORD
              + " tokens per word";
      case "chars" -> "declared in characters at " + CHARS_PER_TOKEN + " characters per token";
      default -> "declared";
    };
  }
}
