package ai.cromus.core.internal.simulation.pricing;

import ai.cromus.core.catalog.Model;
import ai.cromus.core.internal.parse.Sizes;
import ai.cromus.core.internal.parse.TokenEstimates;
import ai.cromus.core.tokens.TokenCounter;
import ai.cromus.core.workflow.ImmutableStep;
import ai.cromus.core.workflow.Step;
import ai.cromus.core.workflow.TokenCount;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The text-estimated sizes of one compile re-counted per candidate model with an engine's {@link
 * TokenCounter} (docs/simulation.md §2.2): a model step whose prompt the parser estimated from its
 * title and instructions at 4 characters per token gets, on a model whose family has an encoding,
 * the same prompt with that part counted in the encoding (the framing and the upstream outputs,
 * typical sizes rather than text, stay). Counts are cached per (encoding, text) for the compile;
 * without a counter every demand is returned as it is.
 */
public final class TextTokens {
  /** No counter: every size keeps the parser's estimate. */
  public static final TextTokens NONE = new TextTokens(Optional.empty());

  private final Optional<TokenCounter> counter;
  private final Map<String, Optional<String>> encodings = new ConcurrentHashMap<>();
  private final Map<Key, Long> counts = new ConcurrentHashMap<>();

  private record Key(String encoding, String text) {}

  private TextTokens(Optional<TokenCounter> counter) {
    this.counter = counter;
  }

  /** The re-counting of one compile with {@code counter}, when there is one. */
  public static TextTokens of(Optional<TokenCounter> counter) {
    return counter.isPresent() ? new TextTokens(counter) : NONE;
  }

  /** {@code d} on model {@code m}: its prompt re-counted when it was estimated from text. */
  public StepDemand on(StepDemand d, Model m) {
    if (counter.isEmpty()) {
      return d;
    }
    Step s = d.step();
    TokenCount in = s.inputTokens();
    if (in.declared() || !in.method().equals(TokenEstimates.inputMethod(s))) {
      return d;
    }
    long estimated = TokenEstimates.textTokens(s);
    if (in.tokens() >= Sizes.MAX_TOKENS || in.tokens() < estimated) {
      return d; // capped at the limit, or not the parser's sum: nothing to replace
    }
    Optional<String> encoding =
        encodings.computeIfAbsent(
            m.vendor() + "\u0000" + m.family(),
            k -> counter.get().encoding(m.vendor(), m.family()));
    if (encoding.isEmpty()) {
      return d;
    }
    String enc = encoding.get();
    long counted = count(enc, s.title()) + count(enc, s.instructions());
    long tokens = Math.min(Sizes.MAX_TOKENS, in.tokens() - estimated + counted);
    Step recounted =
        ImmutableStep.copyOf(s)
            .withInputTokens(TokenCount.estimated(tokens, TokenEstimates.countedInputMethod(enc)));
    return d.withStep(recounted);
  }

  private long count(String encoding, String text) {
    if (text.isEmpty()) {
      return 0;
    }
    return counts.computeIfAbsent(
        new Key(encoding, text), k -> Math.max(0, counter.get().count(encoding, text)));
  }
}
