package ai.cromus.core.internal.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.cromus.core.catalog.Pricing;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Optional;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The cost of a plain call computed on longs equals the decimal computation, value and scale, alone
 * and times a factor (the expected calls), on seeded rates of every scale (negative ones and more
 * than 18 digits included) and token counts up to the overflow of a long; the seed is in every
 * failure message.
 */
class RatesPlainTest {
  static LongStream seeds() {
    return LongStream.rangeClosed(1, 40);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void longsGiveTheDecimalValueAndScale(long seed) {
    Random r = new Random(seed);
    for (int i = 0; i < 300; i++) {
      Rates rates = rates(r);
      long prompt = tokens(r);
      long output = tokens(r);
      BigDecimal expected = rates.plainInDecimals(prompt, output);
      BigDecimal actual = rates.plain(prompt, output, 0);
      String why =
          "seed "
              + seed
              + ", case "
              + i
              + ": "
              + rates.input
              + " / "
              + rates.output
              + " per million, "
              + prompt
              + " + "
              + output
              + " tokens";
      assertEquals(expected, actual, why);
      assertEquals(expected.toString(), actual.toString(), why);
    }
  }

  /** plainTimes gives plain × factor, value and scale, on long products and past them. */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void productOnLongsGivesTheDecimalProduct(long seed) {
    Random r = new Random(seed);
    for (int i = 0; i < 300; i++) {
      Rates rates = rates(r);
      long prompt = tokens(r);
      long output = tokens(r);
      long reasoning = r.nextBoolean() ? 0 : tokens(r) >> 2;
      BigDecimal factor = factor(r);
      BigDecimal expected = rates.plain(prompt, output, reasoning).multiply(factor);
      BigDecimal actual = rates.plainTimes(prompt, output, reasoning, factor, Rates.units(factor));
      String why =
          "seed "
              + seed
              + ", case "
              + i
              + ": "
              + rates.input
              + " / "
              + rates.output
              + " per million, "
              + prompt
              + " + "
              + output
              + " + "
              + reasoning
              + " tokens, times "
              + factor;
      assertEquals(expected, actual, why);
      assertEquals(expected.toString(), actual.toString(), why);
      // a factor not known as a long takes the decimal path, with the same result
      assertEquals(
          expected, rates.plainTimes(prompt, output, reasoning, factor, Rates.NO_UNITS), why);
    }
  }

  /** A product whose scale passes an int is never given a wrapped scale: BigDecimal refuses it. */
  @org.junit.jupiter.api.Test
  void productScaleBeyondAnIntIsRefusedAsBigDecimalRefusesIt() {
    Rates rates =
        Rates.of(
            Pricing.builder().input(new BigDecimal("3")).output(new BigDecimal("15")).build(),
            Optional.empty(),
            0,
            false,
            Optional.empty());
    BigDecimal factor = BigDecimal.valueOf(3, Integer.MAX_VALUE - 2);
    org.junit.jupiter.api.Assertions.assertThrows(
        ArithmeticException.class, () -> rates.plain(1000, 100, 0).multiply(factor));
    org.junit.jupiter.api.Assertions.assertThrows(
        ArithmeticException.class,
        () -> rates.plainTimes(1000, 100, 0, factor, Rates.units(factor)));
  }

  /** Expected calls: small whole numbers, sums of failure powers, and beyond a long. */
  private static BigDecimal factor(Random r) {
    switch (r.nextInt(4)) {
      case 0:
        return BigDecimal.valueOf(1 + r.nextInt(20));
      case 1:
        return new BigDecimal("1.0" + r.nextInt(1000))
            .multiply(BigDecimal.valueOf(1 + r.nextInt(5)));
      case 2:
        return new BigDecimal(new BigInteger(1 + r.nextInt(90), r), r.nextInt(30) - 4);
      default:
        return BigDecimal.valueOf(r.nextLong(), r.nextInt(20));
    }
  }

  /** Interactive rates from two seeded per-million prices. */
  private static Rates rates(Random r) {
    return Rates.of(
        Pricing.builder().input(rate(r)).output(rate(r)).build(),
        Optional.empty(),
        0,
        false,
        Optional.empty());
  }

  private static BigDecimal rate(Random r) {
    switch (r.nextInt(4)) {
      case 0:
        return BigDecimal.valueOf(r.nextInt(100_000), r.nextInt(7)); // like the catalog
      case 1:
        return new BigDecimal(new BigInteger(1 + r.nextInt(80), r), r.nextInt(25) - 3);
      case 2:
        return BigDecimal.valueOf(r.nextInt(50), -1 - r.nextInt(3)); // negative scale
      default:
        return BigDecimal.valueOf(Math.abs(r.nextLong()) / (1 + r.nextInt(1000)), r.nextInt(19));
    }
  }

  private static long tokens(Random r) {
    switch (r.nextInt(3)) {
      case 0:
        return r.nextInt(200_000);
      case 1:
        return (long) r.nextInt(1_000_000) * 1_000;
      default:
        return Math.abs(r.nextLong()) >> r.nextInt(40);
    }
  }
}
