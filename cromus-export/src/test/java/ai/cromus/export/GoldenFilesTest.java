package ai.cromus.export;

import static org.assertj.core.api.Assertions.assertThat;

import ai.cromus.core.export.ExportBundle;
import ai.cromus.core.export.ExportedFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every exporter against its golden files for both examples: the files, byte for byte, and the
 * diagnostics. Run with {@code -Dcromus.golden.update=true} to rewrite the golden files after an
 * intended change, then review the diff.
 */
class GoldenFilesTest {
  static final Path ROOT = Path.of("src/test/resources/ai/cromus/export/golden");

  static Stream<Arguments> cases() {
    List<Arguments> out = new ArrayList<>();
    for (String name : Cases.names()) {
      Cases.exporters().forEach(e -> out.add(Arguments.of(e.id(), name)));
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0} / {1}")
  @MethodSource("cases")
  void matchesGoldenFiles(String target, String name) throws IOException {
    ExportBundle bundle = Cases.export(target, name);
    Path dir = ROOT.resolve(name).resolve(target);
    List<String> expectedFiles = new ArrayList<>();
    if (Boolean.getBoolean("cromus.golden.update")) {
      write(dir, bundle);
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.filter(Files::isRegularFile)
          .filter(p -> !p.getFileName().toString().equals("diagnostics.txt"))
          .forEach(p -> expectedFiles.add(dir.relativize(p).toString().replace('\\', '/')));
    }
    assertThat(bundle.files())
        .extracting(ExportedFile::path)
        .containsExactlyInAnyOrderElementsOf(expectedFiles);
    for (ExportedFile f : bundle.files()) {
      assertThat(f.text())
          .as(f.path())
          .isEqualTo(Files.readString(dir.resolve(f.path()), StandardCharsets.UTF_8));
    }
    assertThat(Cases.diagnostics(bundle))
        .isEqualTo(Files.readString(dir.resolve("diagnostics.txt"), StandardCharsets.UTF_8));
  }

  @ParameterizedTest(name = "{0} / {1}")
  @MethodSource("cases")
  void sameBytesUnderAnyLocaleAndTimeZone(String target, String name) {
    ExportBundle first = Cases.export(target, name);
    Locale locale = Locale.getDefault();
    TimeZone zone = TimeZone.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("tr-TR"));
      TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
      ExportBundle second = Cases.export(target, name);
      assertThat(second.files()).hasSameSizeAs(first.files());
      for (int i = 0; i < first.files().size(); i++) {
        assertThat(second.files().get(i).path()).isEqualTo(first.files().get(i).path());
        assertThat(second.files().get(i).content()).isEqualTo(first.files().get(i).content());
      }
      assertThat(second.diagnostics()).isEqualTo(first.diagnostics());
    } finally {
      Locale.setDefault(locale);
      TimeZone.setDefault(zone);
    }
  }

  private static void write(Path dir, ExportBundle bundle) throws IOException {
    if (Files.exists(dir)) {
      try (Stream<Path> walk = Files.walk(dir)) {
        for (Path p : walk.sorted((a, b) -> b.compareTo(a)).toList()) {
          Files.delete(p);
        }
      }
    }
    for (ExportedFile f : bundle.files()) {
      Path p = dir.resolve(f.path());
      Files.createDirectories(p.getParent());
      Files.write(p, f.content());
    }
    Files.createDirectories(dir);
    Files.writeString(
        dir.resolve("diagnostics.txt"), Cases.diagnostics(bundle), StandardCharsets.UTF_8);
  }
}
