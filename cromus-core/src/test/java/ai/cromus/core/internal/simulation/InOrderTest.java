package ai.cromus.core.internal.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link Simulator.InOrder} answers as the map does, whatever order the keys are asked in: in the
 * map's order (the walk), with keys missing from the map in between, repeated, or shuffled. Seeded;
 * the seed is in every failure message.
 */
class InOrderTest {
  static LongStream seeds() {
    return LongStream.rangeClosed(1, 60);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void answersAsTheMap(long seed) {
    Random r = new Random(seed);
    Map<String, Integer> map = new LinkedHashMap<>();
    List<String> universe = new ArrayList<>();
    int n = r.nextInt(40);
    for (int i = 0; i < n; i++) {
      String id = "s" + r.nextInt(60);
      universe.add(id);
      if (r.nextInt(4) > 0) {
        map.put(id, i);
      }
    }
    // the asked keys: the universe in order, with random drops, repeats and swaps
    List<String> asked = new ArrayList<>();
    for (String id : universe) {
      int what = r.nextInt(10);
      if (what == 0) {
        continue;
      }
      asked.add(what == 1 ? "missing" + r.nextInt(3) : id);
      if (what == 2) {
        asked.add(id);
      }
    }
    if (r.nextBoolean() && asked.size() > 1) {
      java.util.Collections.swap(asked, r.nextInt(asked.size()), r.nextInt(asked.size()));
    }
    Simulator.InOrder<Integer> inOrder = new Simulator.InOrder<>(map);
    for (int i = 0; i < asked.size(); i++) {
      assertEquals(
          map.get(asked.get(i)),
          inOrder.get(asked.get(i)),
          "seed " + seed + ", lookup " + i + " of " + asked + " in " + map);
    }
  }
}
