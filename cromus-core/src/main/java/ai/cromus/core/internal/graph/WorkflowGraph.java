package ai.cromus.core.internal.graph;

import ai.cromus.core.workflow.Step;
import ai.cromus.core.workflow.Workflow;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The dependency graph of a workflow, indexed once: steps by index, edges both ways, a
 * topological order and the strongly connected components (iterative, so 10,000-step chains
 * need no deep stack). Dependencies on unknown steps are left out of the graph.
 */
public final class WorkflowGraph {
  private final List<Step> steps;
  private final Map<String, Integer> index = new HashMap<>();
  private final List<List<Integer>> preds = new ArrayList<>();
  private final List<List<Integer>> succs = new ArrayList<>();
  private final List<List<String>> unknown = new ArrayList<>();

  public WorkflowGraph(Workflow workflow) {
    this.steps = workflow.steps();
    for (int i = 0; i < steps.size(); i++) {
      index.putIfAbsent(steps.get(i).id(), i);
      preds.add(new ArrayList<>());
      succs.add(new ArrayList<>());
      unknown.add(new ArrayList<>());
    }
    for (int i = 0; i < steps.size(); i++) {
      for (String dep : steps.get(i).dependsOn()) {
        Integer j = index.get(dep);
        if (j == null) {
          unknown.get(i).add(dep);
        } else {
          preds.get(i).add(j);
          succs.get(j).add(i);
        }
      }
    }
  }

  public List<Step> steps() {
    return steps;
  }

  public int size() {
    return steps.size();
  }

  public Integer indexOf(String id) {
    return index.get(id);
  }

  public List<Integer> predecessors(int i) {
    return preds.get(i);
  }

  public List<Integer> successors(int i) {
    return succs.get(i);
  }

  /** References of step {@code i} to ids no step has. */
  public List<String> unknownReferences(int i) {
    return unknown.get(i);
  }

  /**
   * Strongly connected components with more than one step, or a step that depends on itself:
   * the cycles. Each component is a list of step indexes in workflow order.
   */
  public List<List<Integer>> cycles() {
    int n = steps.size();
    int[] idx = new int[n];
    int[] low = new int[n];
    boolean[] onStack = new boolean[n];
    java.util.Arrays.fill(idx, -1);
    Deque<Integer> stack = new ArrayDeque<>();
    List<List<Integer>> out = new ArrayList<>();
    int counter = 0;
    for (int start = 0; start < n; start++) {
      if (idx[start] >= 0) {
        continue;
      }
      Deque<int[]> work = new ArrayDeque<>();
      work.push(new int[] {start, 0});
      while (!work.isEmpty()) {
        int[] frame = work.peek();
        int v = frame[0];
        if (frame[1] == 0 && idx[v] < 0) {
          idx[v] = low[v] = counter++;
          stack.push(v);
          onStack[v] = true;
        }
        List<Integer> next = succs.get(v);
        if (frame[1] < next.size()) {
          int w = next.get(frame[1]++);
          if (idx[w] < 0) {
            work.push(new int[] {w, 0});
          } else if (onStack[w]) {
            low[v] = Math.min(low[v], idx[w]);
          }
          continue;
        }
        work.pop();
        if (!work.isEmpty()) {
          int parent = work.peek()[0];
          low[parent] = Math.min(low[parent], low[v]);
        }
        if (low[v] == idx[v]) {
          List<Integer> comp = new ArrayList<>();
          int w;
          do {
            w = stack.pop();
            onStack[w] = false;
            comp.add(w);
          } while (w != v);
          boolean selfLoop = comp.size() == 1 && preds.get(v).contains(v);
          if (comp.size() > 1 || selfLoop) {
            comp.sort(null);
            out.add(comp);
          }
        }
      }
    }
    out.sort((a, b) -> Integer.compare(a.get(0), b.get(0)));
    return out;
  }

  /** Steps reachable from the start steps (those with no known predecessor). */
  public boolean[] reachable() {
    boolean[] seen = new boolean[steps.size()];
    Deque<Integer> queue = new ArrayDeque<>();
    for (int i = 0; i < steps.size(); i++) {
      if (preds.get(i).isEmpty()) {
        seen[i] = true;
        queue.add(i);
      }
    }
    while (!queue.isEmpty()) {
      int v = queue.poll();
      for (int w : succs.get(v)) {
        if (!seen[w]) {
          seen[w] = true;
          queue.add(w);
        }
      }
    }
    return seen;
  }

  /** A topological order of the steps outside cycles (Kahn, ties by workflow order). */
  public List<Integer> topologicalOrder() {
    int n = steps.size();
    int[] indegree = new int[n];
    for (int i = 0; i < n; i++) {
      indegree[i] = preds.get(i).size();
    }
    java.util.PriorityQueue<Integer> ready = new java.util.PriorityQueue<>();
    for (int i = 0; i < n; i++) {
      if (indegree[i] == 0) {
        ready.add(i);
      }
    }
    List<Integer> order = new ArrayList<>(n);
    while (!ready.isEmpty()) {
      int v = ready.poll();
      order.add(v);
      for (int w : succs.get(v)) {
        if (--indegree[w] == 0) {
          ready.add(w);
        }
      }
    }
    return order;
  }
}
