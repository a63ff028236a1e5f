package ai.cromus.report.internal;

import ai.cromus.core.simulation.PlanSimulation;
import ai.cromus.core.simulation.StepSimulation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The steps of a plan's critical path: the longest chain of forward edges, each step weighted by
 * its latency in the plan, the path the simulator's {@code latencySeconds} measures. Ties go to the
 * dependency written first and to the path that ends last in walk order (so steps that take no time
 * at the end, such as a sign-off, stay on it); the path is the same on every run.
 */
public final class PlanCriticalPath {
  private final boolean[] on;
  private final int[] prev;
  private final List<Integer> path;
  private final BigDecimal length;

  public PlanCriticalPath(Graph g, PlanSimulation plan) {
    Map<String, BigDecimal> latency = new HashMap<>();
    for (StepSimulation s : plan.steps()) {
      latency.putIfAbsent(s.stepId(), s.latencySeconds());
    }
    int n = g.size();
    BigDecimal[] finish = new BigDecimal[n];
    prev = new int[n];
    int end = -1;
    for (int v : g.order) {
      BigDecimal start = BigDecimal.ZERO;
      prev[v] = -1;
      for (int d : g.deps[v]) {
        if (g.forward(d, v) && (prev[v] < 0 || finish[d].compareTo(start) > 0)) {
          start = finish[d];
          prev[v] = d;
        }
      }
      finish[v] = start.add(latency.getOrDefault(g.step(v).id(), BigDecimal.ZERO));
      if (end < 0 || finish[v].compareTo(finish[end]) >= 0) {
        end = v;
      }
    }
    on = new boolean[n];
    List<Integer> p = new ArrayList<>();
    for (int v = end; v >= 0; v = prev[v]) {
      on[v] = true;
      p.add(v);
    }
    Collections.reverse(p);
    path = Collections.unmodifiableList(p);
    length = end < 0 ? BigDecimal.ZERO : finish[end];
  }

  /** True when the node is on the path. */
  public boolean contains(int node) {
    return on[node];
  }

  /** True when the edge from {@code dep} to {@code node} is a link of the path. */
  public boolean link(int dep, int node) {
    return on[node] && prev[node] == dep;
  }

  /** The nodes of the path, first to last. */
  public List<Integer> nodes() {
    return path;
  }

  /** The sum of the path's latencies: the plan's {@code latencySeconds}. */
  public BigDecimal length() {
    return length;
  }
}
