package ai.cromus.report.internal;

import static org.assertj.core.api.Assertions.assertThat;

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
 * The layered layout: layers by longest path, no overlaps, cycles survive, same input same picture.
 */
class GraphLayoutTest {
  static Workflow workflow(String... edges) {
    // edges "b<a" : b depends on a; steps in order of first mention
    List<String> ids = new ArrayList<>();
    List<List<String>> deps = new ArrayList<>();
    for (String e : edges) {
      for (String id : e.split("<")) {
        if (!id.isEmpty() && !ids.contains(id)) {
          ids.add(id);
          deps.add(new ArrayList<>());
        }
      }
      String[] p = e.split("<");
      if (p.length == 2) {
        deps.get(ids.indexOf(p[0])).add(p[1]);
      }
    }
    var b = Workflow.builder().name("w");
    for (int i = 0; i < ids.size(); i++) {
      b.addSteps(
          Step.builder()
              .id(ids.get(i))
              .title(ids.get(i))
              .kind(StepKind.TOOL)
              .dependsOn(deps.get(i))
              .build());
    }
    return b.build();
  }

  @Test
  void aStepSitsOneLayerBelowItsDeepestDependency() {
    Graph g = new Graph(workflow("a", "b<a", "c<b", "c<a", "d"));
    GraphLayout l = new GraphLayout(g, 60);
    assertThat(l.y(0)).isLessThan(l.y(1));
    assertThat(l.y(1)).isLessThan(l.y(2));
    assertThat(l.y(3)).isEqualTo(l.y(0));
    assertThat(l.layers()).isEqualTo(3);
    // a -> c spans two layers: one slot in between
    GraphLayout.Edge ac =
        l.edges().stream().filter(e -> e.from() == 0 && e.to() == 2).findFirst().orElseThrow();
    assertThat(ac.items()).hasSize(3);
    assertThat(l.y(ac.items()[1])).isEqualTo(l.y(1));
  }

  @Test
  void aCycleIsDrawnWithABackEdge() {
    Graph g = new Graph(workflow("a", "b", "c", "a<c", "b<a", "c<b"));
    GraphLayout l = new GraphLayout(g, 60);
    assertThat(l.edges()).hasSize(3);
    assertThat(l.edges().stream().filter(GraphLayout.Edge::back)).hasSize(1);
  }

  static LongStream seeds() {
    return LongStream.range(0, 25);
  }

  /** A random DAG of up to 60 steps, each depending on up to 3 earlier ones. */
  static Workflow random(long seed) {
    Random rnd = new Random(seed);
    int n = 1 + rnd.nextInt(60);
    List<String> edges = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      edges.add("s" + i);
      for (int k = rnd.nextInt(4); k > 0 && i > 0; k--) {
        edges.add("s" + i + "<s" + rnd.nextInt(i));
      }
    }
    return workflow(edges.toArray(new String[0]));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void noTwoItemsOfALayerOverlapAndTheLayoutRepeats(long seed) {
    Graph g = new Graph(random(seed));
    GraphLayout l = new GraphLayout(g, 60);
    GraphLayout again = new GraphLayout(new Graph(random(seed)), 60);
    List<Integer> items = new ArrayList<>();
    for (int i = 0; i < g.size(); i++) {
      items.add(i);
    }
    l.edges()
        .forEach(
            e -> {
              for (int it : e.items()) {
                if (!items.contains(it)) items.add(it);
              }
            });
    for (int a : items) {
      assertThat(l.x(a)).as("seed " + seed).isEqualTo(again.x(a));
      assertThat(l.x(a)).as("seed " + seed).isGreaterThanOrEqualTo(GraphLayout.MARGIN);
      assertThat(l.centre(a)).as("seed " + seed).isLessThanOrEqualTo(l.width());
      for (int b : items) {
        if (a != b && l.y(a) == l.y(b) && l.x(a) <= l.x(b)) {
          double wa = a < g.size() ? GraphLayout.BOX_W : GraphLayout.SLOT_W;
          assertThat(l.x(a) + wa + GraphLayout.GAP_X - 1.0)
              .as("seed " + seed + " items " + a + ", " + b)
              .isLessThanOrEqualTo(l.x(b));
        }
      }
    }
  }
}
