package ai.cromus.tokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.EncodingType;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OpenAiTokenCounterTest {
  private static final String SENTENCE =
      "Extract the patient's symptoms, medications and dates from the report; flag anything"
          + " serious.";

  private final OpenAiTokenCounter counter = new OpenAiTokenCounter();

  @Test
  void countsO200kExactly() {
    assertThat(counter.count("o200k_base", "hello world")).isEqualTo(2);
    assertThat(counter.count("o200k_base", "Triage the refund request")).isEqualTo(5);
    assertThat(counter.count("o200k_base", SENTENCE)).isEqualTo(16);
    assertThat(counter.count("o200k_base", "こんにちは世界")).isEqualTo(2);
  }

  @Test
  void countsCl100kExactly() {
    assertThat(counter.count("cl100k_base", "hello world")).isEqualTo(2);
    assertThat(counter.count("cl100k_base", SENTENCE)).isEqualTo(17);
    assertThat(counter.count("cl100k_base", "こんにちは世界")).isEqualTo(4);
  }

  @Test
  void agreesWithJtokkitAndCountsSpecialTokensAsText() {
    var o200k = Encodings.newLazyEncodingRegistry().getEncoding(EncodingType.O200K_BASE);
    String text = SENTENCE + " <|endoftext|> " + "x".repeat(500);
    assertThat(counter.count("o200k_base", text)).isEqualTo(o200k.countTokensOrdinary(text));
  }

  @ParameterizedTest
  @CsvSource({
    "openai, gpt-4o, o200k_base",
    "openai, gpt-4-1, o200k_base",
    "openai, gpt-5, o200k_base",
    "openai, gpt-5-mini, o200k_base",
    "openai, gpt-5-nano, o200k_base",
    "openai, o-series, o200k_base",
    "openai, gpt-4, cl100k_base",
    "openai, gpt-4-turbo, cl100k_base",
    "openai, gpt-3.5-turbo, cl100k_base",
  })
  void mapsOpenAiFamilies(String vendor, String family, String encoding) {
    assertThat(counter.encoding(vendor, family)).contains(encoding);
  }

  @ParameterizedTest
  @CsvSource({
    "openai, gpt-oss",
    "anthropic, claude-sonnet",
    "google, gemini-flash",
    "deepseek, deepseek-v3",
    "mistral, gpt-4o"
  })
  void hasNoEncodingForOtherFamilies(String vendor, String family) {
    assertThat(counter.encoding(vendor, family)).isEqualTo(Optional.empty());
  }

  @Test
  void rejectsAnUnknownEncoding() {
    assertThatThrownBy(() -> counter.count("p50k_base", "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("p50k_base");
  }
}
