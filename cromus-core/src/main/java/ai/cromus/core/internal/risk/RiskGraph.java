package ai.cromus.core.internal.risk;

import ai.cromus.core.internal.graph.WorkflowGraph;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * The paths the risk rules follow over the workflow graph, each a breadth-first walk that is linear
 * in steps and edges (cycles included): which steps some path reaches without a human approval,
 * where untrusted content flows and whether a model it reached can steer what follows, and where
 * private data is present.
 */
final class RiskGraph {
  /** How a step is approved: on every path, only under a condition on some path, or not at all. */
  enum Approval {
    ALWAYS,
    CONDITIONAL,
    NONE
  }

  private final WorkflowGraph graph;
  private final List<StepFacts> facts;
  private final int n;

  /** Walk seeds: start steps, and steps of cycles that no start step reaches. */
  private final int[] seeds;

  /**
   * Conditions whose own walk is computed, at most {@link #MAX_CONDITIONS} (past them a conditional
   * approval is not matched to a step's condition, and the step is reported as conditional).
   */
  private final Map<String, Walk> byCondition = new HashMap<>();

  private static final int MAX_CONDITIONS = 32;

  private final Walk anyGate;
  private final Walk unconditionalGate;

  /** Taint: 0 none, 1 untrusted text present, 2 untrusted text that passed a model. */
  private final int[] taint;

  private final int[] taintParent;

  /** The untrusted step whose content reached each step first at its level. */
  private final int[] taintSource;

  private final boolean[] privateReach;

  RiskGraph(WorkflowGraph graph, List<StepFacts> facts) {
    this.graph = graph;
    this.facts = facts;
    this.n = facts.size();
    this.seeds = seeds();
    this.anyGate = walk(i -> facts.get(i).gate());
    this.unconditionalGate = walk(i -> facts.get(i).gate() && facts.get(i).condition().isEmpty());
    this.taint = new int[n];
    this.taintParent = new int[n];
    this.taintSource = new int[n];
    taint();
    this.privateReach = privateReach();
  }

  private int[] seeds() {
    boolean[] reached = graph.reachable();
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (graph.predecessors(i).length == 0 || !reached[i]) {
        out.add(i);
      }
    }
    return out.stream().mapToInt(Integer::intValue).toArray();
  }

  /** Steps reached from a seed by a path on which no step before them blocks, with parents. */
  private static final class Walk {
    final boolean[] reached;
    final int[] parent;

    /** The last conditional human approval on the path to each step, or -1. */
    final int[] via;

    Walk(int n) {
      reached = new boolean[n];
      parent = new int[n];
      via = new int[n];
      Arrays.fill(parent, -1);
      Arrays.fill(via, -1);
    }
  }

  private Walk walk(IntPredicate blocks) {
    Walk w = new Walk(n);
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    for (int s : seeds) {
      if (!w.reached[s]) {
        w.reached[s] = true;
        queue.add(s);
      }
    }
    while (!queue.isEmpty()) {
      int u = queue.poll();
      if (blocks.test(u)) {
        continue;
      }
      for (int v : graph.successors(u)) {
        if (!w.reached[v]) {
          w.reached[v] = true;
          w.parent[v] = u;
          w.via[v] = facts.get(u).gate() ? u : w.via[u];
          queue.add(v);
        }
      }
    }
    return w;
  }

  /** How step {@code i} is approved, and a path to it that shows it (ending with {@code i}). */
  Approval approval(int i) {
    if (!unconditionalGate.reached[i]) {
      return Approval.ALWAYS;
    }
    if (anyGate.reached[i]) {
      return Approval.NONE;
    }
    Optional<String> c = facts.get(i).condition();
    if (c.isPresent()) {
      // a gate that runs under the step's own condition covers it
      Walk same = byCondition.get(c.get());
      if (same == null && byCondition.size() < MAX_CONDITIONS) {
        same =
            walk(
                j ->
                    facts.get(j).gate()
                        && (facts.get(j).condition().isEmpty()
                            || facts.get(j).condition().equals(c)));
        byCondition.put(c.get(), same);
      }
      if (same != null && !same.reached[i]) {
        return Approval.ALWAYS;
      }
    }
    return Approval.CONDITIONAL;
  }

  /** For a conditional approval of step {@code i}: the conditional human approval on its path. */
  int conditionalGate(int i) {
    return unconditionalGate.via[i];
  }

  /** The path that shows {@link #approval(int)}: one with no gate, or one through a conditional. */
  List<Integer> approvalPath(int i) {
    Walk w = anyGate.reached[i] ? anyGate : unconditionalGate;
    return path(w.parent, i);
  }

  private void taint() {
    Arrays.fill(taintParent, -1);
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    for (int i = 0; i < n; i++) {
      taintSource[i] = i;
      if (facts.get(i).untrusted()) {
        taint[i] = 1;
        queue.add(i);
      }
    }
    while (!queue.isEmpty()) {
      int u = queue.poll();
      int out = facts.get(u).model() ? 2 : taint[u];
      if (facts.get(u).barrier()) {
        continue;
      }
      for (int v : graph.successors(u)) {
        if (out > taint[v]) {
          taint[v] = out;
          taintParent[v] = u;
          taintSource[v] = taintSource[u];
          queue.add(v);
        }
      }
    }
  }

  /**
   * True when untrusted text reaches step {@code i} through a model that it can steer (or {@code i}
   * is itself such a model), with no schema, pattern or person checking it on the way.
   */
  boolean steered(int i) {
    return taint[i] == 2 || (taint[i] == 1 && facts.get(i).model());
  }

  /** The path from the untrusted source to step {@code i} (its last steps when long). */
  List<Integer> taintPath(int i) {
    return path(taintParent, i);
  }

  /** The step whose untrusted content reaches step {@code i}. */
  int taintSource(int i) {
    return taintSource[i];
  }

  private boolean[] privateReach() {
    boolean[] out = new boolean[n];
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    for (int i = 0; i < n; i++) {
      if (facts.get(i).privateData()) {
        out[i] = true;
        queue.add(i);
      }
    }
    while (!queue.isEmpty()) {
      int u = queue.poll();
      for (int v : graph.successors(u)) {
        if (!out[v]) {
          out[v] = true;
          queue.add(v);
        }
      }
    }
    return out;
  }

  /** True when step {@code i} or a step before it handles private data. */
  boolean privateData(int i) {
    return privateReach[i];
  }

  /** True when the workflow has a step of kind human, or a step that escalates. */
  boolean escalationPath() {
    for (StepFacts f : facts) {
      if (f.gate() || f.step.approver().isPresent()) {
        return true;
      }
      String text = (f.step.title() + " " + f.step.instructions()).toLowerCase(Locale.ROOT);
      if (text.contains("escalat") || text.contains("hand off") || text.contains("hand over")) {
        return true;
      }
    }
    return false;
  }

  /** Most steps of a path kept: the last ones, ending with the finding's step. */
  static final int MAX_PATH = 32;

  /**
   * The path to {@code i} by parents, at most {@link #MAX_PATH} steps (the last ones) and one visit
   * per step (a cycle ends it).
   */
  private List<Integer> path(int[] parent, int i) {
    List<Integer> out = new ArrayList<>();
    Set<Integer> seen = new HashSet<>();
    for (int v = i; v >= 0 && out.size() < MAX_PATH && seen.add(v); v = parent[v]) {
      out.add(v);
    }
    Collections.reverse(out);
    return out;
  }
}
