package ai.cromus.report.internal;

import ai.cromus.core.workflow.Step;
import ai.cromus.core.workflow.Workflow;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * The dependency graph of a workflow as the simulator walks it: one node per distinct step id (its
 * first occurrence), an edge for each distinct dependency on another step, the nodes in Kahn's
 * order (first in, first out; when only steps on a cycle are left, the first of them in source
 * order is released). An edge whose dependency comes later in that order closes a cycle: it is a
 * back edge, left out of layers and paths, as the simulator leaves it out of the critical path.
 */
public final class Graph {
  /** The steps, one per distinct id, in source order. */
  final List<Step> nodes = new ArrayList<>();

  /** The distinct dependencies of each node, as node indexes, in the order written. */
  final int[][] deps;

  /** The nodes in walk order. */
  final int[] order;

  /** The position of each node in {@link #order}. */
  final int[] pos;

  public Graph(Workflow w) {
    Map<String, Integer> index = new HashMap<>();
    for (Step s : w.steps()) {
      if (index.putIfAbsent(s.id(), nodes.size()) == null) {
        nodes.add(s);
      }
    }
    int n = nodes.size();
    deps = new int[n][];
    for (int i = 0; i < n; i++) {
      LinkedHashSet<Integer> ds = new LinkedHashSet<>();
      for (String d : nodes.get(i).dependsOn()) {
        Integer j = index.get(d);
        if (j != null && j != i) {
          ds.add(j);
        }
      }
      deps[i] = ds.stream().mapToInt(Integer::intValue).toArray();
    }
    order = walkOrder();
    pos = new int[n];
    for (int p = 0; p < n; p++) {
      pos[order[p]] = p;
    }
  }

  public int size() {
    return nodes.size();
  }

  public Step step(int node) {
    return nodes.get(node);
  }

  /** True when the edge from {@code dep} to {@code node} goes forward in the walk order. */
  public boolean forward(int dep, int node) {
    return pos[dep] < pos[node];
  }

  private int[] walkOrder() {
    int n = nodes.size();
    List<List<Integer>> next = new ArrayList<>();
    int[] in = new int[n];
    for (int i = 0; i < n; i++) {
      next.add(new ArrayList<>());
    }
    for (int i = 0; i < n; i++) {
      for (int d : deps[i]) {
        next.get(d).add(i);
        in[i]++;
      }
    }
    boolean[] done = new boolean[n];
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    for (int i = 0; i < n; i++) {
      if (in[i] == 0) {
        queue.add(i);
      }
    }
    int[] out = new int[n];
    int count = 0;
    int scan = 0;
    while (count < n) {
      while (!queue.isEmpty()) {
        int v = queue.poll();
        if (done[v]) {
          continue;
        }
        done[v] = true;
        out[count++] = v;
        for (int m : next.get(v)) {
          if (--in[m] == 0) {
            queue.add(m);
          }
        }
      }
      while (scan < n && done[scan]) {
        scan++;
      }
      if (scan < n) {
        in[scan] = 0;
        queue.add(scan);
      }
    }
    return out;
  }
}
