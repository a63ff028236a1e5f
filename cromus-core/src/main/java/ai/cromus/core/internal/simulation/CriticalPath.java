package ai.cromus.core.internal.simulation;

import ai.cromus.core.workflow.Step;
import ai.cromus.core.workflow.Workflow;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The dependency graph of a workflow as int arrays, built once and evaluated for many latency maps
 * over the same key set (the Croms "what if this step were gone" questions). Gives exactly the
 * figures of the original map-based longest-path walk: same edges (dependencies that are keys of
 * the latency map, not the step itself, distinct), same FIFO order, same cycle release (the first
 * unfinished step in source order).
 *
 * <p>Not thread-safe (it keeps the last latency map it converted): one instance per compile. A
 * latency map must not change between calls.
 */
public final class CriticalPath {
  private final String[] ids;

  /** The node of each step id. */
  private final Map<String, Integer> index;

  /**
   * Dependencies of each node: a node index, or -1 for a key of the latency map that is no step.
   */
  private final int[][] deps;

  /** The nodes that depend on each node, in the order the edges were added. */
  private final int[][] next;

  private final int[] indegree;

  /** The finishing order of the walk (see {@link #order()}), computed on first use. */
  private int[] order;

  /**
   * The latency map or array last converted to microseconds, and its conversion (an instance is
   * used by one thread).
   */
  private Object microsOf;

  private long[] micros;

  /** For each node, the longest path of {@link #microsOf} with that node at zero; on first use. */
  private long[] zeroedMicros;

  /** Latencies are rounded to six decimals (microseconds). */
  private static final int MICROS = 6;

  /** Builds the graph of {@code workflow} with the edges whose dependency is in {@code keys}. */
  public CriticalPath(Workflow workflow, Set<String> keys) {
    List<Step> steps = workflow.steps();
    index = new HashMap<>(steps.size() * 2);
    List<Step> first = new ArrayList<>(steps.size());
    for (Step s : steps) {
      if (index.putIfAbsent(s.id(), first.size()) == null) {
        first.add(s);
      }
    }
    int n = first.size();
    ids = new String[n];
    deps = new int[n][];
    indegree = new int[n];
    for (int i = 0; i < n; i++) {
      Step s = first.get(i);
      ids[i] = s.id();
      List<String> ds = s.dependsOn();
      int[] out = new int[ds.size()];
      int k = 0;
      List<String> taken = ds.size() > 1 ? new ArrayList<>(ds.size()) : null;
      for (String d : ds) {
        if (!keys.contains(d) || d.equals(s.id())) {
          continue;
        }
        if (taken != null) {
          if (taken.contains(d)) {
            continue;
          }
          taken.add(d);
        }
        Integer j = index.get(d);
        out[k++] = j == null ? -1 : j;
      }
      deps[i] = k == out.length ? out : Arrays.copyOf(out, k);
      indegree[i] = k;
    }
    next = ai.cromus.core.internal.graph.Edges.reverse(deps);
  }

  /** The longest path, each step weighted by its latency in {@code latency} (absent: zero). */
  public BigDecimal longest(Map<String, BigDecimal> latency) {
    return longest(latency, null);
  }

  /**
   * The longest path, each node weighted by its latency in {@code latency}: one per node, in the
   * order of the first occurrence of each step id (null: zero).
   */
  public BigDecimal longest(BigDecimal[] latency) {
    checkSize(latency);
    long[] micros = micros(latency);
    return micros != null ? walk(micros, -1) : walk(latency, -1);
  }

  /**
   * The longest path with the latency of step {@code zeroed} taken as zero. On whole microseconds,
   * the first question about a map answers it for every step at once ({@link #everyZeroed}); later
   * questions about the same map cost a lookup.
   */
  public BigDecimal longest(Map<String, BigDecimal> latency, String zeroed) {
    long[] micros = converted(latency);
    return longest(micros, micros == null ? weights(latency) : null, node(zeroed));
  }

  /**
   * {@link #longest(Map, String)} with one latency per node, in the order of the first occurrence
   * of each step id, and the node to take as zero ({@code -1}: none).
   */
  public BigDecimal longest(BigDecimal[] latency, int zeroed) {
    checkSize(latency);
    return longest(converted(latency), latency, zeroed);
  }

  private BigDecimal longest(long[] micros, BigDecimal[] weights, int zeroed) {
    if (micros == null) {
      return walk(weights, zeroed);
    }
    if (zeroed < 0) {
      return walk(micros, -1);
    }
    if (zeroedMicros == null) {
      zeroedMicros = everyZeroed(micros);
    }
    return decimal(zeroedMicros[zeroed]);
  }

  /** The number of nodes: one per distinct step id. */
  public int size() {
    return ids.length;
  }

  /** The step id of each node, in the order of the first occurrence of each id. */
  public String id(int node) {
    return ids[node];
  }

  /**
   * Whether {@link #longest(Map, String)} answers every what-if question about {@code latency} in
   * one pass (its latencies are whole microseconds), so that asking about every step costs O((steps
   * + edges) log steps) in all.
   */
  public boolean answersAtOnce(Map<String, BigDecimal> latency) {
    return converted(latency) != null;
  }

  /** {@link #answersAtOnce(Map)} for one latency per node. */
  public boolean answersAtOnce(BigDecimal[] latency) {
    checkSize(latency);
    return converted(latency) != null;
  }

  /** The latencies of {@code latency} in whole microseconds (or null), converted once per map. */
  private long[] converted(Map<String, BigDecimal> latency) {
    if (latency != microsOf) {
      microsOf = latency;
      micros = micros(weights(latency));
      zeroedMicros = null;
    }
    return micros;
  }

  /** {@link #converted(Map)} for one latency per node. */
  private long[] converted(BigDecimal[] latency) {
    if (latency != microsOf) {
      microsOf = latency;
      micros = micros(latency);
      zeroedMicros = null;
    }
    return micros;
  }

  private void checkSize(BigDecimal[] latency) {
    if (latency.length != ids.length) {
      throw new IllegalArgumentException(
          "one latency per step: " + latency.length + " for " + ids.length);
    }
  }

  private static BigDecimal decimal(long micros) {
    return micros == 0 ? BigDecimal.ZERO : BigDecimal.valueOf(micros, MICROS);
  }

  /**
   * For every node v, what {@link #walk(long[], int)} gives with v's latency taken as zero, in one
   * pass. The walk ignores an edge whose dependency comes later in {@link #order()} (a cycle), so
   * it measures paths of the DAG of the other edges, in that order. A path that avoids v lies
   * wholly before v's position, wholly after it, or crosses it on exactly one edge (a, b) with a
   * before v and b after: its length is at most to(a) + from(b), the longest path ending at a plus
   * the longest starting at b. A path through v, with v at zero, is to(v) + from(v) − 2·w(v).
   * Crossing edges are spread over the positions they cross with a segment tree of maxima.
   */
  private long[] everyZeroed(long[] w) {
    int n = ids.length;
    int[] order = order();
    int[] pos = new int[n];
    for (int p = 0; p < n; p++) {
      pos[order[p]] = p;
    }
    long[] to = new long[n];
    for (int v : order) {
      long start = 0;
      for (int d : deps[v]) {
        if (d >= 0 && pos[d] < pos[v]) {
          start = Math.max(start, to[d]);
        }
      }
      to[v] = start + w[v];
    }
    long[] from = new long[n];
    for (int p = n - 1; p >= 0; p--) {
      int v = order[p];
      long rest = 0;
      for (int m : next[v]) {
        if (pos[m] > p) {
          rest = Math.max(rest, from[m]);
        }
      }
      from[v] = rest + w[v];
    }
    // crossing[size + p]: the longest path over an edge that jumps over position p
    int size = Integer.highestOneBit(Math.max(1, n - 1)) << 1;
    long[] crossing = new long[2 * size];
    for (int b = 0; b < n; b++) {
      for (int a : deps[b]) {
        if (a >= 0 && pos[b] - pos[a] >= 2) {
          long len = to[a] + from[b];
          for (int l = pos[a] + 1 + size, r = pos[b] + size; l < r; l >>= 1, r >>= 1) {
            if ((l & 1) == 1) {
              crossing[l] = Math.max(crossing[l], len);
              l++;
            }
            if ((r & 1) == 1) {
              r--;
              crossing[r] = Math.max(crossing[r], len);
            }
          }
        }
      }
    }
    long[] before = new long[n]; // longest path ending before position p
    for (int p = 1; p < n; p++) {
      before[p] = Math.max(before[p - 1], to[order[p - 1]]);
    }
    long[] out = new long[n];
    long after = 0; // longest path starting after position p
    for (int p = n - 1; p >= 0; p--) {
      int v = order[p];
      long best = Math.max(Math.max(before[p], after), to[v] + from[v] - 2 * w[v]);
      for (int i = p + size; i > 0; i >>= 1) {
        best = Math.max(best, crossing[i]);
      }
      out[v] = best;
      after = Math.max(after, from[v]);
    }
    return out;
  }

  private BigDecimal[] weights(Map<String, BigDecimal> latency) {
    BigDecimal[] w = new BigDecimal[ids.length];
    for (int i = 0; i < w.length; i++) {
      w[i] = latency.get(ids[i]);
    }
    return w;
  }

  /** One walk with {@code zeroed} at zero, without the one-pass answers (for tests). */
  BigDecimal walkZeroed(Map<String, BigDecimal> latency, String zeroed) {
    long[] m = micros(weights(latency));
    return m != null ? walk(m, node(zeroed)) : walk(weights(latency), node(zeroed));
  }

  /** The walk on whole microseconds, without allocation beyond one array. */
  private BigDecimal walk(long[] micros, int zero) {
    int n = ids.length;
    int[] order = order();
    // latencies carry six decimals: the same walk on whole microseconds
    long[] finish = new long[n];
    long max = 0;
    for (int id : order) {
      long start = 0;
      for (int d : deps[id]) {
        if (d >= 0) {
          start = Math.max(start, finish[d]); // not finished yet (a cycle): still zero
        }
      }
      finish[id] = start + (id == zero ? 0 : micros[id]);
      max = Math.max(max, finish[id]);
    }
    return decimal(max);
  }

  /** The node of a step id, or -1 (null or no such step). */
  private int node(String id) {
    if (id == null) {
      return -1;
    }
    Integer i = index.get(id);
    return i == null ? -1 : i;
  }

  /** The same walk on exact decimals, for latencies that are not whole microseconds. */
  private BigDecimal walk(BigDecimal[] latency, int zero) {
    int n = ids.length;
    int[] order = order();
    BigDecimal[] weight = new BigDecimal[n];
    for (int i = 0; i < n; i++) {
      weight[i] = i == zero || latency[i] == null ? BigDecimal.ZERO : latency[i];
    }
    BigDecimal[] finish = new BigDecimal[n];
    for (int id : order) {
      BigDecimal start = BigDecimal.ZERO;
      for (int d : deps[id]) {
        BigDecimal f = d < 0 || finish[d] == null ? BigDecimal.ZERO : finish[d];
        start = start.max(f);
      }
      finish[id] = start.add(weight[id]);
    }
    BigDecimal max = BigDecimal.ZERO;
    for (BigDecimal f : finish) {
      max = max.max(f);
    }
    return max;
  }

  /**
   * The latencies in whole microseconds, when every one is zero or has exactly six decimals and is
   * small enough that no path can overflow; else null. The last map's conversion is kept: the
   * what-if questions ask about one map many times.
   */
  private long[] micros(BigDecimal[] latency) {
    int n = ids.length;
    long[] out = n <= 20_000 ? new long[n] : null;
    for (int i = 0; i < n && out != null; i++) {
      BigDecimal w = latency[i];
      if (w == null || w.signum() == 0) {
        continue;
      }
      java.math.BigInteger u = w.unscaledValue();
      // at most 20,000 steps of below 2^48 microseconds each: no sum overflows
      if (w.scale() != MICROS || w.signum() < 0 || u.bitLength() >= 48) {
        out = null;
      } else {
        out[i] = u.longValue();
      }
    }
    return out;
  }

  /**
   * The order the walk finishes the steps in: Kahn's order, FIFO; when only steps on cycles are
   * left, the first of them in source order is released. It depends on the graph alone, so it is
   * computed once.
   */
  private int[] order() {
    int[] o = order;
    if (o != null) {
      return o;
    }
    int n = ids.length;
    boolean[] done = new boolean[n];
    int[] in = indegree.clone();
    int[] queue = new int[n];
    int head = 0;
    int tail = 0;
    for (int i = 0; i < n; i++) {
      if (in[i] == 0) {
        queue[tail++] = i;
      }
    }
    int[] out = new int[n];
    int count = 0;
    int scan = 0;
    while (true) {
      while (head < tail) {
        int id = queue[head++];
        if (done[id]) {
          continue;
        }
        done[id] = true;
        out[count++] = id;
        for (int m : next[id]) {
          if (--in[m] == 0) {
            queue[tail++] = m;
          }
        }
      }
      // steps left are on cycles: release the first in source order
      while (scan < n && done[scan]) {
        scan++;
      }
      if (scan == n) {
        break;
      }
      in[scan] = 0;
      if (tail == queue.length) {
        queue = Arrays.copyOf(queue, queue.length * 2);
      }
      queue[tail++] = scan;
    }
    order = out;
    return out;
  }
}
