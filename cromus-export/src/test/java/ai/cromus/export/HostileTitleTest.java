package ai.cromus.export;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Known hostile titles, and seeded random ones, through every exporter; python3 parses all the
 * generated modules of a test in one process.
 */
class HostileTitleTest {
  @Test
  void knownHostileTitlesStayData() throws Exception {
    HostileText.PythonBatch batch = new HostileText.PythonBatch();
    for (String title : HostileText.TITLES) {
      HostileText.check(title, batch);
    }
    batch.run();
  }

  @Test
  void randomHostileTitlesStayData() throws Exception {
    HostileText.PythonBatch batch = new HostileText.PythonBatch();
    for (int i = 1; i <= 12; i++) {
      long seed = 7919L * i;
      String title = HostileText.random(new Random(seed));
      try {
        HostileText.check(title, batch);
      } catch (AssertionError | RuntimeException e) {
        throw new AssertionError("seed " + seed + ": " + e.getMessage(), e);
      }
    }
    batch.run();
  }
}
