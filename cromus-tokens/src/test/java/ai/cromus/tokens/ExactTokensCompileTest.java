package ai.cromus.tokens;

import static org.assertj.core.api.Assertions.assertThat;

import ai.cromus.core.CompileResult;
import ai.cromus.core.Cromus;
import ai.cromus.core.CromusJson;
import ai.cromus.core.WorkflowSource;
import ai.cromus.core.scope.Scope;
import ai.cromus.core.simulation.StepSimulation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** Compiles with and without the jtokkit counter: what changes, and what must not. */
class ExactTokensCompileTest {
  private static final OpenAiTokenCounter COUNTER = new OpenAiTokenCounter();
  private static final Cromus PLAIN = Cromus.defaultEngine();
  private static final Cromus EXACT =
      Cromus.builder().catalog(PLAIN.catalog().orElseThrow()).tokenCounter(COUNTER).build();
  private static final ExecutorService POOL = Executors.newFixedThreadPool(4);

  private static final String TITLE = "Summarise the complaint";
  private static final String INSTRUCTIONS =
      "Read the customer's complaint and summarise what went wrong, when, and what the customer"
          + " asks for. Keep the customer's own words for quotes.";

  /** One model step estimated from its text, on {@code model}. */
  private static String sop(String model, String input) {
    return "---\nname: complaint\nruns_per_day: 1000\n---\n# Complaints\n\n## 1. "
        + TITLE
        + "\n"
        + INSTRUCTIONS
        + "\n- kind: llm\n- model: "
        + model
        + "\n"
        + input
        + "- output: ~300 tokens\n";
  }

  private static CompileResult compile(Cromus engine, String text) {
    return engine.compileSource(WorkflowSource.of("complaint.md", text), Scope.defaults());
  }

  private static StepSimulation declaredStep(CompileResult r) {
    return r.simulation().orElseThrow().declared().steps().get(0);
  }

  @AfterAll
  static void stop() {
    POOL.shutdownNow();
  }

  @Test
  void aWorkflowWithDeclaredSizesCompilesToTheSameBytes() throws IOException {
    String text =
        Files.readString(Path.of("../examples/sops/refund-triage.md"), StandardCharsets.UTF_8);
    WorkflowSource source = WorkflowSource.of("refund-triage.md", text);
    assertThat(CromusJson.write(EXACT.compileSource(source, Scope.defaults())))
        .isEqualTo(CromusJson.write(PLAIN.compileSource(source, Scope.defaults())));
  }

  @Test
  void anOpenAiStepIsPricedAtItsCountedSize() {
    long counted = COUNTER.count("o200k_base", TITLE) + COUNTER.count("o200k_base", INSTRUCTIONS);
    assertThat(counted).isEqualTo(33);
    long estimated = (TITLE.length() + 3L) / 4 + (INSTRUCTIONS.length() + 3L) / 4;
    assertThat(estimated).isEqualTo(41);

    StepSimulation exact = declaredStep(compile(EXACT, sop("gpt-4o-mini", "")));
    StepSimulation plain = declaredStep(compile(PLAIN, sop("gpt-4o-mini", "")));
    assertThat(plain.inputTokens()).isEqualTo(100 + estimated);
    assertThat(exact.inputTokens()).isEqualTo(100 + counted);
    assertThat(exact.notes())
        .contains(
            "token sizes estimated (100 framing tokens + title and instructions counted with"
                + " o200k_base + outputs of the steps it follows)");
    // the same step with its input declared at the counted size costs exactly the same
    StepSimulation declared =
        declaredStep(
            compile(PLAIN, sop("gpt-4o-mini", "- input: ~" + (100 + counted) + " tokens\n")));
    assertThat(exact.cost().amount()).isEqualByComparingTo(declared.cost().amount());
    assertThat(exact.cost().amount().toPlainString())
        .isEqualTo(declared.cost().amount().toPlainString());
    assertThat(exact.latencySeconds()).isEqualTo(declared.latencySeconds());
    assertThat(exact.cost().amount()).isLessThan(plain.cost().amount());
  }

  @Test
  void aStepOnAnotherVendorKeepsTheRatio() {
    String text = sop("claude-sonnet-4-5", "");
    assertThat(CromusJson.write(declaredStep(compile(EXACT, text))))
        .isEqualTo(CromusJson.write(declaredStep(compile(PLAIN, text))));
  }

  @Test
  void theSameBytesTwiceAndOnAnyThreadCount() throws Exception {
    String text = sop("gpt-5-mini", "");
    String first = CromusJson.write(compile(EXACT, text));
    assertThat(CromusJson.write(compile(EXACT, text))).isEqualTo(first);
    Cromus fresh =
        Cromus.builder()
            .catalog(PLAIN.catalog().orElseThrow())
            .tokenCounter(new OpenAiTokenCounter())
            .build();
    List<Future<String>> runs = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      runs.add(POOL.submit(() -> CromusJson.write(compile(fresh, text))));
    }
    for (Future<String> run : runs) {
      assertThat(run.get()).isEqualTo(first);
    }
    assertThat(first).isNotEqualTo(CromusJson.write(compile(PLAIN, text)));
  }
}
