package ai.cromus.export;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Coverage-guided: any title through every exporter must parse back verbatim. In a normal test run
 * this replays the seed corpus in {@code HostileTitleFuzzTestInputs/titlesStayData}; run with
 * {@code JAZZER_FUZZ=1} to fuzz.
 */
class HostileTitleFuzzTest {
  @FuzzTest(maxDuration = "60s")
  void titlesStayData(FuzzedDataProvider data) throws Exception {
    // JSON and YAML are parsed back in Java; the Python modules by HostileTitleTest (one python3
    // process per input would make fuzzing too slow to be useful)
    HostileText.check(data.consumeRemainingAsString(), null);
  }
}
