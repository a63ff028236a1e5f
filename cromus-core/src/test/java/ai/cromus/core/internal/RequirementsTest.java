package ai.cromus.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import ai.cromus.core.internal.Requirements.Found;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The start-up check of Jackson and SnakeYAML versions. The check on a real old class path is
 * cromus-it's {@code jackson-2.14} build; here, the decision and the message.
 */
class RequirementsTest {
  private static final String JAR = "file:/m2/jackson-core-2.14.1.jar";

  @Test
  void thisBuildsClassPathPasses() {
    assertThatCode(Requirements::check).doesNotThrowAnyException();
  }

  @ParameterizedTest
  @CsvSource({
    "2.15.0, true",
    "2.15, true",
    "2.23.0, true",
    "2.16.0-rc1, true",
    "3.0.0, true",
    "2.14.3, false",
    "2.9.10, false",
    "1.99, false",
    "unknown, true"
  })
  void jacksonTwoFifteenOrLaterIsEnough(String version, boolean enough) {
    assertThat(Requirements.atLeast(version, 2, 15)).isEqualTo(enough);
  }

  @Test
  void anOldJacksonIsNamedWithItsJarAndTheMinimum() {
    Optional<String> problem =
        Requirements.problem(
            List.of(
                new Found("jackson-core", Optional.of("2.14.1"), JAR),
                new Found("jackson-databind", Optional.of("2.23.0"), "file:/databind.jar")),
            Optional.empty());
    assertThat(problem)
        .hasValueSatisfying(
            m ->
                assertThat(m)
                    .startsWith("Cromus needs Jackson 2.15 or later")
                    .contains("found jackson-core 2.14.1 (" + JAR + ")")
                    .doesNotContain("jackson-databind 2.23.0")
                    .contains("com.fasterxml.jackson:jackson-bom 2.15.0 or later"));
  }

  @Test
  void aMissingJacksonModuleIsNamed() {
    assertThat(
            Requirements.problem(
                List.of(new Found("jackson-dataformat-yaml", Optional.empty(), "")),
                Optional.empty()))
        .hasValueSatisfying(m -> assertThat(m).contains("jackson-dataformat-yaml is missing"));
  }

  @Test
  void anOldOrMissingSnakeYamlIsNamed() {
    assertThat(
            Requirements.problem(
                List.of(), Optional.of(new Found("snakeyaml", Optional.of("1.30"), "file:/s.jar"))))
        .hasValue(
            "Cromus needs SnakeYAML 1.33 or later (2.x recommended), but found SnakeYAML 1.30"
                + " (file:/s.jar). Set org.yaml:snakeyaml to 2.2 or later in"
                + " <dependencyManagement>.");
    assertThat(
            Requirements.problem(
                List.of(), Optional.of(new Found("snakeyaml", Optional.empty(), ""))))
        .hasValueSatisfying(m -> assertThat(m).contains("org.yaml:snakeyaml is missing"));
  }

  @Test
  void currentVersionsAreNoProblem() {
    assertThat(
            Requirements.problem(
                List.of(
                    new Found("jackson-core", Optional.of("2.15.4"), JAR),
                    new Found("jackson-databind", Optional.of("2.21.4"), JAR)),
                Optional.empty()))
        .isEmpty();
  }
}
