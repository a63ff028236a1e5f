package ai.cromus.report.internal;

import static org.assertj.core.api.Assertions.assertThat;

import ai.cromus.catalog.BundledCatalog;
import ai.cromus.core.CompileResult;
import ai.cromus.core.Cromus;
import ai.cromus.core.WorkflowSource;
import ai.cromus.core.scope.Scope;
import ai.cromus.core.simulation.PlanSimulation;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The path the report highlights is the one whose latency the simulator reports. */
class PlanCriticalPathTest {
  static Stream<Path> examples() throws IOException {
    return Stream.concat(
        sorted(Path.of("../examples/sops")).stream(),
        sorted(Path.of("../examples/workflows")).stream());
  }

  private static List<Path> sorted(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.sorted().toList();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void itsLengthIsEveryPlansLatencyAndItIsAChain(Path p) throws IOException {
    CompileResult r =
        Cromus.builder()
            .catalog(BundledCatalog.get())
            .build()
            .compileSource(WorkflowSource.of(p.toString(), Files.readString(p)), Scope.defaults());
    Graph g = new Graph(r.workflow());
    List<PlanSimulation> plans =
        new java.util.ArrayList<>(r.simulation().orElseThrow().modes().values());
    plans.add(r.simulation().get().declared());
    for (PlanSimulation plan : plans) {
      PlanCriticalPath cp = new PlanCriticalPath(g, plan);
      assertThat(cp.length()).as(p + " " + plan.mode()).isEqualByComparingTo(plan.latencySeconds());
      BigDecimal sum = BigDecimal.ZERO;
      for (int v : cp.nodes()) {
        sum = sum.add(plan.step(g.step(v).id()).orElseThrow().latencySeconds());
      }
      assertThat(sum)
          .as(p + " sum of the path's steps")
          .isEqualByComparingTo(plan.latencySeconds());
      for (int k = 1; k < cp.nodes().size(); k++) {
        int dep = cp.nodes().get(k - 1);
        int node = cp.nodes().get(k);
        assertThat(cp.link(dep, node)).isTrue();
        assertThat(g.step(node).dependsOn()).contains(g.step(dep).id());
      }
    }
  }
}
