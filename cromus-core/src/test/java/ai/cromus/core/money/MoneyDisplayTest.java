package ai.cromus.core.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Amounts for people (issue 17.9): the column's decimals, or two significant digits where those
 * decimals would hide the amount; never {@code $0.0000} for an amount that is not zero, never an
 * exponent.
 */
class MoneyDisplayTest {
  @ParameterizedTest(name = "{0} at {1} decimals is {2}")
  @CsvSource({
    "0.0000172, 4, $0.000017",
    "0.000017, 4, $0.000017",
    "0.000376592, 4, $0.00038",
    "0.0002, 4, $0.0002",
    "0.0228, 4, $0.0228",
    "0.007, 4, $0.0070",
    "0, 4, $0.0000",
    "-73.2199, 2, -$73.22",
    "1028.07, 2, $1028.07",
    "0.05, 2, $0.05",
    "0.0051, 2, $0.0051",
    "0.00999999, 4, $0.0100",
    "1E-20, 4, $0.00000000000000000001",
    "-0.0000172, 4, -$0.000017",
  })
  void showsTheColumnsDecimalsOrTwoSignificantDigits(String amount, int decimals, String shown) {
    assertThat(Money.usd(new BigDecimal(amount)).display(decimals)).isEqualTo(shown);
  }

  static LongStream seeds() {
    return LongStream.range(0, 200);
  }

  /** Seeded: the shown value is the amount rounded HALF_EVEN, never hides a non-zero amount. */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void neverHidesAnAmountNorPrintsAnExponent(long seed) {
    Random rnd = new Random(seed);
    BigDecimal a =
        BigDecimal.valueOf(rnd.nextLong() % 1_000_000_000L, rnd.nextInt(18)).add(BigDecimal.ZERO);
    int decimals = rnd.nextInt(7);
    String shown = Money.usd(a).display(decimals);
    String digits = shown.replace("-", "").replace("$", "");
    assertThat(shown).as("seed %d: %s", seed, a).doesNotContainIgnoringCase("e");
    BigDecimal back = new BigDecimal(digits);
    assertThat(back.scale()).as("seed %d", seed).isGreaterThanOrEqualTo(decimals);
    if (a.signum() != 0) {
      assertThat(back.signum()).as("seed %d: %s shown as %s", seed, a, shown).isPositive();
    }
    // exactly the amount rounded with the one rule to the decimals shown
    assertThat(back)
        .as("seed %d: %s shown as %s", seed, a, shown)
        .isEqualTo(a.abs().setScale(back.scale(), RoundingMode.HALF_EVEN));
  }
}
