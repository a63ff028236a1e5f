package ai.cromus.cli.internal;

import ai.cromus.core.diagnostic.Diagnostic;
import ai.cromus.core.internal.ValueStyle;
import java.util.List;
import org.immutables.value.Value;

/**
 * The diagnostics of one input file, for {@link SarifWriter}. Every diagnostic is reported at
 * {@link #path()}: group diagnostics by the file they point into.
 */
@Value.Immutable
@ValueStyle
public interface SarifFileResult {
  /**
   * The file as the user named it, preferably relative to the repository root, e.g. {@code
   * sops/refund.md}.
   */
  @Value.Parameter
  String path();

  /** The diagnostics in that file, in report order. */
  @Value.Parameter
  List<Diagnostic> diagnostics();

  static SarifFileResult of(String path, List<Diagnostic> diagnostics) {
    return ImmutableSarifFileResult.of(path, diagnostics);
  }

  /**
   * The file results of one or more compilations: {@code path} first (listed even without
   * diagnostics), then one entry per other source a diagnostic points into (a scope file), in order
   * of appearance. A diagnostic reported twice (the scope's, in each result) is kept once.
   */
  static List<SarifFileResult> bySource(String path, List<Diagnostic> diagnostics) {
    java.util.Map<String, java.util.LinkedHashSet<Diagnostic>> bySource =
        new java.util.LinkedHashMap<>();
    bySource.put(path, new java.util.LinkedHashSet<>());
    for (Diagnostic d : diagnostics) {
      bySource.computeIfAbsent(d.source(), k -> new java.util.LinkedHashSet<>()).add(d);
    }
    List<SarifFileResult> files = new java.util.ArrayList<>();
    bySource.forEach((source, diags) -> files.add(of(source, List.copyOf(diags))));
    return files;
  }
}
