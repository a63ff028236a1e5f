package ai.cromus.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.cromus.core.export.ExportBundle;
import ai.cromus.core.export.ExportedFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A hostile (third-party) bundle can never write outside the output folder. */
class BundleWriterTest {
  static Map<ExportBundle, Path> one(String path, Path dir) {
    ExportBundle b =
        ExportBundle.builder()
            .target("hostile")
            .addFiles(
                ExportedFile.builder()
                    .path("ok.txt")
                    .content("ok".getBytes(StandardCharsets.UTF_8))
                    .build())
            .addFiles(
                ExportedFile.builder()
                    .path(path)
                    .content("x".getBytes(StandardCharsets.UTF_8))
                    .build())
            .build();
    Map<ExportBundle, Path> m = new LinkedHashMap<>();
    m.put(b, dir);
    return m;
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "../evil.txt",
        "a/../../evil.txt",
        "/etc/evil",
        "C:/evil.txt",
        "a\\..\\evil",
        "CON",
        "nul.txt",
        "a/./b",
        "a//b",
        "",
        "bad\u0000name",
        "line\nbreak",
        "..",
        "."
      })
  void refusesUnsafePathsAndWritesNothing(String path, @TempDir Path dir) throws IOException {
    Path out = dir.resolve("out");
    assertThatThrownBy(() -> BundleWriter.write(one(path, out), false))
        .isInstanceOf(BundleWriter.Refused.class);
    assertThat(Files.exists(out.resolve("ok.txt"))).isFalse();
    try (var walk = Files.walk(dir)) {
      assertThat(walk.filter(Files::isRegularFile)).isEmpty();
    }
  }

  @Test
  void refusesToFollowALinkOutOfTheFolder(@TempDir Path dir) throws IOException {
    Path out = Files.createDirectories(dir.resolve("out"));
    Path outside = Files.createDirectories(dir.resolve("outside"));
    Files.createSymbolicLink(out.resolve("link"), outside);
    assertThatThrownBy(() -> BundleWriter.write(one("link/evil.txt", out), false))
        .isInstanceOf(BundleWriter.Refused.class)
        .hasMessageContaining("symbolic link");
    assertThat(outside.resolve("evil.txt")).doesNotExist();
  }

  @Test
  void writesSafeNestedPaths(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("out");
    var written = BundleWriter.write(one("src/pkg/.mcp.json", out), false);
    assertThat(written).hasSize(2);
    assertThat(out.resolve("src/pkg/.mcp.json")).hasContent("x");
  }

  /** Issue 18.6: with --force, a file that is a link is never written through. */
  @Test
  void forceNeverWritesThroughALinkedFileNorCreatesThroughADanglingOne(@TempDir Path dir)
      throws IOException {
    Path out = Files.createDirectories(dir.resolve("out/.agents/skills/refund-triage"));
    Path victim = Files.writeString(dir.resolve("victim.txt"), "precious");
    Path dangling = dir.resolve("created-outside.txt");
    Files.createSymbolicLink(out.resolve("SKILL.md"), victim);
    Files.createSymbolicLink(out.resolve("MEMORY.md"), dangling);
    ExportBundle b =
        ExportBundle.builder()
            .target("specs")
            .addFiles(file(".agents/skills/refund-triage/SKILL.md"))
            .addFiles(file(".agents/skills/refund-triage/MEMORY.md"))
            .addFiles(file(".agents/skills/refund-triage/cromus.yaml"))
            .build();
    assertThatThrownBy(() -> BundleWriter.write(b, dir.resolve("out"), true))
        .isInstanceOf(BundleWriter.Refused.class)
        .satisfies(
            e ->
                assertThat(((BundleWriter.Refused) e).problems())
                    .hasSize(2)
                    .allMatch(p -> p.contains("symbolic link")));
    assertThat(victim).hasContent("precious");
    assertThat(dangling).doesNotExist();
    assertThat(out.resolve("cromus.yaml")).doesNotExist();
  }

  @Test
  void aLinkedFolderInsideTheOutputFolderIsRefusedEvenWhenItStaysInside(@TempDir Path dir)
      throws IOException {
    Path out = Files.createDirectories(dir.resolve("out"));
    Path real = Files.createDirectories(out.resolve("real"));
    Files.createSymbolicLink(out.resolve("alias"), real);
    assertThatThrownBy(() -> BundleWriter.write(one("alias/x.txt", out), true))
        .isInstanceOf(BundleWriter.Refused.class);
    assertThat(real.resolve("x.txt")).doesNotExist();
  }

  @Test
  void writeFileRefusesALink(@TempDir Path dir) throws IOException {
    Path victim = Files.writeString(dir.resolve("victim.txt"), "precious");
    Path link = Files.createSymbolicLink(dir.resolve("report.txt"), victim);
    assertThatThrownBy(() -> BundleWriter.writeFile(link, "x".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(IOException.class);
    assertThat(victim).hasContent("precious");
    Path fresh = dir.resolve("a/b/report.txt");
    BundleWriter.writeFile(fresh, "x".getBytes(StandardCharsets.UTF_8));
    assertThat(fresh).hasContent("x");
  }

  @Test
  void theOutputFolderItselfMayBeALink(@TempDir Path dir) throws Exception {
    Path real = Files.createDirectories(dir.resolve("real"));
    Path out = Files.createSymbolicLink(dir.resolve("out"), real);
    assertThat(BundleWriter.write(one("a/b.txt", out), false)).hasSize(2);
    assertThat(real.resolve("a/b.txt")).hasContent("x");
  }

  static ExportedFile file(String path) {
    return ExportedFile.builder()
        .path(path)
        .content("new".getBytes(StandardCharsets.UTF_8))
        .build();
  }
}
