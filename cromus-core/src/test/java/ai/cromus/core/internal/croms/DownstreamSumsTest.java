package ai.cromus.core.internal.croms;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The batched downstream sums equal a breadth-first walk per query, on seeded random graphs. */
class DownstreamSumsTest {
  static LongStream seeds() {
    return LongStream.rangeClosed(1, 40);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void equalsAWalkPerQuery(long seed) {
    Random r = new Random(seed);
    int n = 1 + r.nextInt(300);
    int[][] dependents = randomDag(r, n);
    BigDecimal[] amounts = new BigDecimal[n];
    boolean[] flags = new boolean[n];
    for (int i = 0; i < n; i++) {
      // up to 62 bits at the common scale of 18, so that totals spill past a long
      int scale = r.nextInt(19);
      long limit = (1L << 62) / BigDecimal.TEN.pow(18 - scale).longValueExact();
      amounts[i] =
          r.nextInt(5) == 0
              ? BigDecimal.ZERO
              : BigDecimal.valueOf((r.nextLong() >>> 1) % limit >>> r.nextInt(40), scale);
      flags[i] = r.nextInt(4) == 0;
    }
    int[] queries = r.ints(r.nextInt(200) + 1, 0, n).toArray();
    DownstreamSums sums = DownstreamSums.compute(dependents, amounts, flags, queries);
    assertNotNull(sums, "seed " + seed);
    for (int k = 0; k < queries.length; k++) {
      BigDecimal expected = BigDecimal.ZERO;
      boolean flagged = false;
      for (int d : walk(dependents, queries[k])) {
        expected = expected.add(amounts[d]);
        flagged |= flags[d];
      }
      assertEquals(0, expected.compareTo(sums.sums[k]), "seed " + seed + ", query " + k);
      assertEquals(flagged, sums.flagged[k], "seed " + seed + ", query " + k);
    }
  }

  @Test
  void aCycleIsLeftToTheCaller() {
    int[][] dependents = {{1}, {2}, {0}};
    BigDecimal[] amounts = {BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE};
    assertNull(DownstreamSums.compute(dependents, amounts, new boolean[3], new int[] {0}));
  }

  @Test
  void sumsBeyondALongStayExact() {
    int[][] dependents = {{1, 2}, {}, {}};
    BigDecimal big = new BigDecimal("4000000000000000000"); // 4e18: two of them pass Long.MAX_VALUE
    DownstreamSums sums =
        DownstreamSums.compute(
            dependents,
            new BigDecimal[] {BigDecimal.ZERO, big, big},
            new boolean[3],
            new int[] {0});
    assertEquals(new BigDecimal("8000000000000000000"), sums.sums[0]);
  }

  @Test
  void anAmountBeyond62BitsIsLeftToTheCaller() {
    int[][] dependents = {{1}, {}};
    BigDecimal[] amounts = {new BigDecimal("0.000000000000000001"), new BigDecimal("100")};
    assertNull(DownstreamSums.compute(dependents, amounts, new boolean[2], new int[] {0}));
  }

  @Test
  void exactAtTheLargestScale() {
    int[][] dependents = {{1, 2}, {}, {}};
    BigDecimal[] amounts = {
      BigDecimal.ZERO, new BigDecimal("0.1"), new BigDecimal("0.000000000000000002")
    };
    DownstreamSums sums =
        DownstreamSums.compute(
            dependents, amounts, new boolean[] {false, false, true}, new int[] {0, 1});
    assertEquals(new BigDecimal("0.100000000000000002"), sums.sums[0]);
    assertEquals(0, sums.sums[1].signum());
    assertArrayEquals(new boolean[] {true, false}, sums.flagged);
  }

  /** Edges only from lower to higher indices, shuffled labels: a DAG of any shape. */
  static int[][] randomDag(Random r, int n) {
    List<List<Integer>> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(new ArrayList<>());
    }
    int[] label = new int[n];
    for (int i = 0; i < n; i++) {
      label[i] = i;
    }
    for (int i = n - 1; i > 0; i--) {
      int j = r.nextInt(i + 1);
      int t = label[i];
      label[i] = label[j];
      label[j] = t;
    }
    for (int to = 1; to < n; to++) {
      int edges = r.nextInt(4);
      for (int e = 0; e < edges; e++) {
        int from = r.nextInt(to);
        out.get(label[from]).add(label[to]); // duplicates allowed, as in real workflows
      }
    }
    int[][] dependents = new int[n][];
    for (int i = 0; i < n; i++) {
      dependents[i] = out.get(i).stream().mapToInt(Integer::intValue).toArray();
    }
    return dependents;
  }

  static List<Integer> walk(int[][] dependents, int start) {
    boolean[] seen = new boolean[dependents.length];
    List<Integer> queue = new ArrayList<>();
    for (int d : dependents[start]) {
      if (!seen[d]) {
        seen[d] = true;
        queue.add(d);
      }
    }
    for (int h = 0; h < queue.size(); h++) {
      for (int d : dependents[queue.get(h)]) {
        if (!seen[d]) {
          seen[d] = true;
          queue.add(d);
        }
      }
    }
    return queue;
  }
}
