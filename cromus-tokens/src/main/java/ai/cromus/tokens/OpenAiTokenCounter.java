package ai.cromus.tokens;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import ai.cromus.core.tokens.TokenCounter;
import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.Encoding;
import com.knuddels.jtokkit.api.EncodingRegistry;
import com.knuddels.jtokkit.api.EncodingType;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apiguardian.api.API;

/**
 * A {@link TokenCounter} with OpenAI's own encodings, from jtokkit: {@code o200k_base} for the
 * GPT-4o, GPT-4.1, GPT-5 and o-series families, {@code cl100k_base} for GPT-4 and GPT-3.5; nothing
 * for other vendors and families (gpt-oss uses {@code o200k_harmony}, which jtokkit lacks), so they
 * keep the documented 4 characters per token.
 *
 * <p>Each vocabulary is loaded the first time a text is counted in it (o200k_base takes 0.6–0.9 s
 * in a fresh JVM, docs/simulation.md §7), once per instance: share one instance across engines and
 * compiles. Thread-safe.
 *
 * <pre>{@code
 * Cromus cromus = Cromus.builder().catalog(catalog).tokenCounter(new OpenAiTokenCounter()).build();
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class OpenAiTokenCounter implements TokenCounter {
  /** The encoding of GPT-4o, GPT-4.1, GPT-5 and the o-series. */
  public static final String O200K_BASE = "o200k_base";

  /** The encoding of GPT-4 and GPT-3.5. */
  public static final String CL100K_BASE = "cl100k_base";

  private final EncodingRegistry registry = Encodings.newLazyEncodingRegistry();
  private final Map<String, Encoding> loaded = new ConcurrentHashMap<>();

  /** A counter that has loaded nothing yet. */
  public OpenAiTokenCounter() {
    // the vocabularies load on first use
  }

  @Override
  public Optional<String> encoding(String vendor, String family) {
    if (!"openai".equals(vendor.toLowerCase(Locale.ROOT))) {
      return Optional.empty();
    }
    String f = family.toLowerCase(Locale.ROOT);
    if (f.startsWith("gpt-4o")
        || f.startsWith("gpt-4-1")
        || f.startsWith("gpt-4.1")
        || f.startsWith("gpt-5")
        || f.equals("o-series")) {
      return Optional.of(O200K_BASE);
    }
    if (f.equals("gpt-4")
        || f.startsWith("gpt-4-turbo")
        || f.startsWith("gpt-3.5")
        || f.startsWith("gpt-3-5")) {
      return Optional.of(CL100K_BASE);
    }
    return Optional.empty();
  }

  /**
   * The tokens of {@code text} as ordinary text in {@code encoding}.
   *
   * @throws IllegalArgumentException for an encoding other than {@link #O200K_BASE} and {@link
   *     #CL100K_BASE}
   */
  @Override
  public long count(String encoding, String text) {
    return loaded.computeIfAbsent(encoding, this::load).countTokensOrdinary(text);
  }

  private Encoding load(String encoding) {
    return switch (encoding) {
      case O200K_BASE -> registry.getEncoding(EncodingType.O200K_BASE);
      case CL100K_BASE -> registry.getEncoding(EncodingType.CL100K_BASE);
      default -> throw new IllegalArgumentException("no encoding '" + encoding + "'");
    };
  }
}
