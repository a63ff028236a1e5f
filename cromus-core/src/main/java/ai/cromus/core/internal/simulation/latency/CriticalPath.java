package ai.cromus.core.internal.simulation.latency;

import ai.cromus.core.workflow.Step;
import ai.cromus.core.workflow.Workflow;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * The dependency graph of a workflow for latency questions: one node per step id (the first step of
 * that id, in workflow order), an edge for each distinct dependency on another step. The longest
 * path weights each node by its latency; the graph check reports cycles, and here an edge that
 * closes a cycle counts as absent. Immutable once built.
 *
 * <p>The walk visits the nodes in Kahn's order (first in, first out); when only nodes on cycles are
 * left, the first of them in workflow order goes next. A dependency the walk has not visited yet
 * (it closes a cycle) contributes nothing.
 */
public final class CriticalPath {
  private final List<String> ids;

  /** For each node, the nodes it depends on. */
  private final List<List<Integer>> dependencies;

  /** For each node, the nodes that depend on it, in node order. */
  private final List<List<Integer>> dependents;

  /** The nodes in the order of the walk. */
  private final List<Integer> order;

  /** The position of each node in {@link #order}. */
  private final int[] position;

  private CriticalPath(List<String> ids, List<List<Integer>> dependencies) {
    this.ids = List.copyOf(ids);
    this.dependencies = dependencies;
    List<List<Integer>> reverse = new ArrayList<>();
    ids.forEach(id -> reverse.add(new ArrayList<>()));
    for (int node = 0; node < ids.size(); node++) {
      for (int d : dependencies.get(node)) {
        reverse.get(d).add(node);
      }
    }
    this.dependents = reverse;
    this.order = walkOrder();
    this.position = new int[ids.size()];
    for (int p = 0; p < order.size(); p++) {
      position[order.get(p)] = p;
    }
  }

  /** The graph of a workflow's steps. */
  public static CriticalPath of(Workflow workflow) {
    Map<String, Integer> node = new HashMap<>();
    List<Step> first = new ArrayList<>();
    for (Step s : workflow.steps()) {
      if (node.putIfAbsent(s.id(), first.size()) == null) {
        first.add(s);
      }
    }
    List<String> ids = new ArrayList<>();
    List<List<Integer>> dependencies = new ArrayList<>();
    for (Step s : first) {
      ids.add(s.id());
      Set<Integer> deps = new LinkedHashSet<>();
      for (String d : s.dependsOn()) {
        Integer j = node.get(d);
        if (j != null && !d.equals(s.id())) {
          deps.add(j);
        }
      }
      dependencies.add(List.copyOf(deps));
    }
    return new CriticalPath(ids, dependencies);
  }

  /** The step id of each node. */
  public List<String> ids() {
    return ids;
  }

  /**
   * The longest path, each node weighted by its latency.
   *
   * @param latency one per node, in {@link #ids()} order (null: zero)
   */
  public BigDecimal longest(List<BigDecimal> latency) {
    BigDecimal[] finish = pathsEndingAt(weights(latency));
    BigDecimal max = BigDecimal.ZERO;
    for (BigDecimal f : finish) {
      max = max.max(f);
    }
    return max;
  }

  /**
   * For each node, the longest path with that node's latency taken as zero: what removing the step
   * would leave. All at once, in O((nodes + edges) log edges) instead of a walk per node.
   *
   * <p>The walk measures the paths of the graph without its cycle-closing edges, so each path runs
   * forward in the walk order. A path that avoids node v lies wholly before v's position, wholly
   * after it, or jumps over it on one edge (a, b): then it is at most the longest path ending at a
   * plus the longest starting at b. The longest path through v, with v at zero, is the longest
   * ending at v plus the longest starting at v, less twice v's latency.
   *
   * @param latency one per node, in {@link #ids()} order (null: zero)
   */
  public List<BigDecimal> longestWithEachAtZero(List<BigDecimal> latency) {
    int n = ids.size();
    BigDecimal[] w = weights(latency);
    BigDecimal[] to = pathsEndingAt(w);
    BigDecimal[] from = pathsStartingAt(w);
    List<List<Jump>> jumpsFrom = jumpsByFirstPositionJumped(to, from);
    // the longest path wholly before each position
    BigDecimal[] before = new BigDecimal[n];
    BigDecimal longestSoFar = BigDecimal.ZERO;
    for (int p = 0; p < n; p++) {
      before[p] = longestSoFar;
      longestSoFar = longestSoFar.max(to[order.get(p)]);
    }
    BigDecimal[] out = new BigDecimal[n];
    PriorityQueue<Jump> open = new PriorityQueue<>(Comparator.comparing(Jump::length).reversed());
    for (int p = 0; p < n; p++) {
      open.addAll(jumpsFrom.get(p));
      while (!open.isEmpty() && open.peek().lands <= p) {
        open.poll();
      }
      int v = order.get(p);
      BigDecimal best = before[p].max(to[v].add(from[v]).subtract(w[v].add(w[v])));
      if (!open.isEmpty()) {
        best = best.max(open.peek().length);
      }
      out[v] = best;
    }
    // the longest path wholly after each position
    BigDecimal after = BigDecimal.ZERO;
    for (int p = n - 1; p >= 0; p--) {
      int v = order.get(p);
      out[v] = out[v].max(after);
      after = after.max(from[v]);
    }
    return Collections.unmodifiableList(Arrays.asList(out));
  }

  /** A path over an edge that jumps over the positions before {@code lands}. */
  private record Jump(BigDecimal length, int lands) {}

  /**
   * The edges that jump over at least one position of the walk order, listed under the first
   * position they jump over, each with the longest path over it.
   */
  private List<List<Jump>> jumpsByFirstPositionJumped(BigDecimal[] to, BigDecimal[] from) {
    List<List<Jump>> out = new ArrayList<>();
    ids.forEach(id -> out.add(new ArrayList<>()));
    for (int b = 0; b < ids.size(); b++) {
      for (int a : dependencies.get(b)) {
        if (position[b] - position[a] >= 2) {
          out.get(position[a] + 1).add(new Jump(to[a].add(from[b]), position[b]));
        }
      }
    }
    return out;
  }

  /** For each node, the longest path that ends at it (its own latency included). */
  private BigDecimal[] pathsEndingAt(BigDecimal[] w) {
    BigDecimal[] to = new BigDecimal[ids.size()];
    for (int v : order) {
      BigDecimal start = BigDecimal.ZERO;
      for (int d : dependencies.get(v)) {
        if (position[d] < position[v]) {
          start = start.max(to[d]);
        }
      }
      to[v] = start.add(w[v]);
    }
    return to;
  }

  /** For each node, the longest path that starts at it (its own latency included). */
  private BigDecimal[] pathsStartingAt(BigDecimal[] w) {
    BigDecimal[] from = new BigDecimal[ids.size()];
    for (int p = order.size() - 1; p >= 0; p--) {
      int v = order.get(p);
      BigDecimal rest = BigDecimal.ZERO;
      for (int m : dependents.get(v)) {
        if (position[m] > p) {
          rest = rest.max(from[m]);
        }
      }
      from[v] = rest.add(w[v]);
    }
    return from;
  }

  private BigDecimal[] weights(List<BigDecimal> latency) {
    if (latency.size() != ids.size()) {
      throw new IllegalArgumentException(
          "one latency per step: " + latency.size() + " for " + ids.size());
    }
    BigDecimal[] w = new BigDecimal[ids.size()];
    for (int i = 0; i < w.length; i++) {
      w[i] = latency.get(i) == null ? BigDecimal.ZERO : latency.get(i);
    }
    return w;
  }

  /**
   * Kahn's order, first in first out; when only nodes on cycles are left, the first of them in node
   * order is released.
   */
  private List<Integer> walkOrder() {
    int n = ids.size();
    int[] waiting = new int[n];
    for (int v = 0; v < n; v++) {
      waiting[v] = dependencies.get(v).size();
    }
    boolean[] done = new boolean[n];
    ArrayDeque<Integer> ready = new ArrayDeque<>();
    for (int v = 0; v < n; v++) {
      if (waiting[v] == 0) {
        ready.add(v);
      }
    }
    List<Integer> out = new ArrayList<>(n);
    int firstNotDone = 0;
    while (out.size() < n) {
      if (ready.isEmpty()) {
        // only nodes on cycles are left: release the first
        while (done[firstNotDone]) {
          firstNotDone++;
        }
        waiting[firstNotDone] = 0;
        ready.add(firstNotDone);
      }
      int v = ready.poll();
      if (done[v]) {
        continue;
      }
      done[v] = true;
      out.add(v);
      for (int m : dependents.get(v)) {
        if (--waiting[m] == 0) {
          ready.add(m);
        }
      }
    }
    return List.copyOf(out);
  }
}
