package ai.cromus.core.internal.croms;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;

/**
 * For many steps at once, the exact sum of a per-step amount over every step downstream of it, and
 * whether a flagged step (a model step) is among them: what a breadth-first walk per step gives, in
 * O(queries / 64 × (steps + edges) + Σ downstream sizes) with long arithmetic instead of O(queries
 * × (steps + edges)) walks with {@code BigDecimal} additions.
 *
 * <p>Each pass takes 64 queries and propagates a 64-bit mask of "downstream of query i" along the
 * dependency edges in topological order. Amounts are added as exact integers at the largest scale
 * among them (a total that reaches 2^62 spills into a {@code BigInteger}). {@link #compute} returns
 * null when that is not possible (a cycle in the graph, or an amount beyond 62 bits at that scale);
 * the caller then walks step by step.
 */
final class DownstreamSums {
  private static final long SPILL = 1L << 62;

  /** The exact sum per query, in query order. */
  final BigDecimal[] sums;

  /** Whether a flagged step is downstream of each query. */
  final boolean[] flagged;

  private DownstreamSums(BigDecimal[] sums, boolean[] flagged) {
    this.sums = sums;
    this.flagged = flagged;
  }

  /**
   * @param dependents for each step, the steps that depend on it directly
   * @param amounts the amount of each step (non-negative)
   * @param flags the flagged steps
   * @param queries the steps whose downstream sums are wanted
   */
  static DownstreamSums compute(
      int[][] dependents, BigDecimal[] amounts, boolean[] flags, int[] queries) {
    int n = dependents.length;
    int[] order = topologicalOrder(dependents);
    if (order == null) {
      return null;
    }
    int scale = 0;
    for (BigDecimal a : amounts) {
      scale = Math.max(scale, a.scale());
    }
    long[] units = new long[n];
    for (int i = 0; i < n; i++) {
      BigInteger u = amounts[i].setScale(scale).unscaledValue();
      if (u.bitLength() > 62 || u.signum() < 0) {
        return null;
      }
      units[i] = u.longValue();
    }
    long[] totals = new long[queries.length];
    BigInteger[] spilled = new BigInteger[queries.length];
    boolean[] flagged = new boolean[queries.length];
    long[] down = new long[n];
    long[] self = new long[n];
    for (int base = 0; base < queries.length; base += 64) {
      int count = Math.min(64, queries.length - base);
      Arrays.fill(down, 0L);
      Arrays.fill(self, 0L);
      for (int k = 0; k < count; k++) {
        self[queries[base + k]] |= 1L << k;
      }
      long flaggedMask = 0;
      for (int v : order) {
        long mask = down[v];
        if (mask != 0) {
          if (flags[v]) {
            flaggedMask |= mask;
          }
          long u = units[v];
          if (u != 0) {
            for (long m = mask; m != 0; m &= m - 1) {
              int k = base + Long.numberOfTrailingZeros(m);
              long t = totals[k] + u; // both below 2^62: no overflow
              if (t >= SPILL) {
                spilled[k] =
                    spilled[k] == null
                        ? BigInteger.valueOf(t)
                        : spilled[k].add(BigInteger.valueOf(t));
                t = 0;
              }
              totals[k] = t;
            }
          }
        }
        long out = mask | self[v];
        if (out != 0) {
          for (int d : dependents[v]) {
            down[d] |= out;
          }
        }
      }
      for (int k = 0; k < count; k++) {
        flagged[base + k] = (flaggedMask & (1L << k)) != 0;
      }
    }
    BigDecimal[] sums = new BigDecimal[queries.length];
    for (int k = 0; k < queries.length; k++) {
      sums[k] =
          spilled[k] == null
              ? BigDecimal.valueOf(totals[k], scale)
              : new BigDecimal(spilled[k].add(BigInteger.valueOf(totals[k])), scale);
    }
    return new DownstreamSums(sums, flagged);
  }

  /** Kahn's order of the graph, or null when it has a cycle. */
  static int[] topologicalOrder(int[][] dependents) {
    int n = dependents.length;
    int[] indegree = new int[n];
    for (int[] ds : dependents) {
      for (int d : ds) {
        indegree[d]++;
      }
    }
    int[] order = new int[n];
    int tail = 0;
    for (int i = 0; i < n; i++) {
      if (indegree[i] == 0) {
        order[tail++] = i;
      }
    }
    for (int head = 0; head < tail; head++) {
      for (int d : dependents[order[head]]) {
        if (--indegree[d] == 0) {
          order[tail++] = d;
        }
      }
    }
    return tail == n ? order : null;
  }
}
