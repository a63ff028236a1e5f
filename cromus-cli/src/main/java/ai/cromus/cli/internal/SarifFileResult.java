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
  /** The file as the user named it, preferably relative to the repository root, e.g. {@code sops/refund.md}. */
  @Value.Parameter
  String path();

  /** The diagnostics in that file, in report order. */
  @Value.Parameter
  List<Diagnostic> diagnostics();

  static SarifFileResult of(String path, List<Diagnostic> diagnostics) {
    return ImmutableSarifFileResult.of(path, diagnostics);
  }
}
