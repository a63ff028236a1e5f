package ai.cromus.cli.internal;

import ai.cromus.core.WorkflowSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Workflow sources from files: a SKILL.md comes with the {@code cromus.yaml} next to it. */
public final class WorkflowSources {
  private WorkflowSources() {}

  /**
   * The source of {@code file} (already read as {@code text}, named {@code name}); for a {@code
   * SKILL.md} or {@code skill.md} with a readable {@code cromus.yaml} beside it, the sidecar is
   * attached so the skill compiles to the workflow it was generated from.
   */
  public static WorkflowSource of(Path file, String name, String text, long maxBytes) {
    String fileName = file.getFileName() == null ? "" : file.getFileName().toString();
    if (fileName.equals("SKILL.md") || fileName.equals("skill.md")) {
      Path parent = file.toAbsolutePath().getParent();
      Path sidecar = parent == null ? null : parent.resolve("cromus.yaml");
      if (sidecar != null && Files.isRegularFile(sidecar)) {
        try {
          return WorkflowSource.skill(name, text, Optional.of(InputFiles.read(sidecar, maxBytes)));
        } catch (InputFiles.Unreadable e) {
          return WorkflowSource.of(name, text);
        }
      }
    }
    return WorkflowSource.of(name, text);
  }
}
