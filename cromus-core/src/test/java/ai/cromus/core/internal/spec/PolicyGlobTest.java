package ai.cromus.core.internal.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A policy's model globs: {@code *} for any run of characters, matched without backtracking. */
class PolicyGlobTest {
  @ParameterizedTest
  @CsvSource({
    "claude-*, claude-haiku-4-5, true",
    "claude-*, gpt-5, false",
    "*, anything, true",
    "*-mini, gpt-5-mini, true",
    "gpt-*-mini, gpt-5-mini, true",
    "gpt-*-mini, gpt-mini, false",
    "a*b*c, abc, true",
    "a*b*c, acb, false",
    "a*a, a, false",
    "a*a, aa, true",
    "exact, exact, true",
    "exact, exactly, false",
    "**, '', true",
    "a.b, axb, false"
  })
  void matchesAsAGlob(String glob, String name, boolean expected) {
    assertThat(PolicyChecker.globMatches(glob, name)).isEqualTo(expected);
  }

  @Test
  void manyStarsOnALongNameTakeNoTime() {
    String glob = "a*".repeat(30) + "b";
    String name = "a".repeat(100_000);
    // as a regular expression of .* per star this backtracks for longer than anyone waits
    assertThat(
            assertTimeoutPreemptively(
                Duration.ofSeconds(10), () -> PolicyChecker.globMatches(glob, name)))
        .isFalse();
  }
}
