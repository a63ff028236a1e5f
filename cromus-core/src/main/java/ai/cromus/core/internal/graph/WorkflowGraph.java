package ai.cromus.core.internal.graph;

import ai.cromus.core.workflow.Step;
import ai.cromus.core.workflow.Workflow;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The dependency graph of a workflow, indexed once: steps by index, edges both ways as int arrays,
 * the steps reachable from a start step and the strongly connected components (iterative, so
 * 10,000-step chains need no deep stack; computed once). Dependencies on unknown steps are left out
 * of the graph and listed per step. Not thread-safe: one instance per compile.
 */
public final class WorkflowGraph {
  private static final int[] NONE = new int[0];

  private final List<Step> steps;
  private final Map<String, Integer> index;
  private final int[][] preds;
  private final int[][] succs;

  /** Unknown references per step index; absent when the step has none. */
  private final Map<Integer, List<String>> unknown = new HashMap<>();

  private List<List<Integer>> cycles;

  public WorkflowGraph(Workflow workflow) {
    this.steps = workflow.steps();
    int n = steps.size();
    index = new HashMap<>(Math.max(16, n * 2));
    for (int i = 0; i < n; i++) {
      index.putIfAbsent(steps.get(i).id(), i);
    }
    preds = new int[n][];
    for (int i = 0; i < n; i++) {
      List<String> deps = steps.get(i).dependsOn();
      if (deps.isEmpty()) {
        preds[i] = NONE;
        continue;
      }
      int[] p = new int[deps.size()];
      int k = 0;
      for (String dep : deps) {
        Integer j = index.get(dep);
        if (j == null) {
          unknown.computeIfAbsent(i, x -> new ArrayList<>(1)).add(dep);
        } else {
          p[k++] = j;
        }
      }
      preds[i] = k == p.length ? p : Arrays.copyOf(p, k);
    }
    succs = Edges.reverse(preds);
  }

  public List<Step> steps() {
    return steps;
  }

  public int size() {
    return steps.size();
  }

  /** The index of the first step with this id, or null. */
  public Integer indexOf(String id) {
    return index.get(id);
  }

  /**
   * The known dependencies of step {@code i}, in the order written (the array is not to be
   * changed).
   */
  public int[] predecessors(int i) {
    return preds[i];
  }

  /**
   * The steps that depend on step {@code i}, in workflow order (the array is not to be changed).
   */
  public int[] successors(int i) {
    return succs[i];
  }

  /** References of step {@code i} to ids no step has. */
  public List<String> unknownReferences(int i) {
    return unknown.getOrDefault(i, List.of());
  }

  /**
   * Strongly connected components with more than one step, or a step that depends on itself: the
   * cycles. Each component is a list of step indexes in workflow order; the components are ordered
   * by their first step. Computed on first use.
   */
  public List<List<Integer>> cycles() {
    if (cycles == null) {
      cycles = List.copyOf(tarjan());
    }
    return cycles;
  }

  private List<List<Integer>> tarjan() {
    int n = steps.size();
    int[] idx = new int[n];
    int[] low = new int[n];
    boolean[] onStack = new boolean[n];
    Arrays.fill(idx, -1);
    int[] stack = new int[n];
    int top = 0;
    // the depth-first walk as explicit frames: a node and the next successor to visit
    int[] frameNode = new int[n];
    int[] frameNext = new int[n];
    List<List<Integer>> out = new ArrayList<>();
    int counter = 0;
    for (int start = 0; start < n; start++) {
      if (idx[start] >= 0) {
        continue;
      }
      int depth = 0;
      frameNode[0] = start;
      frameNext[0] = 0;
      idx[start] = low[start] = counter++;
      stack[top++] = start;
      onStack[start] = true;
      while (depth >= 0) {
        int v = frameNode[depth];
        int[] next = succs[v];
        if (frameNext[depth] < next.length) {
          int w = next[frameNext[depth]++];
          if (idx[w] < 0) {
            idx[w] = low[w] = counter++;
            stack[top++] = w;
            onStack[w] = true;
            depth++;
            frameNode[depth] = w;
            frameNext[depth] = 0;
          } else if (onStack[w]) {
            low[v] = Math.min(low[v], idx[w]);
          }
          continue;
        }
        depth--;
        if (depth >= 0) {
          int parent = frameNode[depth];
          low[parent] = Math.min(low[parent], low[v]);
        }
        if (low[v] == idx[v]) {
          List<Integer> comp = new ArrayList<>();
          int w;
          do {
            w = stack[--top];
            onStack[w] = false;
            comp.add(w);
          } while (w != v);
          if (comp.size() > 1 || dependsOnItself(v)) {
            comp.sort(null);
            out.add(List.copyOf(comp));
          }
        }
      }
    }
    out.sort((a, b) -> Integer.compare(a.get(0), b.get(0)));
    return out;
  }

  private boolean dependsOnItself(int v) {
    for (int p : preds[v]) {
      if (p == v) {
        return true;
      }
    }
    return false;
  }

  /** Steps reachable from the start steps (those with no known predecessor). */
  public boolean[] reachable() {
    int n = steps.size();
    boolean[] seen = new boolean[n];
    int[] queue = new int[n];
    int head = 0;
    int tail = 0;
    for (int i = 0; i < n; i++) {
      if (preds[i].length == 0) {
        seen[i] = true;
        queue[tail++] = i;
      }
    }
    while (head < tail) {
      int v = queue[head++];
      for (int w : succs[v]) {
        if (!seen[w]) {
          seen[w] = true;
          queue[tail++] = w;
        }
      }
    }
    return seen;
  }
}
