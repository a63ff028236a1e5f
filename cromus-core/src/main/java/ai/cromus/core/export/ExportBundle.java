package ai.cromus.core.export;

import static org.apiguardian.api.API.Status.STABLE;

import ai.cromus.core.diagnostic.Diagnostic;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * What an exporter produces: files in order, and diagnostics about what could not be expressed in
 * the target.
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutableExportBundle.class)
@JsonDeserialize(as = ImmutableExportBundle.class)
@API(status = STABLE, since = "0.1")
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
