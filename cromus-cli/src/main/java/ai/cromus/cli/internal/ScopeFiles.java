package ai.cromus.cli.internal;

import ai.cromus.core.Cromus;
import ai.cromus.core.scope.Scope;
import ai.cromus.core.scope.ScopeReader;
import ai.cromus.core.workflow.Parsed;
import java.nio.file.Path;
import java.util.List;

/** Reads a {@code --scope FILE} for the CLI. */
public final class ScopeFiles {
  /** Largest scope file read, in bytes. */
  public static final long MAX_BYTES = 4L * 1024 * 1024;

  private ScopeFiles() {}

  /**
   * The scope in the file with its diagnostics (checked against the engine's catalog when it has
   * one), or the defaults when {@code file} is null.
   */
  public static Parsed<Scope> load(Path file, Cromus engine) throws InputFiles.Unreadable {
    if (file == null) {
      return Parsed.of(Scope.defaults(), List.of());
    }
    String text = InputFiles.read(file, MAX_BYTES);
    String name = InputFiles.logicalName(file);
    return engine
        .catalog()
        .map(c -> ScopeReader.read(name, text, c))
        .orElseGet(() -> ScopeReader.read(name, text));
  }
}
