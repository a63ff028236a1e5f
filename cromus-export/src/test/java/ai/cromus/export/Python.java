package ai.cromus.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Parses generated Python with python3's own {@code ast} module (the code is never run) and returns
 * what it defines. Tests skip, through a JUnit assumption, when python3 is missing.
 */
final class Python {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static Boolean available;

  private Python() {}

  static synchronized boolean available() {
    if (available == null) {
      try {
        Process p = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
        available = p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
      } catch (IOException | InterruptedException e) {
        available = false;
      }
    }
    return available;
  }

  /** The inspection of {@code source} (see inspect.py); fails the test on a syntax error. */
  static JsonNode inspect(String source) throws IOException, InterruptedException {
    return inspectAll(java.util.List.of(source)).get(0);
  }

  /** One python3 process inspects every source, in order; fails the test on a syntax error. */
  static java.util.List<JsonNode> inspectAll(java.util.List<String> sources)
      throws IOException, InterruptedException {
    Path dir = Files.createTempDirectory("cromus-py");
    try {
      Path script = dir.resolve("inspect.py");
      try (InputStream in = Python.class.getResourceAsStream("python/inspect.py")) {
        Files.write(script, in.readAllBytes());
      }
      java.util.List<String> cmd =
          new java.util.ArrayList<>(java.util.List.of("python3", "-I", script.toString()));
      for (int i = 0; i < sources.size(); i++) {
        Path file = dir.resolve("module" + i + ".py");
        Files.writeString(file, sources.get(i), StandardCharsets.UTF_8);
        cmd.add(file.toString());
      }
      Process p = new ProcessBuilder(cmd).start();
      byte[] out = p.getInputStream().readAllBytes();
      byte[] err = p.getErrorStream().readAllBytes();
      if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
        throw new AssertionError(
            "python3 rejected a module:\n"
                + new String(err, StandardCharsets.UTF_8)
                + "\n--- sources ---\n"
                + String.join("\n---\n", sources));
      }
      java.util.List<JsonNode> result = new java.util.ArrayList<>();
      MAPPER.readTree(out).forEach(result::add);
      return result;
    } finally {
      try (var walk = Files.walk(dir)) {
        walk.sorted((a, b) -> b.compareTo(a)).forEach(x -> x.toFile().delete());
      }
    }
  }
}
