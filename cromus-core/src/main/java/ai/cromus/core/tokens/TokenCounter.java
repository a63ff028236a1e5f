package ai.cromus.core.tokens;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Counts the tokens of text Cromus can see (a model step's title and instructions) with a model
 * family's own tokenizer. Set one with {@code Cromus.builder().tokenCounter(...)}; without one,
 * every size estimated from text uses the documented 4 characters per token (docs/simulation.md
 * §2.2). Declared sizes are never re-counted.
 *
 * <p>A counter is asked once per model for the encoding of its vendor and family, and once per
 * (text, encoding) and compile for a count; the engine caches the counts, so a counter need not.
 * Implementations must be thread-safe and deterministic (the same text and encoding give the same
 * count), and may load their vocabularies lazily: an engine that never prices a model of a family
 * with an encoding never asks for a count. Cromus core ships no implementation (it does no I/O);
 * {@code cromus-tokens} has one for OpenAI's encodings.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public interface TokenCounter {
  /**
   * The encoding that counts text for models of {@code vendor} and {@code family} (catalog ids,
   * e.g. {@code openai} and {@code gpt-4o}), e.g. {@code o200k_base}; empty when this counter has
   * none for them, and those models keep the documented ratio.
   */
  Optional<String> encoding(String vendor, String family);

  /**
   * The tokens of {@code text} in {@code encoding}, one that {@link #encoding} returned; the text
   * is counted as ordinary text (special tokens are not recognised).
   */
  long count(String encoding, String text);
}
