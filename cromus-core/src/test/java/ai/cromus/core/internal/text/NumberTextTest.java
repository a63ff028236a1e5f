package ai.cromus.core.internal.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The one reader of numbers written as text: what it reads, and what it refuses and why. */
class NumberTextTest {
  @ParameterizedTest
  @CsvSource({
    "0, 0",
    "7, 7",
    "900, 900",
    "1200, 1200",
    "'1,200', 1200",
    "1_200, 1200",
    "'12,345,678', 12345678",
    "0.05, 0.05",
    "'1,234.50', 1234.50",
    "' 42 ', 42"
  })
  void readsNumbersAsPeopleWriteThem(String text, String expected) {
    assertThat(NumberText.decimal(text).toPlainString()).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"1,5", "1,,,0", "1,5000", "12,34", "1_5", "1,000_000", "1,"})
  void refusesSeparatorsThatDoNotGroupThreeDigits(String text) {
    assertThatThrownBy(() -> NumberText.decimal(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ambiguous");
  }

  @ParameterizedTest
  @ValueSource(strings = {"010", "00", "007.5", "0,100"})
  void refusesALeadingZero(String text) {
    assertThatThrownBy(() -> NumberText.decimal(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("leading zero");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "-1", "+1", "1e3", "1.2.3", "abc", "1 000", "٣", "1.", ".5", ",100"})
  void refusesWhatIsNotANumber(String text) {
    assertThatThrownBy(() -> NumberText.decimal(text)).isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"1234567890123456789", "0.1234567890123456789"})
  void refusesMoreDigitsThanItReads(String text) {
    assertThatThrownBy(() -> NumberText.decimal(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("digits");
  }

  @ParameterizedTest
  @CsvSource({"'1,000', 1000, 1000", "5, 10, 5"})
  void readsWholeNumbersUpToALimit(String text, long max, long expected) {
    assertThat(NumberText.whole(text, max)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"1.5, 10", "11, 10"})
  void refusesWholeNumbersOutOfRange(String text, long max) {
    assertThatThrownBy(() -> NumberText.whole(text, max))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
