package ai.cromus.cli.internal;

import ai.cromus.cli.CromusCommand;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The training run of the CLI's class-data-sharing archive ({@code cromus.jsa}): runs each command
 * a user runs most, in one JVM, so that {@code -XX:ArchiveClassesAtExit} archives the classes they
 * load. The launcher script runs it with {@code CROMUS_CDS=dump}, and the build does at {@code
 * package}. Its inputs are bundled examples, copied into a temporary folder that it deletes; it
 * prints nothing. Exit code 0, or 1 when a command ended in a usage error (exit code 2): then the
 * training did not run what it should, and the launcher keeps no archive of it.
 */
public final class ArchiveTraining {
  private static final String INPUTS = "ai/cromus/cli/internal/training/";

  private ArchiveTraining() {}

  public static void main(String[] args) throws IOException {
    Path dir = Files.createTempDirectory("cromus-training");
    int failures = 0;
    try {
      String sop = copy(dir, "sops/adverse-event-intake.md");
      String sops = Path.of(copy(dir, "sops/refund-triage.md")).getParent().toString();
      String scope = copy(dir, "scopes/acme-support.yaml");
      String skill = copy(dir, "specs/refund-triage/SKILL.md");
      String skillDir = Path.of(skill).getParent().toString();
      failures += run("--version");
      failures += run("--help");
      failures += run("compile", sop);
      failures += run("compile", sop, "--scope", scope, "--format", "json");
      failures += run("compile", sop, "--format", "sarif");
      failures += run("compile", sop, "--format", "html");
      failures += run("compile", sops, "--jobs", "2");
      failures += run("compile", sops, "--format", "json", "--jobs", "2");
      failures += run("validate", skillDir);
      failures += run("validate", dir.toString(), "--format", "json");
      failures += run("validate", skillDir, "--format", "sarif");
    } finally {
      delete(dir);
    }
    System.exit(failures == 0 ? 0 : 1);
  }

  /** Runs one command line; 1 if it ended in a usage error. */
  private static int run(String... args) {
    PrintWriter none = new PrintWriter(Writer.nullWriter());
    return CromusCommand.execute(none, none, args) == CromusCommand.USAGE ? 1 : 0;
  }

  private static String copy(Path dir, String name) throws IOException {
    Path to = dir.resolve(name);
    Files.createDirectories(to.getParent());
    try (InputStream in = ArchiveTraining.class.getResourceAsStream("/" + INPUTS + name)) {
      if (in == null) {
        throw new IOException("the training input " + INPUTS + name + " is not in the jar");
      }
      Files.copy(in, to);
    }
    return to.toString();
  }

  private static void delete(Path dir) throws IOException {
    List<Path> all = new ArrayList<>();
    try (Stream<Path> s = Files.walk(dir)) {
      s.sorted(Comparator.reverseOrder()).forEach(all::add);
    }
    for (Path p : all) {
      try {
        Files.deleteIfExists(p);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
