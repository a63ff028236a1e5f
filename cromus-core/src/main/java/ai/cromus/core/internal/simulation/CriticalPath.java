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
 * The dependency graph of a workflow as int arrays, built once and evaluated for many latency
 * maps over the same key set (the Croms "what if this step were gone" questions). Gives exactly
 * the figures of the original map-based longest-path walk: same edges (dependencies that are
 * keys of the latency map, not the step itself, distinct), same FIFO order, same cycle release
 * (the first unfinished step in source order).
 */
public final class CriticalPath {
  private final String[] ids;
  /** Dependencies of each node: a node index, or -1 for a key of the latency map that is no step. */
  private final int[][] deps;
  /** The nodes that depend on each node, in the order the edges were added. */
  private final int[][] next;
  private final int[] indegree;

  /** Builds the graph of {@code workflow} with the edges whose dependency is in {@code keys}. */
  public CriticalPath(Workflow workflow, Set<String> keys) {
    List<Step> steps = workflow.steps();
    Map<String, Integer> index = new HashMap<>(steps.size() * 2);
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
    int[] nextCount = new int[n];
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
        if (j != null) {
          nextCount[j]++;
        }
      }
      deps[i] = k == out.length ? out : Arrays.copyOf(out, k);
      indegree[i] = k;
    }
    next = new int[n][];
    for (int i = 0; i < n; i++) {
      next[i] = new int[nextCount[i]];
    }
    int[] fill = new int[n];
    for (int i = 0; i < n; i++) {
      for (int d : deps[i]) {
        if (d >= 0) {
          next[d][fill[d]++] = i;
        }
      }
    }
  }

  /** The longest path, each step weighted by its latency in {@code latency} (absent: zero). */
  public BigDecimal longest(Map<String, BigDecimal> latency) {
    return longest(latency, null);
  }

  /** The longest path with the latency of step {@code zeroed} taken as zero. */
  public BigDecimal longest(Map<String, BigDecimal> latency, String zeroed) {
    int n = ids.length;
    BigDecimal[] weight = new BigDecimal[n];
    for (int i = 0; i < n; i++) {
      weight[i] = ids[i].equals(zeroed) ? BigDecimal.ZERO : latency.getOrDefault(ids[i], BigDecimal.ZERO);
    }
    BigDecimal[] finish = new BigDecimal[n];
    int[] in = indegree.clone();
    int[] queue = new int[n];
    int head = 0;
    int tail = 0;
    for (int i = 0; i < n; i++) {
      if (in[i] == 0) {
        queue[tail++] = i;
      }
    }
    int done = 0;
    int scan = 0;
    while (true) {
      while (head < tail) {
        int id = queue[head++];
        done++;
        BigDecimal start = BigDecimal.ZERO;
        for (int d : deps[id]) {
          BigDecimal f = d < 0 || finish[d] == null ? BigDecimal.ZERO : finish[d];
          start = start.max(f);
        }
        finish[id] = start.add(weight[id]);
        for (int m : next[id]) {
          if (--in[m] == 0) {
            queue[tail++] = m;
          }
        }
      }
      // steps left are on cycles: release the first in source order
      while (scan < n && finish[scan] != null) {
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
    BigDecimal max = BigDecimal.ZERO;
    for (BigDecimal f : finish) {
      max = max.max(f);
    }
    return max;
  }
}
