package ai.cromus.core.internal.simulation.latency;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.cromus.core.internal.graph.RandomGraphs;
import ai.cromus.core.workflow.Step;
import ai.cromus.core.workflow.StepKind;
import ai.cromus.core.workflow.Workflow;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The critical path: the longest path of an acyclic graph; on graphs with cycles, self-references,
 * references to unknown steps and repeated ids, a walk that ends; and the one-pass answers to "the
 * longest path with this step at zero" equal a walk per step. Seeded; the seed is in every failure
 * message.
 */
class CriticalPathTest {
  static LongStream seeds() {
    return LongStream.rangeClosed(1, 100);
  }

  @Test
  void parallelBranchesTakeTheLongerOne() {
    // a → b → d and a → c → d: the path through the slower of b and c
    Workflow wf =
        Workflow.builder()
            .name("w")
            .addSteps(step("a"), step("b", "a"), step("c", "a"), step("d", "b", "c"))
            .build();
    CriticalPath path = CriticalPath.of(wf);
    assertEquals(List.of("a", "b", "c", "d"), path.ids());
    List<BigDecimal> latency = List.of(d("1"), d("2"), d("5"), d("1"));
    assertEquals(d("7"), path.longest(latency));
    assertEquals(List.of(d("6"), d("7"), d("4"), d("6")), path.longestWithEachAtZero(latency));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void longestPathOfAnAcyclicGraph(long seed) {
    Random r = new Random(seed);
    int n = 1 + r.nextInt(r.nextBoolean() ? 12 : 200);
    List<Step> steps = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      List<String> deps = new ArrayList<>();
      for (int k = 0, m = i == 0 ? 0 : r.nextInt(4); k < m; k++) {
        deps.add("s" + r.nextInt(i));
      }
      steps.add(step("s" + i, deps.toArray(new String[0])));
    }
    List<BigDecimal> latency = latencies(r, n);
    // steps depend only on earlier ones: the longest path ending at each, in step order
    BigDecimal[] to = new BigDecimal[n];
    BigDecimal longest = BigDecimal.ZERO;
    for (int i = 0; i < n; i++) {
      BigDecimal start = BigDecimal.ZERO;
      for (String dep : steps.get(i).dependsOn()) {
        start = start.max(to[Integer.parseInt(dep.substring(1))]);
      }
      to[i] = start.add(latency.get(i) == null ? BigDecimal.ZERO : latency.get(i));
      longest = longest.max(to[i]);
    }
    Workflow wf = Workflow.builder().name("w").addAllSteps(steps).build();
    assertEquals(0, longest.compareTo(CriticalPath.of(wf).longest(latency)), "seed " + seed);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void everyStepAtZeroInOnePassEqualsAWalkPerStep(long seed) {
    Random r = new Random(seed);
    int n = 1 + r.nextInt(r.nextBoolean() ? 12 : 200);
    Workflow wf = RandomGraphs.workflow(r, n, r.nextInt(4) == 0);
    CriticalPath path = CriticalPath.of(wf);
    List<BigDecimal> latency = latencies(r, path.ids().size());
    List<BigDecimal> once = path.longestWithEachAtZero(latency);
    for (int v = 0; v < latency.size(); v++) {
      List<BigDecimal> zeroed = new ArrayList<>(latency);
      zeroed.set(v, BigDecimal.ZERO);
      assertEquals(
          0,
          path.longest(zeroed).compareTo(once.get(v)),
          "seed " + seed + ", " + n + " steps, zeroed " + path.ids().get(v));
    }
  }

  /** One in five at zero (some of them null), the others up to 50 s in microseconds. */
  static List<BigDecimal> latencies(Random r, int n) {
    List<BigDecimal> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int pick = r.nextInt(10);
      out.add(
          pick == 0
              ? null
              : pick == 1 ? BigDecimal.ZERO : BigDecimal.valueOf(r.nextInt(50_000_000), 6));
    }
    return out;
  }

  static Step step(String id, String... after) {
    return Step.builder().id(id).title(id).kind(StepKind.TOOL).addDependsOn(after).build();
  }

  static BigDecimal d(String s) {
    return new BigDecimal(s);
  }
}
