package ai.cromus.core.internal.score;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.cromus.core.internal.text.FastPathsTest;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The substring pre-check of the vague-words rule never hides a match of its pattern. */
class VagueWordsTest {
  static LongStream seeds() {
    return FastPathsTest.seeds();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void preCheckAgreesWithThePattern(long seed) {
    Random r = new Random(seed);
    for (int i = 0; i < 100; i++) {
      String s = FastPathsTest.random(r);
      assertEquals(
          StructuralScorer.VAGUE.matcher(s).find(),
          StructuralScorer.vague(s),
          "seed " + seed + ", string " + i + ": '" + s + "'");
    }
  }
}
