package ai.cromus.core.export;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/** One file of an export bundle: a relative path inside the bundle and its bytes. */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutableExportedFile.class)
@JsonDeserialize(as = ImmutableExportedFile.class)
public interface ExportedFile {
  /** Relative path with {@code /} separators; never absolute, never leaves the bundle. */
  String path();

  /** The content (a defensive copy). */
  byte[] content();

  /** The content as UTF-8 text. */
  default String text() {
    return new String(content(), java.nio.charset.StandardCharsets.UTF_8);
  }

  static ImmutableExportedFile.Builder builder() {
    return ImmutableExportedFile.builder();
  }
}
