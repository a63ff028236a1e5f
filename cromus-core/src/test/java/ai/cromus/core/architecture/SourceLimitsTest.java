package ai.cromus.core.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.LineMap;
import com.sun.source.tree.MethodTree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;

/**
 * Keeps every module readable: no main-source file over {@value #MAX_FILE_LINES} lines and no
 * method (or constructor) over {@value #MAX_METHOD_LINES} lines, from its first modifier to its
 * closing brace, in the {@code src/main/java} of every module of the repository (found from this
 * module's folder, so a new module is checked without being named here). The sources are parsed
 * with the JDK's own compiler API. The allow-list holds the current offenders that are being
 * rewritten; it only shrinks, and an entry that no longer offends fails the test so that it is
 * removed.
 */
class SourceLimitsTest {
  static final int MAX_FILE_LINES = 500;
  static final int MAX_METHOD_LINES = 80;

  /** The repository: the parent of this module's folder (Surefire runs in the module). */
  static final Path ROOT = Path.of("").toAbsolutePath().getParent();

  /**
   * Files whose offences are allowed for now, relative to the repository; the list only shrinks,
   * and is empty: the scope reader and the exporters' {@code ExportContext} were the last (issue
   * 19.3 split them behind their facades).
   */
  static final Set<String> ALLOWED = Set.of();

  @Test
  void everyModuleIsScanned() throws IOException {
    assertThat(ROOT.resolve("pom.xml")).exists();
    assertThat(mainSources())
        .as("the src/main/java of every module, this one included")
        .contains(ROOT.resolve("cromus-core/src/main/java"))
        .hasSizeGreaterThan(5);
  }

  @Test
  void noFileOrMethodOverTheLimits() throws IOException {
    List<String> offenders = offenders();
    List<String> unexpected =
        offenders.stream().filter(o -> !ALLOWED.contains(key(o))).collect(Collectors.toList());
    assertThat(unexpected)
        .as(
            "files over %d lines or methods over %d lines (split them, or ask the lead before"
                + " adding to ALLOWED)",
            MAX_FILE_LINES, MAX_METHOD_LINES)
        .isEmpty();
    Set<String> stillOffending =
        offenders.stream().map(SourceLimitsTest::key).collect(Collectors.toSet());
    assertThat(new TreeSet<>(ALLOWED))
        .as("allowed files that no longer offend: remove them from ALLOWED")
        .allMatch(stillOffending::contains);
  }

  /** The {@code src/main/java} folder of every module of the repository, in name order. */
  static List<Path> mainSources() throws IOException {
    try (Stream<Path> s = Files.list(ROOT)) {
      return s.map(m -> m.resolve("src/main/java"))
          .filter(Files::isDirectory)
          .sorted()
          .collect(Collectors.toList());
    }
  }

  /** The file of an offender line ({@code path: detail} or {@code path#method: detail}). */
  private static String key(String offender) {
    return offender.substring(0, offender.indexOf(".java") + ".java".length());
  }

  /** Every offender, as {@code path: N lines} or {@code path#method: N lines}. */
  static List<String> offenders() throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path main : mainSources()) {
      try (Stream<Path> s = Files.walk(main)) {
        s.filter(p -> p.toString().endsWith(".java")).sorted().forEach(files::add);
      }
    }
    List<String> out = new ArrayList<>();
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    try (StandardJavaFileManager fm =
        javac.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
      Iterable<? extends JavaFileObject> units = fm.getJavaFileObjectsFromPaths(files);
      JavacTask task =
          (JavacTask) javac.getTask(null, fm, null, List.of("-proc:none"), null, units);
      SourcePositions positions = Trees.instance(task).getSourcePositions();
      for (CompilationUnitTree unit : task.parse()) {
        String path =
            ROOT.relativize(Path.of(unit.getSourceFile().toUri())).toString().replace('\\', '/');
        LineMap lines = unit.getLineMap();
        long fileLines = lines.getLineNumber(positions.getEndPosition(unit, unit));
        if (fileLines > MAX_FILE_LINES) {
          out.add(path + ": " + fileLines + " lines");
        }
        new TreePathScanner<Void, Void>() {
          private final List<String> classes = new ArrayList<>();

          @Override
          public Void visitClass(ClassTree c, Void v) {
            classes.add(c.getSimpleName().toString());
            super.visitClass(c, null);
            classes.remove(classes.size() - 1);
            return null;
          }

          @Override
          public Void visitMethod(MethodTree m, Void v) {
            long start = lines.getLineNumber(positions.getStartPosition(unit, m));
            long end = lines.getLineNumber(positions.getEndPosition(unit, m));
            if (end - start + 1 > MAX_METHOD_LINES) {
              out.add(
                  path
                      + "#"
                      + String.join(".", classes)
                      + "."
                      + m.getName()
                      + ": "
                      + (end - start + 1)
                      + " lines");
            }
            return super.visitMethod(m, null);
          }
        }.scan(unit, null);
      }
    }
    return out;
  }
}
