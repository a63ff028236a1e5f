package ai.cromus.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The one bounded conversion of numbers written by users. */
class UserNumbersTest {
  @Test
  void plainAmountsKeepTheScaleTheyWereWrittenWith() {
    assertThat(UserNumbers.usdValue("0.020")).hasValue(new BigDecimal("0.020"));
    assertThat(UserNumbers.usdValue("$ 5")).hasValue(new BigDecimal("5"));
    assertThat(UserNumbers.usdValue("1,000.5")).hasValue(new BigDecimal("1000.5"));
    assertThat(UserNumbers.usdValue("1_000")).hasValue(new BigDecimal("1000"));
    assertThat(UserNumbers.usdValue(".5")).hasValue(new BigDecimal("0.5"));
    assertThat(UserNumbers.usdValue("0")).hasValue(BigDecimal.ZERO);
  }

  @Test
  void exponentsAreAcceptedOnlyWhenTheValueIsInRange() {
    assertThat(UserNumbers.usdValue("2.5e3")).hasValue(new BigDecimal("2500"));
    assertThat(UserNumbers.usdValue("5E-3")).hasValue(new BigDecimal("0.005"));
    assertThat(UserNumbers.usd("1e13").problem()).isEqualTo("is above 1,000,000,000,000");
    assertThat(UserNumbers.usd("1e-21").problem()).isEqualTo("has more than 20 decimal places");
    assertThat(UserNumbers.usd("0e-999999999").value()).hasValue(BigDecimal.ZERO);
  }

  /** The reproducers of issue 18.3: no hang, no OutOfMemoryError, no exception. */
  @Test
  void hugeExponentsAreRefusedAtOnce() {
    for (String s :
        new String[] {
          "1e99999999",
          "1e999999999",
          "1e-999999999",
          "1e9999999999",
          "-1e999999999",
          "1E+2147483648"
        }) {
      UserNumbers.Read r =
          Assertions.assertTimeoutPreemptively(Duration.ofSeconds(5), () -> UserNumbers.usd(s));
      assertThat(r.ok()).as(s).isFalse();
      assertThat(r.problem()).as(s).isNotBlank();
      assertThat(UserNumbers.whole(s, Long.MAX_VALUE).ok()).as(s).isFalse();
    }
  }

  @Test
  void digitGroupsAreThreesAndLeadingZerosAreAmbiguous() {
    assertThat(UserNumbers.whole("1,5", 100).problem()).contains("grouped in threes");
    assertThat(UserNumbers.whole("1,,,0", 100).ok()).isFalse();
    assertThat(UserNumbers.whole("12,000", 100_000).value()).hasValue(new BigDecimal(12_000));
    assertThat(UserNumbers.whole("010", 100).problem()).contains("leading zero");
    assertThat(UserNumbers.whole("0", 100).value()).hasValue(BigDecimal.ZERO);
  }

  @Test
  void wholeNumbersAreWhole() {
    assertThat(UserNumbers.wholeValue("2.0", 10)).hasValue(2);
    assertThat(UserNumbers.wholeValue("1e3", 1_000)).hasValue(1_000);
    assertThat(UserNumbers.whole("2.5", 10).problem()).isEqualTo("is not a whole number");
    assertThat(UserNumbers.whole("11", 10).problem()).isEqualTo("is above 10");
    assertThat(UserNumbers.whole("-1", 10).problem()).isEqualTo("is negative");
  }

  @Test
  void textThatIsNotANumberIsRefused() {
    for (String s :
        new String[] {"", " ", "abc", ".inf", ".nan", "0x1F", "1.2.3", "e5", "1e", "$"}) {
      assertThat(UserNumbers.usd(s).ok()).as("[%s]", s).isFalse();
    }
    assertThat(UserNumbers.usd("9".repeat(65)).problem()).contains("longer than 64");
  }

  static LongStream seeds() {
    return LongStream.rangeClosed(1, 40);
  }

  /** Whatever the text, the answer is a value in range with a bounded scale, or a reason. */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void everyTextGivesABoundedValueOrAReason(long seed) {
    Random r = new Random(seed);
    String alphabet = "0123456789.,_eE+-$ ";
    for (int i = 0; i < 500; i++) {
      StringBuilder sb = new StringBuilder();
      int n = 1 + r.nextInt(20);
      for (int j = 0; j < n; j++) {
        sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
      }
      String s = sb.toString();
      UserNumbers.Read read = UserNumbers.usd(s);
      if (read.ok()) {
        BigDecimal d = read.value().get();
        assertThat(d.signum()).as("seed %d [%s]", seed, s).isNotNegative();
        assertThat(d).as("seed %d [%s]", seed, s).isLessThanOrEqualTo(UserNumbers.MAX_USD);
        assertThat(d.scale()).as("seed %d [%s]", seed, s).isBetween(0, 64);
      } else {
        assertThat(read.problem()).as("seed %d [%s]", seed, s).isNotBlank();
      }
    }
  }
}
