package ai.cromus.core.internal.parse;

import ai.cromus.core.internal.UserNumbers;
import ai.cromus.core.workflow.ImmutableStep;
import java.math.BigDecimal;
import java.util.OptionalLong;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The annotations of agent loops and fees (docs/sop-format.md): {@code turns:}, {@code
 * tool_result:}, {@code fee:} and {@code tool_fee:}. Every pattern is linear in the value.
 */
final class LoopAnnotations {
  /** The most turns a loop may declare. */
  static final int MAX_TURNS = 1_000;

  /** A bound on turns: {@code 5}, {@code ~5}, {@code about 5}, {@code up to 5 turns}. */
  private static final Pattern TURNS =
      Pattern.compile(
          "(?:~\\s*+|≈\\s*+|about\\s++|up\\s++to\\s++|at\\s++most\\s++|max(?:imum)?+\\.?+\\s++)?+"
              + "(?<n>\\d[\\d,_]*+)(?:\\s*+(?:turns?|calls?|rounds?|iterations?))?+",
          Pattern.CASE_INSENSITIVE);

  /** What says that a loop has no bound: {@code until done}, {@code unbounded}, {@code open}. */
  private static final Pattern UNBOUNDED =
      Pattern.compile(
          "until\\s++.*+|unbounded|unlimited|open(?:-ended)?+|as\\s++many\\s++as\\s++needed",
          Pattern.CASE_INSENSITIVE);

  /** A fee: {@code $0.01 per call}, {@code 0.005/call}, {@code $10 per 1,000 calls}. */
  private static final Pattern FEE =
      Pattern.compile(
          "(?<usd>(?<![\\d,_.$])\\$?+\\d[\\d,_]*+(?:\\.\\d++)?+)\\s*+(?:(?:usd\\s*+)?+(?:per|/|an?|each)\\s*+"
              + "(?<per>\\d[\\d,_]*+\\s*+)?+(?:calls?|requests?|search(?:es)?+|quer(?:y|ies)"
              + "|uses?|turns?))?+",
          Pattern.CASE_INSENSITIVE);

  private LoopAnnotations() {}

  /** {@code turns:} a whole number from 1 to {@value #MAX_TURNS}, or words that say unbounded. */
  static boolean turns(AnnotationValue a) {
    if (UNBOUNDED.matcher(a.value()).matches()) {
      a.step().unboundedTurns(true);
      return true;
    }
    Matcher m = TURNS.matcher(a.value());
    if (!m.matches()) {
      return a.bad("a number of turns from 1 to 1,000 ('5', '~5'), or 'until done'");
    }
    OptionalLong n = UserNumbers.wholeValue(m.group("n"), MAX_TURNS);
    if (n.isEmpty() || n.getAsLong() < 1) {
      return a.bad("a number of turns from 1 to 1,000 ('5', '~5'), or 'until done'");
    }
    a.step().turns((int) n.getAsLong());
    return true;
  }

  /** {@code tool_result:} the tokens a tool result appends per turn (a size or a range). */
  static boolean toolResult(AnnotationValue a) {
    SizeRanges.Read size = SizeRanges.parse(a.value());
    if (size == null) {
      return a.bad("a size such as '800 tokens' or '500–1,500 tokens'");
    }
    a.step().toolResultTokens(size.tokens());
    return true;
  }

  /** {@code fee:} and {@code tool_fee:}: US dollars per call. */
  static AnnotationHandler fee(BiConsumer<ImmutableStep.Builder, BigDecimal> set) {
    return a -> {
      Matcher m = FEE.matcher(a.value());
      String expected = "an amount per call such as '$0.01 per call' or '$10 per 1,000 calls'";
      if (!m.matches()) {
        return a.bad(expected);
      }
      UserNumbers.Read usd = UserNumbers.usd(m.group("usd"));
      if (!usd.ok()) {
        return a.bad(expected + " (the amount " + usd.problem() + ")");
      }
      BigDecimal perCall = usd.value().get();
      if (m.group("per") != null) {
        OptionalLong calls = UserNumbers.wholeValue(m.group("per").strip(), 1_000_000_000L);
        if (calls.isEmpty() || calls.getAsLong() < 1) {
          return a.bad(expected);
        }
        perCall =
            UserNumbers.canonical(
                perCall.divide(
                    BigDecimal.valueOf(calls.getAsLong()), java.math.MathContext.DECIMAL64));
      }
      set.accept(a.step(), perCall);
      return true;
    };
  }
}
