package ai.cromus.core.report;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import ai.cromus.core.diagnostic.Diagnostic;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * One file of a SARIF log and the diagnostics reported in it, for {@link SarifWriter}. Every
 * diagnostic is reported at {@link #path()}: group diagnostics by the file they point into with
 * {@link #bySource}.
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutableSarifFile.class)
@JsonDeserialize(as = ImmutableSarifFile.class)
@API(status = EXPERIMENTAL, since = "0.1")
public interface SarifFile {
  /**
   * The file as the user named it, preferably relative to the repository root, e.g. {@code
   * sops/refund.md}.
   */
  @Value.Parameter
  String path();

  /** The diagnostics in that file, in report order. */
  @Value.Parameter
  List<Diagnostic> diagnostics();

  /** A file and its diagnostics. */
  static SarifFile of(String path, List<Diagnostic> diagnostics) {
    return ImmutableSarifFile.of(path, diagnostics);
  }

  /**
   * The files of one or more reports: each of {@code paths} first (listed even without
   * diagnostics), then one entry per other source a diagnostic points into (a scope file), in order
   * of appearance. Each diagnostic goes to the file named by its {@link Diagnostic#source()}; one
   * reported twice (a scope's, present in the result of every workflow compiled under it) is kept
   * once.
   */
  static List<SarifFile> bySource(List<String> paths, List<Diagnostic> diagnostics) {
    Map<String, LinkedHashSet<Diagnostic>> bySource = new LinkedHashMap<>();
    for (String p : paths) {
      bySource.put(p, new LinkedHashSet<>());
    }
    for (Diagnostic d : diagnostics) {
      bySource.computeIfAbsent(d.source(), k -> new LinkedHashSet<>()).add(d);
    }
    List<SarifFile> files = new ArrayList<>();
    bySource.forEach((source, diags) -> files.add(of(source, List.copyOf(diags))));
    return files;
  }
}
