package ai.cromus.cli.internal;

import ai.cromus.core.export.ExportBundle;
import ai.cromus.core.export.ExportedFile;
import ai.cromus.export.BundlePath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes export bundles into a folder. Every path is checked before anything is written: it must be
 * {@link BundlePath#isSafe(String) safe}, resolve inside the folder (symbolic links included), and,
 * without {@code force}, not exist yet. Either every file is written or none.
 */
public final class BundleWriter {
  /** Why nothing was written, one line per problem. */
  public static final class Refused extends Exception {
    private static final long serialVersionUID = 1L;
    private final List<String> problems;

    Refused(List<String> problems) {
      super(String.join("; ", problems));
      this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
      return problems;
    }
  }

  private BundleWriter() {}

  /**
   * Writes each bundle into {@code folders.get(bundle)} and returns the files written, in order.
   *
   * @throws Refused when a path is unsafe, or exists and {@code force} is false; nothing is written
   * @throws IOException when the file system fails part way
   */
  public static List<Path> write(Map<ExportBundle, Path> folders, boolean force)
      throws Refused, IOException {
    Map<Path, byte[]> plan = new LinkedHashMap<>();
    List<String> problems = new ArrayList<>();
    for (Map.Entry<ExportBundle, Path> e : folders.entrySet()) {
      Path root = e.getValue().toAbsolutePath().normalize();
      for (ExportedFile f : e.getKey().files()) {
        if (!BundlePath.isSafe(f.path())) {
          problems.add(e.getKey().target() + ": unsafe path '" + printable(f.path()) + "' refused");
          continue;
        }
        Path target = root.resolve(f.path()).normalize();
        if (!target.startsWith(root) || escapesThroughLink(root, target)) {
          problems.add(e.getKey().target() + ": '" + printable(f.path()) + "' leaves " + root);
          continue;
        }
        if (plan.containsKey(target)) {
          problems.add(e.getKey().target() + ": '" + printable(f.path()) + "' is written twice");
          continue;
        }
        if (!force && Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
          problems.add(target + " exists (use --force to overwrite)");
          continue;
        }
        plan.put(target, f.content());
      }
    }
    if (!problems.isEmpty()) {
      throw new Refused(problems);
    }
    List<Path> written = new ArrayList<>();
    for (Map.Entry<Path, byte[]> e : plan.entrySet()) {
      Files.createDirectories(e.getKey().getParent());
      Files.write(e.getKey(), e.getValue());
      written.add(e.getKey());
    }
    return written;
  }

  /** True when an existing ancestor of {@code target} under {@code root} is a link leading out. */
  private static boolean escapesThroughLink(Path root, Path target) throws IOException {
    Path realRoot = Files.exists(root) ? root.toRealPath() : root;
    for (Path p = target.getParent(); p != null && p.startsWith(root); p = p.getParent()) {
      if (Files.exists(p)) {
        return !p.toRealPath().startsWith(realRoot);
      }
    }
    return false;
  }

  private static String printable(String s) {
    StringBuilder b = new StringBuilder();
    s.codePoints()
        .forEach(
            c -> {
              if (c < 0x20 || c == 0x7f) {
                b.append(String.format(java.util.Locale.ROOT, "\\u%04x", c));
              } else {
                b.appendCodePoint(c);
              }
            });
    return b.toString();
  }
}
