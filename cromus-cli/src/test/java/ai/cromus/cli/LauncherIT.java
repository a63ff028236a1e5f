package ai.cromus.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The packaged CLI (issue 23): the {@code cromus} launcher script next to the jar gives what {@code
 * java -jar cromus.jar} gives, with the class-data-sharing archive the build made and without it,
 * and the archive is one the JVM that built it can map. Runs after {@code package} (Failsafe), on
 * systems with {@code sh}.
 */
class LauncherIT {
  static final Path TARGET = Path.of("target");
  static final Path LAUNCHER = TARGET.resolve("cromus");
  static final Path JAR = TARGET.resolve("cromus.jar");
  static final Path ARCHIVE = TARGET.resolve("cromus.jsa");
  static final String JAVA =
      Path.of(System.getProperty("java.home"), "bin", "java").toAbsolutePath().toString();

  @BeforeAll
  static void unixOnly() {
    assumeTrue(File.separatorChar == '/', "the launcher is a POSIX shell script");
    assertThat(JAR).isRegularFile();
    assertThat(LAUNCHER).isRegularFile().isExecutable();
  }

  static Stream<List<String>> commandLines() {
    return Stream.of(
        List.of("--version"),
        List.of("--help"),
        List.of(),
        List.of("help", "compile"),
        List.of("validate", "../examples/specs/refund-triage"),
        List.of("validate", "../examples/specs/invalid", "--format", "json"),
        List.of("compile", "../examples/sops/refund-triage.md"),
        List.of("compile", "../examples/sops/refund-triage.md", "--format", "sarif"),
        List.of("compile", "no-such-file.md"),
        List.of("compile", "../examples/sops", "--format", "json"),
        List.of("nonesuch"),
        List.of("models", "--format", "json"));
  }

  @ParameterizedTest
  @MethodSource("commandLines")
  void theLauncherGivesWhatJavaJarGives(List<String> args) throws Exception {
    List<String> plain = new ArrayList<>(List.of(JAVA, "-jar", JAR.toString()));
    plain.addAll(args);
    Run expected = run(plain, Map.of());
    List<String> launcher = new ArrayList<>(List.of(LAUNCHER.toString()));
    launcher.addAll(args);
    assertThat(run(launcher, Map.of("JAVA_HOME", System.getProperty("java.home"))))
        .isEqualTo(expected);
    assertThat(
            run(
                launcher,
                Map.of("JAVA_HOME", System.getProperty("java.home"), "CROMUS_CDS", "off")))
        .isEqualTo(expected);
  }

  @Test
  void theBuildMadeAnArchiveThisJvmMaps() throws Exception {
    assertThat(ARCHIVE).as("the build makes target/cromus.jsa with the JVM that runs it").exists();
    // -Xshare:on fails instead of running without the archive
    Run r =
        run(
            List.of(
                JAVA,
                "-Xshare:on",
                "-XX:SharedArchiveFile=" + ARCHIVE,
                "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC",
                "-jar",
                JAR.toString(),
                "--version"),
            Map.of());
    assertThat(r.code).as(r.err).isZero();
    assertThat(r.out).startsWith("cromus ");
  }

  @Test
  void aLinkToTheLauncherFindsTheJar(@TempDir Path dir) throws Exception {
    Path link = dir.resolve("cromus");
    Files.createSymbolicLink(link, LAUNCHER.toAbsolutePath());
    Run r =
        run(
            List.of(link.toString(), "--version"),
            Map.of("JAVA_HOME", System.getProperty("java.home")));
    assertThat(r).isEqualTo(run(List.of(JAVA, "-jar", JAR.toString(), "--version"), Map.of()));
  }

  @Test
  void aJarWithoutArchiveRunsAndDumpMakesOne(@TempDir Path dir) throws Exception {
    Path jar = Files.copy(JAR, dir.resolve("cromus.jar"));
    Path launcher = Files.copy(LAUNCHER, dir.resolve("cromus"));
    Map<String, String> env = Map.of("JAVA_HOME", System.getProperty("java.home"));
    Run expected = run(List.of(JAVA, "-jar", jar.toString(), "--version"), Map.of());
    assertThat(run(List.of(launcher.toString(), "--version"), env)).isEqualTo(expected);
    Run dump =
        run(
            List.of(launcher.toString()),
            Map.of("JAVA_HOME", System.getProperty("java.home"), "CROMUS_CDS", "dump"));
    assertThat(dump.code).as(dump.err).isZero();
    assertThat(dump.out).isEmpty();
    assertThat(dump.err).isEmpty();
    assertThat(dir.resolve("cromus.jsa")).isRegularFile();
    try (Stream<Path> left = Files.list(dir)) {
      assertThat(left.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("cromus", "cromus.jar", "cromus.jsa");
    }
    assertThat(run(List.of(launcher.toString(), "--version"), env)).isEqualTo(expected);
  }

  /** A finished process: exit code, standard output, standard error. */
  static final class Run {
    final int code;
    final String out;
    final String err;

    Run(int code, String out, String err) {
      this.code = code;
      this.out = out;
      this.err = err;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Run run && run.code == code && run.out.equals(out) && run.err.equals(err);
    }

    @Override
    public int hashCode() {
      return out.hashCode();
    }

    @Override
    public String toString() {
      return "exit " + code + "\n--- out\n" + out + "\n--- err\n" + err;
    }
  }

  static Run run(List<String> command, Map<String, String> env)
      throws IOException, InterruptedException {
    Path out = Files.createTempFile("cromus-it", ".out");
    Path err = Files.createTempFile("cromus-it", ".err");
    try {
      ProcessBuilder pb = new ProcessBuilder(command);
      pb.environment().remove("CROMUS_CDS");
      pb.environment().remove("CROMUS_JAVA_OPTS");
      pb.environment().remove("JAVA_TOOL_OPTIONS");
      pb.environment().putAll(env);
      pb.redirectOutput(out.toFile()).redirectError(err.toFile());
      Process p = pb.start();
      assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("finished: %s", command).isTrue();
      return new Run(
          p.exitValue(),
          Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }
}
