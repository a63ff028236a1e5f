package ai.cromus.core.props;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.cromus.core.CompileResult;
import ai.cromus.core.Cromus;
import ai.cromus.core.CromusJson;
import ai.cromus.core.WorkflowSource;
import ai.cromus.core.scope.Scope;
import ai.cromus.core.simulation.BundledCatalog;
import ai.cromus.core.workflow.Workflow;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Same input, byte-identical output, whatever the locale, time zone or thread count. */
class DeterminismTest {
  private final Locale locale = Locale.getDefault();
  private final TimeZone zone = TimeZone.getDefault();

  @AfterEach
  void restore() {
    Locale.setDefault(locale);
    TimeZone.setDefault(zone);
  }

  static List<WorkflowSource> examples() throws IOException {
    List<WorkflowSource> out = new ArrayList<>();
    for (String dir : List.of("../examples/sops", "../examples/workflows")) {
      try (Stream<Path> s = Files.list(Path.of(dir))) {
        for (Path p : s.sorted().collect(Collectors.toList())) {
          out.add(WorkflowSource.of(p.getFileName().toString(), Files.readString(p)));
        }
      }
    }
    return out;
  }

  static String compileAll(Cromus engine, List<WorkflowSource> sources) {
    StringBuilder sb = new StringBuilder();
    for (WorkflowSource s : sources) {
      sb.append(everything(engine.compileSource(s, Scope.defaults())));
    }
    return sb.toString();
  }

  /** The report, the whole workflow and scope as JSON, and every generated artifact. */
  static String everything(CompileResult r) {
    StringBuilder sb = new StringBuilder(CromusJson.write(r));
    sb.append(CromusJson.write(r.workflow())).append(CromusJson.write(r.scope()));
    r.artifacts()
        .ifPresent(
            a ->
                sb.append(a.skillMd())
                    .append(a.cromusYaml())
                    .append(a.ethosFileName())
                    .append(a.ethosMd())
                    .append(a.memoryMd()));
    return sb.toString();
  }

  @Test
  void localesAndTimeZonesDoNotChangeTheOutput() throws IOException {
    List<WorkflowSource> sources = examples();
    Cromus engine = Cromus.builder().catalog(BundledCatalog.get()).build();
    Locale.setDefault(Locale.ROOT);
    TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
    String reference = compileAll(engine, sources);
    for (String tag : List.of("tr-TR", "de-DE", "ar-SA", "hi-IN", "th-TH-u-nu-thai")) {
      for (String tz : List.of("Pacific/Kiritimati", "America/St_Johns", "Asia/Kathmandu")) {
        Locale.setDefault(Locale.forLanguageTag(tag));
        TimeZone.setDefault(TimeZone.getTimeZone(tz));
        assertThat(compileAll(engine, sources)).as(tag + " " + tz).isEqualTo(reference);
      }
    }
  }

  @Test
  void eightThreadsSharingOneEngineGiveTheSingleThreadedResults() throws Exception {
    List<WorkflowSource> sources = examples();
    Cromus engine = Cromus.builder().catalog(BundledCatalog.get()).build();
    List<String> expected = new ArrayList<>();
    for (WorkflowSource s : sources) {
      expected.add(everything(engine.compileSource(s, Scope.defaults())));
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<String>> futures = new ArrayList<>();
      for (int round = 0; round < 5; round++) {
        for (WorkflowSource s : sources) {
          futures.add(pool.submit(() -> everything(engine.compileSource(s, Scope.defaults()))));
        }
      }
      for (int i = 0; i < futures.size(); i++) {
        assertThat(futures.get(i).get()).isEqualTo(expected.get(i % sources.size()));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void workflowsAndScopesRoundTripThroughJsonAndTheReportIsWriteOnly() throws IOException {
    for (WorkflowSource s : examples()) {
      CompileResult r =
          Cromus.builder().catalog(BundledCatalog.get()).build().compileSource(s, Scope.defaults());
      assertThat(r.simulation()).as(s.name()).isPresent();
      assertThat(r.artifacts()).as(s.name()).isPresent();
      assertThat(CromusJson.read(CromusJson.write(r.workflow()), Workflow.class))
          .as(s.name())
          .isEqualTo(r.workflow());
      assertThat(CromusJson.read(CromusJson.write(r.scope()), Scope.class))
          .as(s.name())
          .isEqualTo(r.scope());
      String report = CromusJson.write(r);
      assertThatThrownBy(() -> CromusJson.read(report, CompileResult.class))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("not read back");
    }
  }
}
