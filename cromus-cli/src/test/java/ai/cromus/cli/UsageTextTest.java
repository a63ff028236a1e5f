package ai.cromus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * {@code cromus --help} is printed from {@code src/main/resources/ai/cromus/cli/usage.txt} without
 * starting picocli (start-up time, issue 23): the file must be what picocli prints. After changing
 * a command's name, option or description, regenerate it with {@code ./mvnw -pl cromus-cli test
 * -Dtest=UsageTextTest -Dcromus.golden.update=true} and review the diff.
 */
class UsageTextTest {
  static final Path FILE =
      Path.of("src/main/resources/ai/cromus/cli/" + CromusCommand.USAGE_RESOURCE);

  @Test
  void theStoredHelpIsPicoclis() throws IOException {
    StringWriter out = new StringWriter();
    int code =
        CromusCommand.execute(
            new PrintWriter(out), new PrintWriter(new StringWriter()), true, "--help");
    assertThat(code).isZero();
    String picocli = out.toString().replace(System.lineSeparator(), "\n");
    if (Boolean.getBoolean("cromus.golden.update")) {
      Files.writeString(FILE, picocli, StandardCharsets.UTF_8);
    }
    assertThat(Files.readString(FILE, StandardCharsets.UTF_8))
        .as("%s is not what picocli prints: regenerate it (see this test's Javadoc)", FILE)
        .isEqualTo(picocli);
  }
}
