package ai.cromus.core.internal.graph;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import ai.cromus.core.workflow.ImmutableStep;
import ai.cromus.core.workflow.Step;
import ai.cromus.core.workflow.StepKind;
import ai.cromus.core.workflow.Workflow;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The graph's cycles (Tarjan on int arrays, iterative) and reachable steps equal what a
 * reachability matrix gives, on seeded random graphs with cycles, self-references, repeated and
 * unknown dependencies and repeated ids; the seed is in every failure message.
 */
class WorkflowGraphTest {
  static LongStream seeds() {
    return LongStream.rangeClosed(1, 60);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void cyclesAndReachabilityMatchAReachabilityMatrix(long seed) {
    Random r = new Random(seed);
    int n = 1 + r.nextInt(40);
    Workflow wf = RandomGraphs.workflow(r, n, true);
    List<Step> steps = wf.steps();
    WorkflowGraph g = new WorkflowGraph(wf);
    String why = "seed " + seed + ", " + n + " steps";

    // the edges by hand: step i depends on the first step of each known id it names
    boolean[][] edge = new boolean[n][n]; // edge[p][i]: i depends on p
    for (int i = 0; i < n; i++) {
      List<String> u = new ArrayList<>();
      for (String d : steps.get(i).dependsOn()) {
        int p = first(steps, d);
        if (p < 0) {
          u.add(d);
        } else {
          edge[p][i] = true;
        }
      }
      assertEquals(u, g.unknownReferences(i), why + ", step " + i);
    }
    boolean[][] reach = new boolean[n][n]; // a path of one edge or more
    for (int p = 0; p < n; p++) {
      for (int i = 0; i < n; i++) {
        reach[p][i] = edge[p][i];
      }
    }
    for (int k = 0; k < n; k++) {
      for (int a = 0; a < n; a++) {
        for (int b = 0; b < n; b++) {
          reach[a][b] |= reach[a][k] && reach[k][b];
        }
      }
    }
    List<List<Integer>> expected = new ArrayList<>();
    boolean[] placed = new boolean[n];
    for (int a = 0; a < n; a++) {
      if (placed[a]) {
        continue;
      }
      List<Integer> comp = new ArrayList<>();
      for (int b = a; b < n; b++) {
        if (b == a ? reach[a][a] : reach[a][b] && reach[b][a]) {
          comp.add(b);
          placed[b] = true;
        }
      }
      if (!comp.isEmpty() && !comp.contains(a)) {
        comp.add(0, a);
      }
      if (comp.size() > 1 || (reach[a][a] && edge[a][a])) {
        expected.add(comp);
      }
    }
    assertEquals(expected, g.cycles(), why);
    assertSame(g.cycles(), g.cycles(), why + ": computed once");

    boolean[] starts = new boolean[n];
    for (int i = 0; i < n; i++) {
      starts[i] = g.predecessors(i).length == 0;
    }
    boolean[] reachable = new boolean[n];
    for (int i = 0; i < n; i++) {
      reachable[i] = starts[i];
      for (int s = 0; s < n && !reachable[i]; s++) {
        reachable[i] = starts[s] && reach[s][i];
      }
    }
    assertArrayEquals(reachable, g.reachable(), why);
  }

  @Test
  void aLongChainNeedsNoDeepStack() {
    List<Step> steps = new ArrayList<>();
    int n = 200_000;
    for (int i = 0; i < n; i++) {
      ImmutableStep.Builder b = Step.builder().id("s" + i).title("S").kind(StepKind.TOOL);
      b.addDependsOn("s" + ((i + 1) % n)); // one cycle through every step
      steps.add(b.build());
    }
    WorkflowGraph g =
        new WorkflowGraph(
            Workflow.builder().name("g").title("G").source("g.md").addAllSteps(steps).build());
    assertEquals(1, g.cycles().size());
    assertEquals(n, g.cycles().get(0).size());
  }

  private static int first(List<Step> steps, String id) {
    for (int i = 0; i < steps.size(); i++) {
      if (steps.get(i).id().equals(id)) {
        return i;
      }
    }
    return -1;
  }
}
