package ai.cromus.core.export;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.nio.charset.StandardCharsets;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/** One file of an export bundle: a relative path inside the bundle and its bytes. */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutableExportedFile.class)
@JsonDeserialize(as = ImmutableExportedFile.class)
@API(status = STABLE, since = "0.1")
public interface ExportedFile {
  /** Relative path with {@code /} separators; never absolute, never leaves the bundle. */
  String path();

  /** The content (a defensive copy). */
  byte[] content();

  /** The content as UTF-8 text. */
  default String text() {
    return new String(content(), StandardCharsets.UTF_8);
  }

  static ImmutableExportedFile.Builder builder() {
    return ImmutableExportedFile.builder();
  }
}
