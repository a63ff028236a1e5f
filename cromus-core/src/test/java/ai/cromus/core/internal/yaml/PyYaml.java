package ai.cromus.core.internal.yaml;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Loads YAML texts with PyYAML's safe loader (python3 and the {@code yaml} module) through {@code
 * pyyaml_load.py}; every float comes back as {@code {"float": repr}}, every int as {@code {"int":
 * text}}, every mapping as {@code {"map": [[key, value], ...]}}. Tests skip through a JUnit
 * assumption when python3 or PyYAML is missing.
 */
final class PyYaml {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static Boolean available;

  private PyYaml() {}

  static synchronized boolean available() {
    if (available == null) {
      try {
        Process p =
            new ProcessBuilder("python3", "-c", "import yaml").redirectErrorStream(true).start();
        available = p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
      } catch (IOException | InterruptedException e) {
        available = false;
      }
    }
    return available;
  }

  /** What PyYAML loads from each text, in order; fails when it cannot load one. */
  static List<JsonNode> load(List<String> texts) throws IOException, InterruptedException {
    Path dir = Files.createTempDirectory("cromus-pyyaml");
    try {
      Path script = dir.resolve("pyyaml_load.py");
      try (InputStream in = PyYaml.class.getResourceAsStream("pyyaml_load.py")) {
        Files.write(script, in.readAllBytes());
      }
      List<String> cmd = new ArrayList<>(List.of("python3", "-I", script.toString()));
      for (int i = 0; i < texts.size(); i++) {
        Path f = dir.resolve("doc" + i + ".yaml");
        Files.write(f, texts.get(i).getBytes(StandardCharsets.UTF_8));
        cmd.add(f.toString());
      }
      Process p = new ProcessBuilder(cmd).start();
      byte[] out = p.getInputStream().readAllBytes();
      byte[] err = p.getErrorStream().readAllBytes();
      if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
        throw new AssertionError(
            "PyYAML could not load a text:\n" + new String(err, StandardCharsets.UTF_8));
      }
      List<JsonNode> result = new ArrayList<>();
      JSON.readTree(out).forEach(result::add);
      return result;
    } finally {
      try (var walk = Files.walk(dir)) {
        walk.sorted((a, b) -> b.compareTo(a)).forEach(x -> x.toFile().delete());
      }
    }
  }
}
