package ai.cromus.test;

import static org.assertj.core.api.Assertions.assertThat;

import ai.cromus.core.CompileResult;
import ai.cromus.core.Cromus;
import ai.cromus.core.WorkflowSource;
import ai.cromus.core.scope.Scope;
import ai.cromus.test.internal.Breakdown;
import org.junit.jupiter.api.Test;

/** Issue 18.11: a failed budget's message shows control characters of the input visibly. */
class BreakdownHygieneTest {
  @Test
  void failureMessagesNeverCarryRawEscapeSequences() {
    String json =
        "{\"name\":\"x\",\"title\":\"t\",\"source\":\"s\",\"steps\":[{\"id\":\"a\","
            + "\"title\":\"\\u001b[31mRED\\u001b]0;pwned\\u0007\",\"kind\":\"llm\","
            + "\"instructions\":\"\\u009b2J\\u202e\"}]}";
    CompileResult r =
        Cromus.defaultEngine()
            .compileSource(WorkflowSource.of("w\u001b[2J.json", json), Scope.defaults());
    String text = Breakdown.full(r);
    assertThat(text).doesNotContain("\u001b").doesNotContain("\u0007").doesNotContain("\u009b");
    assertThat(text).contains("w\\u001b[2J.json");
  }
}
