package ai.cromus.cli;

import static org.apiguardian.api.API.Status.INTERNAL;

import ai.cromus.cli.internal.InputFiles;
import ai.cromus.cli.internal.TextReport;
import ai.cromus.core.CompileResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * What the {@code cromus} command reads and prints, for tools that run Cromus the same way (the
 * Maven plugin's {@code cromus:check}): input files read as the CLI reads them, and the
 * human-readable report of {@code cromus compile}.
 */
@API(status = INTERNAL, since = "0.1")
public final class CliReports {
  private CliReports() {}

  /**
   * The text report {@code cromus compile} prints for a result read from {@code path}, compiled
   * under the scope read from {@code scopeFile} (empty: the defaults, or a scope built in code).
   */
  public static String text(
      String path, CompileResult result, boolean verbose, Optional<String> scopeFile) {
    Objects.requireNonNull(path, "path must not be null");
    Objects.requireNonNull(result, "result must not be null");
    Objects.requireNonNull(scopeFile, "scopeFile must not be null");
    return TextReport.of(path, result, verbose, scopeFile);
  }

  /**
   * A workflow or scope file's text as the CLI reads it: UTF-8 from a regular file of at most
   * {@code maxBytes} bytes (links followed).
   *
   * @throws IOException with a one-line, user-facing message (no such file, a folder, a device, too
   *     large, not UTF-8 at a given byte)
   */
  public static String readInput(Path file, long maxBytes) throws IOException {
    Objects.requireNonNull(file, "file must not be null");
    try {
      return InputFiles.read(file, maxBytes);
    } catch (InputFiles.Unreadable e) {
      throw new IOException(e.getMessage(), e);
    }
  }
}
