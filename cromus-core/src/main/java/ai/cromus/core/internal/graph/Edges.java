package ai.cromus.core.internal.graph;

/** Helpers for graphs held as int arrays: node {@code i}'s edges are {@code edges[i]}. */
public final class Edges {
  private static final int[] NONE = new int[0];

  private Edges() {}

  /**
   * The reverse of {@code edges}: for each node, the nodes with an edge to it, in ascending order
   * of those nodes (one entry per edge, so a repeated edge appears twice). Negative entries of
   * {@code edges} (no such node) are skipped.
   */
  public static int[][] reverse(int[][] edges) {
    int n = edges.length;
    int[] count = new int[n];
    for (int[] out : edges) {
      for (int j : out) {
        if (j >= 0) {
          count[j]++;
        }
      }
    }
    int[][] reversed = new int[n][];
    for (int j = 0; j < n; j++) {
      reversed[j] = count[j] == 0 ? NONE : new int[count[j]];
    }
    int[] fill = new int[n];
    for (int i = 0; i < n; i++) {
      for (int j : edges[i]) {
        if (j >= 0) {
          reversed[j][fill[j]++] = i;
        }
      }
    }
    return reversed;
  }
}
