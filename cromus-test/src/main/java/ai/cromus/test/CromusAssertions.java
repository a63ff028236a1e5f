package ai.cromus.test;

import static org.apiguardian.api.API.Status.STABLE;

import ai.cromus.core.CompileResult;
import ai.cromus.core.money.Money;
import org.apiguardian.api.API;
import org.assertj.core.api.Assertions;

/**
 * Entry point of the Cromus assertions, to be imported statically next to (or instead of) AssertJ's
 * {@link Assertions#assertThat}:
 *
 * <pre>{@code
 * import static ai.cromus.test.CromusAssertions.assertThat;
 *
 * assertThat(result).passes();
 * assertThat(result).costPerRun(CostMode.BALANCED).isAtMost("0.05");
 * assertThat(result).hasNoDiagnosticsAtOrAbove(Severity.WARNING);
 * }</pre>
 */
@API(status = STABLE, since = "0.1")
public final class CromusAssertions {
  private CromusAssertions() {}

  /** Assertions on a compile result. */
  public static CompileResultAssert assertThat(CompileResult actual) {
    return new CompileResultAssert(actual);
  }

  /** Assertions on an exact amount of dollars. */
  public static MoneyAssert assertThat(Money actual) {
    return new MoneyAssert(actual, "the amount", () -> "");
  }
}
