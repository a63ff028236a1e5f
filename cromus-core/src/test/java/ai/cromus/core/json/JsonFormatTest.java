package ai.cromus.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import ai.cromus.core.CromusJson;
import ai.cromus.core.money.Money;
import ai.cromus.core.workflow.Step;
import ai.cromus.core.workflow.StepKind;
import ai.cromus.core.workflow.Workflow;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The one JSON configuration: exact plain decimals, escaped control characters, the layout. */
class JsonFormatTest {
  /** Every character a terminal may act on, and the separators JavaScript treats as line ends. */
  static final String CONTROLS;

  static {
    StringBuilder b = new StringBuilder();
    for (int c = 0; c < 0x20; c++) {
      b.append((char) c);
    }
    b.append('\u007f');
    for (int c = 0x80; c <= 0x9f; c++) {
      b.append((char) c);
    }
    CONTROLS = b.append('\u2028').append('\u2029').toString();
  }

  static boolean isControl(char c) {
    return CONTROLS.indexOf(c) >= 0 && c != '\n';
  }

  static Workflow titled(String text) {
    return Workflow.builder()
        .name("w")
        .title(text)
        .description(text)
        .putExtra(text, text)
        .addSteps(Step.builder().id("s").title(text).kind(StepKind.LLM).build())
        .build();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "\u001b[31mRED\u001b]0;pwned\u0007",
        "bell\u0007 back\b del\u007f csi\u009b31m nel\u0085",
        "line\u2028separator\u2029paragraph",
        "tab\tcr\rnul\u0000 end"
      })
  void controlCharactersAreEscapedAndReadBackAsWritten(String hostile) {
    Workflow wf = titled(hostile);
    String json = CromusJson.write(wf);
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      assertThat(isControl(c)).as("raw U+%04X in %s", (int) c, json).isFalse();
    }
    assertThat(CromusJson.read(json, Workflow.class)).isEqualTo(wf);
  }

  @Test
  void seededTextWithEveryControlCharacterReadsBackEqual() {
    long seed = new Random().nextLong();
    Random random = new Random(seed);
    for (int i = 0; i < 200; i++) {
      StringBuilder b = new StringBuilder();
      for (int n = random.nextInt(40); n > 0; n--) {
        b.append(
            random.nextBoolean()
                ? CONTROLS.charAt(random.nextInt(CONTROLS.length()))
                : (char) (0x20 + random.nextInt(0x3000)));
      }
      Workflow wf = titled(b.toString());
      String json = CromusJson.write(wf);
      for (int k = 0; k < json.length(); k++) {
        char c = json.charAt(k);
        assertThat(isControl(c)).as("seed %d: raw U+%04X", seed, (int) c).isFalse();
      }
      assertThat(CromusJson.read(json, Workflow.class)).as("seed %d", seed).isEqualTo(wf);
    }
  }

  @Test
  void decimalsAreWrittenExactlyAndNeverWithAnExponent() {
    Map<String, Object> values =
        Map.of(
            "tens", new BigDecimal("1E+1"),
            "tiny", new BigDecimal("1.7E-9"),
            "money", Money.usd(new BigDecimal("2.5E+3")),
            "scaled", new BigDecimal("0.0100"));
    String json = CromusJson.write(values);
    assertThat(json)
        .isEqualTo(
            """
            {
              "money" : 2500,
              "scaled" : 0.0100,
              "tens" : 10,
              "tiny" : 0.0000000017
            }
            """);
    JsonNode back = CromusJson.read(json, JsonNode.class);
    assertThat(back.get("tiny").decimalValue()).isEqualTo(new BigDecimal("0.0000000017"));
    assertThat(back.get("scaled").decimalValue()).isEqualTo(new BigDecimal("0.0100"));
  }

  @Test
  void theStreamingFormsWriteTheSameBytes() throws IOException {
    Workflow wf = titled("Classify the request — ünïcode ✓");
    String text = CromusJson.write(wf);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    CromusJson.write(wf, bytes);
    assertThat(bytes.toByteArray()).isEqualTo(text.getBytes(StandardCharsets.UTF_8));
    StringWriter chars = new StringWriter();
    CromusJson.write(wf, chars);
    assertThat(chars.toString()).isEqualTo(text).endsWith("}\n").doesNotContain("\r");
  }
}
