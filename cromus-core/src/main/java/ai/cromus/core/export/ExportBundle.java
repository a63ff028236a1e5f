package ai.cromus.core.export;

import ai.cromus.core.diagnostic.Diagnostic;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What an exporter produces: files in order, and diagnostics about what could not be expressed in
 * the target.
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutableExportBundle.class)
@JsonDeserialize(as = ImmutableExportBundle.class)
public interface ExportBundle {
  /** The exporter id. */
  String target();

  /** Files in a stable order. */
  List<ExportedFile> files();

  List<Diagnostic> diagnostics();

  /** The file at this relative path. */
  default Optional<ExportedFile> file(String path) {
    return files().stream().filter(f -> f.path().equals(path)).findFirst();
  }

  static ImmutableExportBundle.Builder builder() {
    return ImmutableExportBundle.builder();
  }
}
