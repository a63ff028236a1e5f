package ai.cromus.core.internal;

import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * The versions of Jackson and SnakeYAML Cromus needs, checked once when Cromus is first used, so
 * that an application whose dependency management brings older ones (Spring Boot 3.1 or earlier, a
 * pinned {@code jackson-bom}) fails at start-up with a message naming the minimum, instead of a
 * {@code NoClassDefFoundError} deep inside a call. docs/compatibility.md states the same minimums;
 * {@code cromus-it} builds real applications on the supported stacks.
 */
public final class Requirements {
  /** Jackson 2.15 brought {@code StreamReadConstraints}, which bounds every JSON and YAML read. */
  static final int JACKSON_MINOR = 15;

  private static final Optional<String> PROBLEM = problem(jackson(), snakeYaml());

  private Requirements() {}

  /**
   * Throws when the class path holds a Jackson or SnakeYAML older than Cromus needs; does nothing
   * (a field read) otherwise.
   *
   * @throws IllegalStateException naming what was found, where, and the minimum
   */
  public static void check() {
    if (PROBLEM.isPresent()) {
      throw new IllegalStateException(PROBLEM.get());
    }
  }

  /** One library as found on the class path: its version (empty if absent) and its jar. */
  record Found(String artifact, Optional<String> version, String location) {}

  /** The problem with what was found, if any: one message for all of it. */
  static Optional<String> problem(List<Found> jackson, Optional<Found> oldSnakeYaml) {
    List<String> wrong = new ArrayList<>();
    for (Found f : jackson) {
      if (f.version().isEmpty()) {
        wrong.add(f.artifact() + " is missing");
      } else if (!atLeast(f.version().get(), 2, JACKSON_MINOR)) {
        wrong.add(f.artifact() + " " + f.version().get() + " (" + f.location() + ")");
      }
    }
    List<String> messages = new ArrayList<>();
    if (!wrong.isEmpty()) {
      messages.add(
          "Cromus needs Jackson 2."
              + JACKSON_MINOR
              + " or later (jackson-core, jackson-databind, jackson-dataformat-yaml,"
              + " jackson-datatype-jdk8 and jackson-datatype-jsr310, all of one version), but found "
              + String.join(", ", wrong)
              + ". Align them on one version, e.g. import com.fasterxml.jackson:jackson-bom 2."
              + JACKSON_MINOR
              + ".0 or later in <dependencyManagement> (Spring Boot 3.2 and later manage Jackson"
              + " 2.15 or later).");
    }
    oldSnakeYaml.ifPresent(
        f ->
            messages.add(
                "Cromus needs SnakeYAML 1.33 or later (2.x recommended), but "
                    + (f.location().isEmpty()
                        ? "org.yaml:snakeyaml is missing"
                        : "found "
                            + f.version().map(v -> "SnakeYAML " + v).orElse("an older SnakeYAML")
                            + " ("
                            + f.location()
                            + ")")
                    + ". Set org.yaml:snakeyaml to 2.2 or later in <dependencyManagement>."));
    return messages.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", messages));
  }

  /** {@code version} is {@code major.minor} or later ("2.15.4", "2.21", "2.16.0-rc1"). */
  static boolean atLeast(String version, int major, int minor) {
    String[] parts = version.split("[.-]");
    try {
      int maj = Integer.parseInt(parts[0]);
      int min = parts.length > 1 ? Integer.parseInt(parts[1]) : 0;
      return maj > major || (maj == major && min >= minor);
    } catch (NumberFormatException e) {
      return true; // an unparsable version is not a reason to refuse to start
    }
  }

  private static List<Found> jackson() {
    List<Found> out = new ArrayList<>();
    out.add(
        found(
            "jackson-core",
            () -> com.fasterxml.jackson.core.json.PackageVersion.VERSION,
            () -> com.fasterxml.jackson.core.json.PackageVersion.class));
    out.add(
        found(
            "jackson-databind",
            () -> com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION,
            () -> com.fasterxml.jackson.databind.cfg.PackageVersion.class));
    out.add(
        found(
            "jackson-dataformat-yaml",
            () -> com.fasterxml.jackson.dataformat.yaml.PackageVersion.VERSION,
            () -> com.fasterxml.jackson.dataformat.yaml.PackageVersion.class));
    out.add(
        found(
            "jackson-datatype-jdk8",
            () -> com.fasterxml.jackson.datatype.jdk8.PackageVersion.VERSION,
            () -> com.fasterxml.jackson.datatype.jdk8.PackageVersion.class));
    out.add(
        found(
            "jackson-datatype-jsr310",
            () -> com.fasterxml.jackson.datatype.jsr310.PackageVersion.VERSION,
            () -> com.fasterxml.jackson.datatype.jsr310.PackageVersion.class));
    return out;
  }

  private static Found found(String artifact, Supplier<Object> version, Supplier<Class<?>> type) {
    try {
      return new Found(artifact, Optional.of(version.get().toString()), location(type.get()));
    } catch (LinkageError e) {
      return new Found(artifact, Optional.empty(), "");
    }
  }

  /**
   * SnakeYAML names no version in code; {@code LoaderOptions.setCodePointLimit}, which bounds every
   * YAML read, is what Cromus needs from it (SnakeYAML 1.32 and later have it).
   */
  private static Optional<Found> snakeYaml() {
    try {
      Class<?> options = LoaderOptions.class;
      try {
        options.getMethod("setCodePointLimit", int.class);
        return Optional.empty();
      } catch (NoSuchMethodException e) {
        Package p = options.getPackage();
        return Optional.of(
            new Found(
                "snakeyaml",
                Optional.ofNullable(p == null ? null : p.getImplementationVersion()),
                location(options)));
      }
    } catch (LinkageError e) {
      return Optional.of(new Found("snakeyaml", Optional.empty(), ""));
    }
  }

  private static String location(Class<?> type) {
    CodeSource source = type.getProtectionDomain().getCodeSource();
    return source == null || source.getLocation() == null
        ? "unknown location"
        : source.getLocation().toString();
  }
}
