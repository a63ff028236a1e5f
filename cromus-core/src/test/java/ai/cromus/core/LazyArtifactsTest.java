package ai.cromus.core;

import static org.assertj.core.api.Assertions.assertThat;

import ai.cromus.core.diagnostic.CoreRule;
import ai.cromus.core.diagnostic.Diagnostic;
import ai.cromus.core.diagnostic.SourceLocation;
import ai.cromus.core.scope.Scope;
import ai.cromus.core.simulation.BundledCatalog;
import ai.cromus.core.spec.Artifacts;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * {@link CompileResult#artifacts()} is rendered on first read, once, for every thread alike, and
 * leaves equality, hashing and the JSON as they were.
 */
class LazyArtifactsTest {
  static final Cromus ENGINE =
      Cromus.builder().catalog(BundledCatalog.get()).asOf(LocalDate.of(2026, 11, 25)).build();

  static CompileResult compile(String file) throws Exception {
    Path p = Path.of("../examples/sops", file);
    return ENGINE.compileSource(WorkflowSource.of(file, Files.readString(p)), Scope.defaults());
  }

  /** The generated implementation's cache of the lazy value: null until it is computed. */
  static Object rendered(CompileResult r) throws ReflectiveOperationException {
    Field f = ImmutableCompileResult.class.getDeclaredField("artifacts");
    f.setAccessible(true);
    return f.get(r);
  }

  @Test
  void nothingIsRenderedUntilTheArtifactsAreRead() throws Exception {
    CompileResult r = compile("refund-triage.md");
    String json = CromusJson.write(r);
    assertThat(r.toString()).isNotEmpty();
    assertThat(r.hashCode()).isEqualTo(compile("refund-triage.md").hashCode());
    assertThat(r).isEqualTo(compile("refund-triage.md"));
    assertThat(rendered(r)).as("rendered by compile, JSON, toString or equals").isNull();

    Artifacts a = r.artifacts().orElseThrow();
    assertThat(rendered(r)).isEqualTo(Optional.of(a));
    assertThat(r.artifacts().orElseThrow()).isSameAs(a);
    assertThat(CromusJson.write(r)).isEqualTo(json);
  }

  @Test
  void theArtifactsAreThoseOfTheWorkflowSimulationAndDay() throws Exception {
    CompileResult r = compile("incident-postmortem.md");
    assertThat(r.asOf()).contains(LocalDate.of(2026, 11, 25));
    assertThat(r.artifacts())
        .contains(Artifacts.render(r.workflow(), r.simulation(), r.asOf()))
        .hasValueSatisfying(a -> assertThat(a.memoryMd()).contains("2026-11-25"));
    CompileResult unread = compile("incident-postmortem.md");
    assertThat(r).isEqualTo(unread).hasSameHashCodeAs(unread);
    assertThat(rendered(unread)).isNull();
  }

  @Test
  void eightThreadsReadingAtOnceGetOneRendering() throws Exception {
    for (String file : List.of("refund-triage.md", "adverse-event-intake.md")) {
      CompileResult r = compile(file);
      ExecutorService pool = Executors.newFixedThreadPool(8);
      try {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Optional<Artifacts>>> reads = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
          reads.add(
              pool.submit(
                  () -> {
                    start.await();
                    return r.artifacts();
                  }));
        }
        start.countDown();
        Artifacts first = reads.get(0).get().orElseThrow();
        for (Future<Optional<Artifacts>> f : reads) {
          assertThat(f.get().orElseThrow()).as(file).isSameAs(first);
        }
        assertThat(first).isEqualTo(compile(file).artifacts().orElseThrow());
      } finally {
        pool.shutdownNow();
      }
    }
  }

  @Test
  void noArtifactsWithoutStepsOrAfterAnInternalError() throws Exception {
    CompileResult empty =
        ENGINE.compileSource(WorkflowSource.of("empty.md", "# Nothing\n"), Scope.defaults());
    assertThat(empty.workflow().steps()).isEmpty();
    assertThat(empty.artifacts()).isEmpty();

    CompileResult ok = compile("refund-triage.md");
    CompileResult failed =
        ImmutableCompileResult.copyOf(ok)
            .withDiagnostics(
                Diagnostic.of(
                    CoreRule.INTERNAL_ERROR,
                    SourceLocation.start("refund-triage.md"),
                    "Cromus failed on this input"));
    assertThat(failed.artifacts()).isEmpty();
  }
}
