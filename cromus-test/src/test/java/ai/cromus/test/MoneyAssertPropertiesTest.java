package ai.cromus.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.cromus.core.CompileResult;
import ai.cromus.core.money.Money;
import ai.cromus.core.simulation.CostMode;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Random;
import java.util.TimeZone;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seeded properties: a money assertion passes exactly when the exact comparison holds, whatever the
 * scale of either side, and its failure message does not depend on the locale.
 */
class MoneyAssertPropertiesTest {
  static Stream<Long> seeds() {
    return LongStream.range(0, 200).mapToObj(i -> 0xC0FFEEL + i * 104_729);
  }

  private static BigDecimal amount(Random r) {
    // 0 to 10 dollars with 0 to 12 decimals; sometimes the same value at another scale
    return BigDecimal.valueOf(r.nextInt(10_000_000), r.nextInt(13));
  }

  private static boolean passes(Runnable assertion) {
    try {
      assertion.run();
      return true;
    } catch (AssertionError e) {
      return false;
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void assertionsAgreeWithExactComparison(long seed) {
    Random r = new Random(seed);
    BigDecimal a = amount(r);
    BigDecimal b = r.nextInt(4) == 0 ? a.setScale(a.scale() + 1 + r.nextInt(3)) : amount(r);
    int cmp = a.compareTo(b);
    Money actual = Money.usd(a);
    String limit = b.toPlainString();
    assertThat(passes(() -> CromusAssertions.assertThat(actual).isAtMost(limit)))
        .as("seed %d: %s <= %s", seed, a, b)
        .isEqualTo(cmp <= 0);
    assertThat(passes(() -> CromusAssertions.assertThat(actual).isLessThan(b)))
        .as("seed %d: %s < %s", seed, a, b)
        .isEqualTo(cmp < 0);
    assertThat(passes(() -> CromusAssertions.assertThat(actual).isAtLeast(limit)))
        .as("seed %d: %s >= %s", seed, a, b)
        .isEqualTo(cmp >= 0);
    assertThat(passes(() -> CromusAssertions.assertThat(actual).isEqualTo(limit)))
        .as("seed %d: %s == %s", seed, a, b)
        .isEqualTo(cmp == 0);
  }

  @Test
  void failureMessagesAreTheSameInEveryLocaleAndTimeZone() {
    CompileResult r = Results.result("0.0012345", "0.07");
    Locale locale = Locale.getDefault();
    TimeZone zone = TimeZone.getDefault();
    try {
      String[] messages = new String[3];
      String[][] settings = {
        {"en-US", "UTC"}, {"de-DE", "Europe/Berlin"}, {"ar-EG", "Asia/Kolkata"}
      };
      for (int i = 0; i < settings.length; i++) {
        Locale.setDefault(Locale.forLanguageTag(settings[i][0]));
        TimeZone.setDefault(TimeZone.getTimeZone(settings[i][1]));
        try {
          CromusAssertions.assertThat(r).costPerRun(CostMode.BALANCED).isAtMost("0.05");
        } catch (AssertionError e) {
          messages[i] = e.getMessage();
        }
      }
      assertThat(messages[0]).contains("$0.0712 (exact 0.0712345)");
      assertThat(messages[1]).isEqualTo(messages[0]);
      assertThat(messages[2]).isEqualTo(messages[0]);
    } finally {
      Locale.setDefault(locale);
      TimeZone.setDefault(zone);
    }
  }

  @Test
  void theAmountAssertionOnItsOwnHasNoBreakdown() {
    assertThatThrownBy(() -> CromusAssertions.assertThat(Money.usd("0.2")).isLessThan("0.1"))
        .hasMessage("Expected the amount to be less than $0.1000 but was $0.2000, $0.1000 over.");
  }
}
