package ai.cromus.test.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads the text a {@code @CromusWorkflow} or scope location names: {@code classpath:path} through
 * a class loader, {@code file:path} or a plain path through the file system. Text is UTF-8;
 * malformed bytes become U+FFFD and the core reports them as diagnostics.
 */
public final class Locations {
  private static final String CLASSPATH = "classpath:";
  private static final String FILE = "file:";

  private Locations() {}

  /** The text at {@code location}. */
  public static Optional<String> read(String location, ClassLoader loader) throws IOException {
    Objects.requireNonNull(location, "location must not be null");
    if (location.startsWith(CLASSPATH)) {
      String path = stripLeadingSlash(location.substring(CLASSPATH.length()));
      try (InputStream in = loader.getResourceAsStream(path)) {
        if (in == null) {
          return Optional.empty();
        }
        return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
    Path p = Path.of(location.startsWith(FILE) ? location.substring(FILE.length()) : location);
    if (!Files.isRegularFile(p)) {
      return Optional.empty();
    }
    return Optional.of(new String(Files.readAllBytes(p), StandardCharsets.UTF_8));
  }

  /**
   * The logical source name Cromus reports diagnostics against: the path without its scheme, e.g.
   * {@code sops/refund-triage.md} for {@code classpath:sops/refund-triage.md}.
   */
  public static String sourceName(String location) {
    if (location.startsWith(CLASSPATH)) {
      return stripLeadingSlash(location.substring(CLASSPATH.length()));
    }
    return location.startsWith(FILE) ? location.substring(FILE.length()) : location;
  }

  private static String stripLeadingSlash(String s) {
    return s.startsWith("/") ? s.substring(1) : s;
  }
}
