package ai.cromus.core.internal.graph;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link Edges#reverse} equals the reverse built edge by edge in lists: repeated edges, self edges
 * and missing nodes (negative entries) included. Seeded; the seed is in every message.
 */
class EdgesTest {
  static LongStream seeds() {
    return LongStream.rangeClosed(1, 60);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void reverseEqualsTheReverseBuiltEdgeByEdge(long seed) {
    Random r = new Random(seed);
    int n = r.nextInt(50);
    int[][] edges = new int[n][];
    List<List<Integer>> expected = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      expected.add(new ArrayList<>());
    }
    for (int i = 0; i < n; i++) {
      edges[i] = new int[r.nextInt(5)];
      for (int k = 0; k < edges[i].length; k++) {
        edges[i][k] = r.nextInt(6) == 0 ? -1 : r.nextInt(n);
      }
    }
    for (int i = 0; i < n; i++) {
      for (int j : edges[i]) {
        if (j >= 0) {
          expected.get(j).add(i);
        }
      }
    }
    int[][] reversed = Edges.reverse(edges);
    for (int j = 0; j < n; j++) {
      assertArrayEquals(
          expected.get(j).stream().mapToInt(Integer::intValue).toArray(),
          reversed[j],
          "seed " + seed + ", node " + j);
    }
  }
}
