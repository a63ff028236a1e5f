package ai.cromus.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every {@code static Pattern} of a module's main code, found by reflection over the compiled
 * classes ({@code target/classes} of the module whose tests run), runs in linear time on
 * 50,000-character strings built from the pieces that make regular expressions backtrack (as {@code
 * RegexLinearityTest} does for cromus-core): a quadratic pattern needs about 10^9 steps on them, a
 * linear one milliseconds. A module checks its own patterns with an empty subclass named {@code
 * PatternLinearityTest}; this one and cromus-test's do (cromus-test reads it from this module's
 * test jar, as cromus-report reads {@link HostileText}).
 */
public abstract class StaticPatternLinearity {
  private static final int N = 50_000;
  private static final List<String> PIECES =
      List.of(
          " ",
          "\t",
          "1",
          "a",
          "A",
          ",",
          "1,",
          "_",
          "-",
          "a-",
          "-v1",
          "-v1.0.0",
          ".",
          "@",
          ":",
          "/",
          "{",
          "{a",
          "}",
          "(",
          ")",
          "x",
          "1 ",
          "a ",
          "\n",
          "é",
          "\u0301",
          "ethos-a-v1.0.0-");
  private static final List<String> PREFIXES = List.of("", "1", "ethos-", "{");

  /** Every static pattern of the module's main classes, named by class and field. */
  public static Stream<Arguments> patterns() throws IOException {
    Path classes = Path.of("target/classes");
    List<Arguments> out = new ArrayList<>();
    try (Stream<Path> files = Files.walk(classes)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".class")).sorted().toList()) {
        String name = classes.relativize(f).toString().replace('/', '.').replace('\\', '.');
        name = name.substring(0, name.length() - ".class".length());
        Class<?> c;
        try {
          c = Class.forName(name, true, StaticPatternLinearity.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
          continue;
        }
        for (Field field : c.getDeclaredFields()) {
          if (Modifier.isStatic(field.getModifiers()) && field.getType() == Pattern.class) {
            field.setAccessible(true);
            try {
              out.add(Arguments.of(c.getSimpleName() + "." + field.getName(), field.get(null)));
            } catch (IllegalAccessException e) {
              throw new AssertionError(e);
            }
          }
        }
      }
    }
    return out.stream();
  }

  @Test
  public void theScanFindsPatterns() throws IOException {
    assertThat(patterns()).isNotEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("patterns")
  public void everyPatternIsLinearOnAdversarialText(String name, Pattern pattern) {
    assertTimeoutPreemptively(
        Duration.ofSeconds(60),
        () -> {
          for (String prefix : PREFIXES) {
            for (String piece : PIECES) {
              String text = prefix + piece.repeat(N / piece.length()) + "\u0001";
              long start = System.nanoTime();
              pattern.matcher(text).matches();
              pattern.matcher(text).find();
              long ms = (System.nanoTime() - start) / 1_000_000;
              assertThat(ms).as("%s on '%s' + '%s'", name, prefix, piece).isLessThan(4_000);
            }
          }
        },
        name);
  }
}
