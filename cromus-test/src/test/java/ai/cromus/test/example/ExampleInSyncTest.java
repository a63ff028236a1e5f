package ai.cromus.test.example;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The sample in {@code examples/java} (what users copy, with no package) is this package's
 * {@link RefundTriageBudgetTest}, which runs in this build: the sample always compiles and passes.
 */
class ExampleInSyncTest {
  @Test
  void theSampleIsTheTestThatRunsHere() throws Exception {
    String sample = Files.readString(Path.of("..", "examples", "java", "RefundTriageBudgetTest.java"), StandardCharsets.UTF_8);
    String here = Files.readString(Path.of("src", "test", "java", "ai", "cromus", "test", "example",
        "RefundTriageBudgetTest.java"), StandardCharsets.UTF_8);
    assertThat("package ai.cromus.test.example;\n\n" + sample).isEqualTo(here);
  }
}
