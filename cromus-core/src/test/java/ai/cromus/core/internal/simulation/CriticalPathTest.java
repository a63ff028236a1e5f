package ai.cromus.core.internal.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.cromus.core.internal.graph.RandomGraphs;
import ai.cromus.core.workflow.Workflow;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The microsecond walk of the critical path gives what the decimal walk gives, on seeded random
 * graphs with cycles, self-references, references to unknown steps and zero latencies, whether the
 * latencies come as a map by step id or as an array in step order; and the one-pass answers to "the
 * longest path with this step at zero" equal a walk per step.
 */
class CriticalPathTest {
  static LongStream seeds() {
    return LongStream.rangeClosed(1, 40);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void microsecondWalkEqualsDecimalWalk(long seed) {
    Random r = new Random(seed);
    int n = 1 + r.nextInt(60);
    Workflow wf = RandomGraphs.workflow(r, n, false);
    Map<String, BigDecimal> micros = new LinkedHashMap<>();
    Map<String, BigDecimal> sevenDecimals = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      BigDecimal l =
          r.nextInt(4) == 0
              ? BigDecimal.ZERO.setScale(6)
              : BigDecimal.valueOf(r.nextInt(50_000_000), 6);
      micros.put("s" + i, l);
      sevenDecimals.put("s" + i, l.setScale(7)); // not six decimals: the decimal walk
    }
    CriticalPath path = new CriticalPath(wf, micros.keySet());
    for (int z = -1; z < n; z++) {
      String zeroed = z < 0 ? null : "s" + z;
      BigDecimal fast = path.longest(micros, zeroed);
      BigDecimal exact = path.longest(sevenDecimals, zeroed);
      assertEquals(0, fast.compareTo(exact), "seed " + seed + ", zeroed " + zeroed);
      assertEquals(fast.signum() == 0 ? 0 : 6, fast.scale(), "seed " + seed);
    }
    // the same walks from arrays in step order, as the simulator's plans call them
    BigDecimal[] microsArray = micros.values().toArray(new BigDecimal[0]);
    BigDecimal[] sevenArray = sevenDecimals.values().toArray(new BigDecimal[0]);
    assertEquals(path.longest(micros), path.longest(microsArray), "seed " + seed);
    assertEquals(
        0, path.longest(sevenDecimals).compareTo(path.longest(sevenArray)), "seed " + seed);
    assertEquals(
        path.longest(micros), path.longest(micros), "seed " + seed + ", cached conversion");
  }

  static LongStream moreSeeds() {
    return LongStream.rangeClosed(1, 100);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("moreSeeds")
  void everyStepAtZeroInOnePassEqualsAWalkPerStep(long seed) {
    Random r = new Random(seed);
    Workflow wf = graph(r);
    int n = wf.steps().size();
    Map<String, BigDecimal> latency =
        latencies(r, n, () -> r.nextInt(r.nextBoolean() ? 10 : 50_000_000), 6);
    CriticalPath path = new CriticalPath(wf, latency.keySet());
    assertTrue(path.answersAtOnce(latency), "seed " + seed);
    CriticalPath reference = new CriticalPath(wf, latency.keySet());
    for (int z = 0; z < n; z++) {
      String zeroed = "s" + z;
      BigDecimal once = path.longest(latency, zeroed);
      BigDecimal walked = reference.walkZeroed(latency, zeroed);
      assertEquals(walked, once, "seed " + seed + ", " + n + " steps, zeroed " + zeroed);
    }
  }

  /**
   * The same questions asked with one latency per node (by position) give the answers of the map,
   * in one pass on whole microseconds and by walks on other decimals.
   */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("moreSeeds")
  void latencyByNodeAnswersAsTheMap(long seed) {
    Random r = new Random(seed);
    Workflow wf = graph(r);
    int n = wf.steps().size();
    boolean whole = r.nextBoolean();
    Map<String, BigDecimal> latency = latencies(r, n, () -> r.nextInt(50_000_000), whole ? 6 : 7);
    CriticalPath byMap = new CriticalPath(wf, latency.keySet());
    CriticalPath byNode = new CriticalPath(wf, latency.keySet());
    BigDecimal[] array = new BigDecimal[byNode.size()];
    for (int i = 0; i < array.length; i++) {
      array[i] = latency.get(byNode.id(i));
    }
    String why =
        "seed " + seed + ", " + n + " steps, " + (whole ? "microseconds" : "seven decimals");
    assertEquals(byMap.answersAtOnce(latency), byNode.answersAtOnce(array), why);
    // seven decimals are not whole microseconds, unless every latency is zero
    assertEquals(
        whole || latency.values().stream().allMatch(x -> x.signum() == 0),
        byNode.answersAtOnce(array),
        why);
    assertEquals(byMap.longest(latency), byNode.longest(array, -1), why);
    for (int z = r.nextInt(3); z < array.length; z += 1 + r.nextInt(3)) {
      assertEquals(
          byMap.longest(latency, byNode.id(z)),
          byNode.longest(array, z),
          why + ", zeroed " + byNode.id(z));
    }
  }

  /**
   * Steps s0..s(n-1): one in five at zero, the others {@code units()} at {@code scale} decimals.
   */
  static Map<String, BigDecimal> latencies(
      Random r, int n, java.util.function.IntSupplier units, int scale) {
    Map<String, BigDecimal> latency = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      latency.put(
          "s" + i,
          r.nextInt(5) == 0 ? BigDecimal.ZERO : BigDecimal.valueOf(units.getAsInt(), scale));
    }
    return latency;
  }

  /** A seeded graph of 1 to 12 or 1 to 200 steps s0, s1, ..., one in four with cycles. */
  static Workflow graph(Random r) {
    int n = 1 + r.nextInt(r.nextBoolean() ? 12 : 200);
    return RandomGraphs.workflow(r, n, r.nextInt(4) == 0);
  }
}
