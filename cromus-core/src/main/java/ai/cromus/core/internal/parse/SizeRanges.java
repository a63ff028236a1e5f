package ai.cromus.core.internal.parse;

import ai.cromus.core.workflow.ImmutableTokenCount;
import ai.cromus.core.workflow.TokenCount;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sizes written as a range at the end of a value ({@code 1,000–3,000 tokens}, {@code 1k - 3k},
 * {@code 200 to 400 words}) or as a point ({@link Sizes}): the low and high ends, and the expected
 * size (the midpoint, rounded up to a whole token).
 */
final class SizeRanges {
  /**
   * A range at the end of a value: a low number (an optional {@code k}/{@code m}), a separator (an
   * en or em dash, a hyphen or {@code to}) and a size. An attempt starts only after white space, a
   * semicolon, a colon or a parenthesis, and every quantifier is possessive over disjoint pieces:
   * linear.
   */
  private static final Pattern RANGE =
      Pattern.compile(
          "(?:^|(?<=[\\s;:(]))(?<lo>\\d[\\d,_]*+(?:\\.\\d++)?+)\\s*+(?<lomult>[km])?+\\s*+"
              + "(?:–|—|-|to(?=\\s))\\s*+(?<hi>\\d[\\d,_]*+(?:\\.\\d++)?+\\s*+[km]?+\\s*+"
              + "(?:tokens?|toks?|words?|pages?|characters?|chars?)?+)\\s*+\\)?+\\s*+$",
          Pattern.CASE_INSENSITIVE);

  /** A size read from a value: its description and tokens, or null tokens when it has none. */
  record Read(String description, TokenCount tokens) {}

  private SizeRanges() {}

  /**
   * Reads the size at the end of {@code value}: a range or a point. Returns null when there is
   * none. Throws {@link IllegalArgumentException} with a message when a size is out of range or its
   * low end is above its high end.
   */
  static Read parse(String value) {
    String v = value.strip();
    Matcher m = RANGE.matcher(v);
    if (m.find()) {
      Sizes.Size high = Sizes.parse(m.group("hi"));
      if (high != null) {
        String lowText =
            m.group("lo") + (m.group("lomult") == null ? "" : m.group("lomult")) + " " + high.unit;
        Sizes.Size low = Sizes.parse(lowText);
        if (low.tokens > high.tokens) {
          throw new IllegalArgumentException(
              "the low end of the range ("
                  + low.tokens
                  + " tokens) is above its high end ("
                  + high.tokens
                  + " tokens)");
        }
        String desc = Sizes.trimDescription(v.substring(0, m.start()));
        return new Read(desc, TokenCount.range(low.tokens, high.tokens, method(high.unit)));
      }
    }
    Sizes.Size size = Sizes.parse(v);
    return size == null ? null : new Read(size.description, tokenCount(size));
  }

  /** The token count of a point size, with the method of its unit. */
  static TokenCount tokenCount(Sizes.Size size) {
    return size.unit.equals("tokens")
        ? TokenCount.declared(size.tokens)
        : ImmutableTokenCount.builder()
            .tokens(size.tokens)
            .declared(true)
            .method(Sizes.method(size.unit))
            .build();
  }

  private static String method(String unit) {
    String m = Sizes.method(unit);
    return m.equals("declared") ? "declared as a range" : m + ", as a range";
  }
}
