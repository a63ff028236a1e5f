package ai.cromus.core.props;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import ai.cromus.core.CompileResult;
import ai.cromus.core.Cromus;
import ai.cromus.core.InputKind;
import ai.cromus.core.Limits;
import ai.cromus.core.WorkflowSource;
import ai.cromus.core.diagnostic.Diagnostic;
import ai.cromus.core.scope.Scope;
import ai.cromus.core.simulation.BundledCatalog;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every regular expression of cromus-core runs in linear time on adversarial text. The reproducers
 * of catastrophic backtracking (issue 18.2) compile at 100,000 characters under a generous bound;
 * and every {@code static Pattern} constant of the main code, found by reflection over the compiled
 * classes (so a new one cannot be forgotten), runs on 100,000-character strings built from the
 * pieces that make regular expressions backtrack. A quadratic pattern needs about 10^10 steps on
 * these strings, minutes; a linear one milliseconds.
 */
class RegexLinearityTest {
  private static final int N = 100_000;

  /** Generous: a hang, not a speed, is what this catches. */
  private static final Duration BOUND = Duration.ofSeconds(20);

  private static final Cromus ENGINE =
      Cromus.builder()
          .catalog(BundledCatalog.get())
          .limits(Limits.builder().maxLineLength(4 * N).build())
          .build();

  static Stream<Arguments> reproducers() {
    String sop = "# T\n\n## 1. Classify the request\nClassify it.\n- kind: llm\n";
    return Stream.of(
        Arguments.of("output, spaces", sop + "- output: 1" + " ".repeat(N) + "x\n", InputKind.SOP),
        Arguments.of("output, digits", sop + "- output: " + "1".repeat(N) + "x\n", InputKind.SOP),
        Arguments.of("retry, spaces", sop + "- retry: 1" + " ".repeat(N) + "2\n", InputKind.SOP),
        Arguments.of(
            "input, commas", sop + "- input: " + "1,".repeat(N / 2) + "x\n", InputKind.SOP),
        Arguments.of(
            "output, words", sop + "- output: " + "1tokens".repeat(N / 7) + " x\n", InputKind.SOP),
        Arguments.of("after, and", sop + "- after: 1" + " ".repeat(N) + "and\n", InputKind.SOP),
        Arguments.of("heading digits", "# T\n\n## " + "1".repeat(N) + "x\nDo it.\n", InputKind.SOP),
        Arguments.of(
            "json output",
            "{\"name\":\"x\",\"steps\":[{\"id\":\"a\",\"kind\":\"llm\",\"output\":\"1"
                + " ".repeat(N)
                + "x\"}]}",
            InputKind.JSON));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("reproducers")
  void theReproducersCompileInLinearTime(String name, String text, InputKind kind) {
    CompileResult r =
        assertTimeoutPreemptively(
            BOUND,
            () ->
                ENGINE.compileSource(
                    WorkflowSource.builder().name("r").text(text).kind(kind).build(),
                    Scope.defaults()));
    assertThat(r.diagnostics())
        .extracting(Diagnostic::rule)
        .doesNotContain("CROMUS-INTERNAL-ERROR");
    assertThat(r.workflow().steps()).isNotEmpty();
  }

  @Test
  void aRetryCountFollowedBySpacesAndMoreIsADiagnostic() {
    CompileResult r =
        ENGINE.compileSource(
            WorkflowSource.sop(
                "r.md",
                "# T\n\n## 1. A\nClassify.\n- kind: llm\n- retry: 1" + " ".repeat(N) + "2\n"),
            Scope.defaults());
    assertThat(r.diagnostics()).extracting(Diagnostic::rule).contains("SOP-ANNOTATION-VALUE");
  }

  /** The pieces repeated to build adversarial text: runs that several quantifiers can share. */
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
          "1_",
          "-",
          "a-",
          "-v1",
          "-v1.0.0",
          ".",
          "1.",
          "@",
          ":",
          ":1",
          "/",
          "{",
          "{a",
          "(",
          ")",
          "~",
          "x",
          "k",
          "1 ",
          "a ",
          "1k ",
          "and ",
          "step ",
          "up to ",
          "tokens",
          "1tokens",
          "when ",
          "use it ",
          "etc ",
          "-a",
          "+a",
          "\n",
          "é",
          "\u0301",
          "ethos-a-v1.0.0-");

  /** Prefixes put in front of the repeated piece: none, and what many patterns start with. */
  private static final List<String> PREFIXES = List.of("", "1", "ethos-", "skill-a");

  static Stream<Arguments> patterns() throws IOException {
    Path classes = Path.of("target/classes");
    List<Arguments> out = new ArrayList<>();
    try (Stream<Path> files = Files.walk(classes)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".class")).sorted().toList()) {
        String name = classes.relativize(f).toString().replace('/', '.').replace('\\', '.');
        name = name.substring(0, name.length() - ".class".length());
        Class<?> c;
        try {
          c = Class.forName(name, true, RegexLinearityTest.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
          continue;
        }
        for (Field field : c.getDeclaredFields()) {
          if (Modifier.isStatic(field.getModifiers()) && field.getType() == Pattern.class) {
            field.setAccessible(true);
            try {
              out.add(
                  Arguments.of(
                      c.getSimpleName() + "." + field.getName(), (Pattern) field.get(null)));
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
  void theScanFindsThePatternsOfTheSopReader() throws IOException {
    Set<String> names =
        patterns()
            .map(a -> (String) a.get()[0])
            .collect(Collectors.toCollection(LinkedHashSet::new));
    assertThat(names)
        .contains(
            "Sizes.SIZE",
            "Sizes.UNIT_AT_END",
            "AnnotationHandlers.RETRY",
            "AnnotationHandlers.AND",
            "SopParser.STEP_NUMBER",
            "Names.ETHOS_STEM",
            "UserNumbers.NUMBER")
        .hasSizeGreaterThan(40);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("patterns")
  void everyPatternIsLinearOnAdversarialText(String name, Pattern pattern) {
    assertTimeoutPreemptively(
        BOUND.multipliedBy(3),
        () -> {
          for (String prefix : PREFIXES) {
            if (prefix.length() > 1 && !pattern.pattern().contains(prefix.substring(0, 5))) {
              continue; // a prefix for the name patterns only
            }
            for (String piece : PIECES) {
              if (!relevant(pattern, piece)) {
                continue;
              }
              String text = prefix + piece.repeat(SCAN_N / piece.length()) + "\u0001";
              long start = System.nanoTime();
              pattern.matcher(text).matches();
              pattern.matcher(text).find();
              long ms = (System.nanoTime() - start) / 1_000_000;
              // a linear pattern needs milliseconds here, a quadratic one tens of seconds
              assertThat(ms)
                  .as("%s on '%s' + %d x '%s'", name, prefix, SCAN_N / piece.length(), piece)
                  .isLessThan(PER_TEXT_MS);
            }
          }
        },
        name);
  }

  /** The length of the scan's texts: a quadratic pattern needs some 10^9 steps on them. */
  private static final int SCAN_N = 50_000;

  /** Generous: linear patterns need a few milliseconds per text. */
  private static final long PER_TEXT_MS = 4_000;

  /**
   * Whether {@code piece} can take part in a match: the pattern matches something non-empty in a
   * few copies of it, or its source names one of the piece's characters (a character of a literal,
   * or of a class or escape it spells out).
   */
  private static boolean relevant(Pattern pattern, String piece) {
    java.util.regex.Matcher m = pattern.matcher(piece.repeat(4));
    while (m.find()) {
      if (m.end() > m.start()) {
        return true;
      }
      if (m.end() >= piece.length() * 4) {
        break;
      }
    }
    String source = pattern.pattern();
    for (int i = 0; i < piece.length(); i++) {
      char c = piece.charAt(i);
      if (source.indexOf(c) >= 0
          || (Character.isWhitespace(c) && source.contains("\\s"))
          || (Character.isDigit(c) && source.contains("\\d"))) {
        return true;
      }
    }
    return false;
  }
}
