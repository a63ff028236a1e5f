package ai.cromus.test;

import static org.apiguardian.api.API.Status.STABLE;

import ai.cromus.core.CompileResult;
import ai.cromus.core.score.ScoreDimension;
import ai.cromus.core.score.StructuralScore;
import ai.cromus.test.internal.Breakdown;
import java.util.Objects;
import org.apiguardian.api.API;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on the structural (AI-readiness) score. A failure lists each dimension and the
 * findings that cost points.
 */
@API(status = STABLE, since = "0.1")
public final class ScoreAssert extends AbstractAssert<ScoreAssert, StructuralScore> {
  private final CompileResult result;

  ScoreAssert(StructuralScore actual, CompileResult result) {
    super(actual, ScoreAssert.class);
    this.result = result;
  }

  /** Asserts the overall score is at least {@code min} (0 to 100). */
  public ScoreAssert isAtLeast(int min) {
    if (actual.overall() < min) {
      fail(
          "Expected the structural score to be at least "
              + min
              + " but was "
              + actual.overall()
              + ".");
    }
    return this;
  }

  /** Asserts the overall score is strictly above {@code min}. */
  public ScoreAssert isAbove(int min) {
    if (actual.overall() <= min) {
      fail(
          "Expected the structural score to be above "
              + min
              + " but was "
              + actual.overall()
              + ".");
    }
    return this;
  }

  /** Asserts one dimension's score is at least {@code min}. */
  public ScoreAssert dimensionIsAtLeast(ScoreDimension dimension, int min) {
    Objects.requireNonNull(dimension, "dimension must not be null");
    int score = actual.dimension(dimension).score();
    if (score < min) {
      fail(
          "Expected the "
              + dimension.id()
              + " score to be at least "
              + min
              + " but was "
              + score
              + ".");
    }
    return this;
  }

  private void fail(String message) {
    failWithMessage("%s", message + "\n\n" + Breakdown.forScore(result));
  }
}
