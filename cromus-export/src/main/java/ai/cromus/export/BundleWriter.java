package ai.cromus.export;

import static org.apiguardian.api.API.Status.STABLE;

import ai.cromus.core.export.ExportBundle;
import ai.cromus.core.export.ExportedFile;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Writes export bundles into folders, as {@code cromus export} does. Every path is checked before
 * anything is written: it must be {@link BundlePath#isSafe(String) safe}, stay inside its folder,
 * and pass through no symbolic link: a file that is a link (dangling or not) is never written
 * through, even with {@code force}, and a folder on the way that is a link is refused. Without
 * {@code force} no existing file is overwritten. Either every file is written or none is (short of
 * a file-system failure part way).
 *
 * <pre>{@code
 * ExportBundle b = cromus.export(result, "langgraph");
 * List<Path> written = BundleWriter.write(b, Path.of("build/export"), false);
 * }</pre>
 *
 * <p>The folder given is trusted as it is (it may itself be a link); everything below it is
 * checked. Files are opened with {@link LinkOption#NOFOLLOW_LINKS}, so a link made between the
 * check and the write is refused by the operating system rather than followed.
 */
@API(status = STABLE, since = "0.1")
public final class BundleWriter {
  /** Why nothing was written, one line per problem. */
  @API(status = STABLE, since = "0.1")
  public static final class Refused extends Exception {
    private static final long serialVersionUID = 1L;
    private final List<String> problems;

    Refused(List<String> problems) {
      super(String.join("; ", problems));
      this.problems = List.copyOf(problems);
    }

    /** One line per problem, naming the target and the path. */
    public List<String> problems() {
      return problems;
    }
  }

  private BundleWriter() {}

  /**
   * Writes one bundle into {@code folder}.
   *
   * @return the files written, in the bundle's order
   * @throws Refused when a path is unsafe, leads through a link, or exists and {@code force} is
   *     false; nothing is written
   * @throws IOException when the file system fails part way
   */
  public static List<Path> write(ExportBundle bundle, Path folder, boolean force)
      throws Refused, IOException {
    Map<ExportBundle, Path> one = new LinkedHashMap<>();
    one.put(Objects.requireNonNull(bundle, "bundle must not be null"), folder);
    return write(one, force);
  }

  /**
   * Writes each bundle into {@code folders.get(bundle)} and returns the files written, in order.
   *
   * @throws Refused when a path is unsafe, leads through a link, or exists and {@code force} is
   *     false; nothing is written
   * @throws IOException when the file system fails part way
   */
  public static List<Path> write(Map<ExportBundle, Path> folders, boolean force)
      throws Refused, IOException {
    Objects.requireNonNull(folders, "folders must not be null");
    Map<Path, byte[]> plan = new LinkedHashMap<>();
    List<String> problems = new ArrayList<>();
    for (Map.Entry<ExportBundle, Path> e : folders.entrySet()) {
      Path root = e.getValue().toAbsolutePath().normalize();
      String target = e.getKey().target();
      for (ExportedFile f : e.getKey().files()) {
        if (!BundlePath.isSafe(f.path())) {
          problems.add(target + ": unsafe path '" + printable(f.path()) + "' refused");
          continue;
        }
        Path file = root.resolve(f.path()).normalize();
        if (!file.startsWith(root)) {
          problems.add(target + ": '" + printable(f.path()) + "' leaves " + root);
          continue;
        }
        Path link = firstLink(root, file);
        if (link != null) {
          problems.add(
              target
                  + ": '"
                  + printable(f.path())
                  + "' leads through the symbolic link "
                  + link
                  + ", which is never written through (remove the link first)");
          continue;
        }
        if (plan.containsKey(file)) {
          problems.add(target + ": '" + printable(f.path()) + "' is written twice");
          continue;
        }
        if (!force && Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
          problems.add(file + " exists (use --force to overwrite)");
          continue;
        }
        if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
          problems.add(file + " is a folder");
          continue;
        }
        plan.put(file, f.content());
      }
    }
    if (!problems.isEmpty()) {
      throw new Refused(problems);
    }
    List<Path> written = new ArrayList<>();
    for (Map.Entry<Path, byte[]> e : plan.entrySet()) {
      writeFile(e.getKey(), e.getValue());
      written.add(e.getKey());
    }
    return written;
  }

  /**
   * Writes {@code content} to {@code file}, creating the folders above it, and never through a
   * symbolic link: when {@code file} is a link, it is refused with an {@link IOException} (the
   * operating system refuses to open it) rather than followed.
   */
  public static void writeFile(Path file, byte[] content) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    if (Files.isSymbolicLink(file)) {
      throw new IOException(file + " is a symbolic link; it is never written through");
    }
    try (OutputStream out =
        Files.newOutputStream(
            file,
            StandardOpenOption.CREATE,
            StandardOpenOption.TRUNCATE_EXISTING,
            StandardOpenOption.WRITE,
            LinkOption.NOFOLLOW_LINKS)) {
      out.write(content);
    }
  }

  /**
   * The first path from {@code root} (excluded) down to {@code file} (included) that is a symbolic
   * link, or null. Paths that do not exist yet are no links; the folders above them will be created
   * as real folders.
   */
  private static Path firstLink(Path root, Path file) {
    Path rel = root.relativize(file);
    Path p = root;
    for (Path part : rel) {
      p = p.resolve(part);
      if (Files.isSymbolicLink(p)) {
        return p;
      }
      if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
        return null;
      }
    }
    return null;
  }

  private static String printable(String s) {
    StringBuilder b = new StringBuilder();
    s.codePoints()
        .forEach(
            c -> {
              if (c < 0x20 || c == 0x7f || (c >= 0x80 && c <= 0x9f)) {
                b.append(String.format(Locale.ROOT, "\\u%04x", c));
              } else {
                b.appendCodePoint(c);
              }
            });
    return b.toString();
  }
}
