package ai.cromus.export;

import ai.cromus.core.CompileResult;
import ai.cromus.core.diagnostic.Diagnostic;
import ai.cromus.core.export.ExportBundle;
import ai.cromus.core.export.ExportOptions;
import ai.cromus.core.export.Exporter;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Collectors;

/**
 * The registered exporters and the two golden cases, shared by the tests: the example SOPs parsed
 * by the real parser and exported with the bundled catalog; refund-triage with a declared plan
 * written here (Haiku on the Anthropic API, Sonnet on Bedrock), incident-postmortem with no
 * simulation (the requested models). The plan becomes the pipeline's own once the simulation is on
 * main.
 */
final class Cases {
  private Cases() {}

  /** The seven exporters of this module, as ServiceLoader finds them (test exporters excluded). */
  static List<Exporter> exporters() {
    List<Exporter> out = new ArrayList<>();
    ServiceLoader.load(Exporter.class)
        .forEach(
            e -> {
              if (e.getClass().getName().startsWith("ai.cromus.export.")
                  && !e.getClass().getName().contains("Test")) {
                out.add(e);
              }
            });
    return out;
  }

  static Exporter exporter(String id) {
    return exporters().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
  }

  /** The name of each golden case. */
  static List<String> names() {
    return List.of("refund-triage", "incident-postmortem");
  }

  static CompileResult result(String name) {
    return switch (name) {
      case "refund-triage" -> Fixtures.simulated(name);
      case "incident-postmortem" -> Fixtures.compiled(Fixtures.example(name));
      default -> throw new IllegalArgumentException(name);
    };
  }

  /** Both cases export with the bundled catalog, as {@code Cromus.export} passes it on. */
  static ExportOptions options(String name) {
    return ExportOptions.builder().catalog(ai.cromus.catalog.BundledCatalog.get()).build();
  }

  static ExportBundle export(String target, String name) {
    return exporter(target).export(result(name), options(name));
  }

  /** Diagnostics as stable text lines: rule, severity, line:column, message. */
  static String diagnostics(ExportBundle b) {
    return b.diagnostics().stream()
        .map(
            (Diagnostic d) ->
                d.rule()
                    + " "
                    + d.severity().id()
                    + " "
                    + d.line()
                    + ":"
                    + d.column()
                    + " "
                    + d.message())
        .collect(Collectors.joining("\n", "", b.diagnostics().isEmpty() ? "" : "\n"));
  }
}
