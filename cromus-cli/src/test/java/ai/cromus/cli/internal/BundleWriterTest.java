package ai.cromus.cli.internal;

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
        .hasMessageContaining("leaves");
    assertThat(outside.resolve("evil.txt")).doesNotExist();
  }

  @Test
  void writesSafeNestedPaths(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("out");
    var written = BundleWriter.write(one("src/pkg/.mcp.json", out), false);
    assertThat(written).hasSize(2);
    assertThat(out.resolve("src/pkg/.mcp.json")).hasContent("x");
  }
}
