package ai.cromus.core.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import ai.cromus.core.CompileResult;
import ai.cromus.core.Cromus;
import ai.cromus.core.CromusJson;
import ai.cromus.core.WorkflowSource;
import ai.cromus.core.scope.Scope;
import ai.cromus.core.tokens.TokenCounter;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * An engine's {@link TokenCounter} re-counts text-estimated prompts per candidate family, once per
 * text and encoding per compile; other families and declared sizes keep their figures.
 */
class TokenCounterTest {
  private static final String TITLE = "Summarise the complaint";
  private static final String INSTRUCTIONS =
      "Read the complaint and summarise what went wrong and what the customer asks for.";

  /** One token per word, for OpenAI models only; counts its calls per text. */
  static final class WordCounter implements TokenCounter {
    final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();

    @Override
    public Optional<String> encoding(String vendor, String family) {
      return vendor.equals("openai") ? Optional.of("words") : Optional.empty();
    }

    @Override
    public long count(String encoding, String text) {
      calls.computeIfAbsent(text, t -> new AtomicInteger()).incrementAndGet();
      return text.split(" ").length;
    }
  }

  private static String sop(String model, String input) {
    return "# Complaints\n\n## 1. "
        + TITLE
        + "\n"
        + INSTRUCTIONS
        + "\n- kind: llm\n- model: "
        + model
        + "\n"
        + input
        + "- output: ~300 tokens\n";
  }

  private static Cromus engine(Optional<TokenCounter> counter) {
    Cromus.Builder b = Cromus.builder().catalog(TestCatalog.CATALOG).asOf(TestCatalog.AS_OF);
    counter.ifPresent(b::tokenCounter);
    return b.build();
  }

  private static CompileResult compile(Cromus engine, String text) {
    return engine.compileSource(WorkflowSource.of("c.md", text), Scope.defaults());
  }

  private static StepSimulation declared(CompileResult r) {
    return r.simulation().orElseThrow().declared().steps().get(0);
  }

  @Test
  void anOpenAiStepFollowsItsCountedSizeToTheCent() {
    WordCounter words = new WordCounter();
    StepSimulation counted = declared(compile(engine(Optional.of(words)), sop("gpt-5-mini", "")));
    long expected = 100 + 3 + 14; // framing + the title's words + the instructions' words
    assertThat(counted.inputTokens()).isEqualTo(expected);
    assertThat(counted.notes())
        .contains(
            "token sizes estimated (100 framing tokens + title and instructions counted with"
                + " words + outputs of the steps it follows)");
    StepSimulation asDeclared =
        declared(
            compile(engine(Optional.empty()), sop("gpt-5-mini", "- input: ~" + expected + "\n")));
    assertThat(counted.cost().amount().toPlainString())
        .isEqualTo(asDeclared.cost().amount().toPlainString());
    assertThat(counted.expectedCalls()).isEqualTo(asDeclared.expectedCalls());
    StepSimulation plain = declared(compile(engine(Optional.empty()), sop("gpt-5-mini", "")));
    assertThat(plain.inputTokens()).isEqualTo(100 + 6 + 20); // 4 characters per token
  }

  @Test
  void countsEachTextOncePerCompile() {
    WordCounter words = new WordCounter();
    Cromus engine = engine(Optional.of(words));
    String first = CromusJson.write(compile(engine, sop("gpt-5-mini", "")));
    assertThat(words.calls.keySet()).containsExactlyInAnyOrder(TITLE, INSTRUCTIONS);
    assertThat(words.calls.values()).allMatch(n -> n.get() == 1);
    assertThat(CromusJson.write(compile(engine, sop("gpt-5-mini", "")))).isEqualTo(first);
    assertThat(words.calls.values()).allMatch(n -> n.get() == 2);
  }

  @Test
  void anotherVendorAndDeclaredSizesKeepTheirBytes() {
    Cromus counting = engine(Optional.of(new WordCounter()));
    Cromus plain = engine(Optional.empty());
    String claude = sop("claude-sonnet-4-6", "");
    assertThat(CromusJson.write(declared(compile(counting, claude))))
        .isEqualTo(CromusJson.write(declared(compile(plain, claude))));
    String stated = sop("gpt-5-mini", "- input: ~900 tokens\n");
    assertThat(CromusJson.write(compile(counting, stated)))
        .isEqualTo(CromusJson.write(compile(plain, stated)));
  }
}
