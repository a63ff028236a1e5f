package ai.cromus.export.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.nio.charset.StandardCharsets;

/**
 * The one YAML writer of every exporter. Every string value is written double-quoted with escapes,
 * on one line, so no YAML indicator, line break or comment marker in user text can change the
 * structure.
 */
public final class Yaml {
  private static final YAMLMapper MAPPER =
      new YAMLMapper(
          YAMLFactory.builder()
              .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
              .disable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
              .disable(YAMLGenerator.Feature.SPLIT_LINES)
              .disable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
              .build());

  private Yaml() {}

  /** The tree as UTF-8 YAML bytes. */
  public static byte[] bytes(JsonNode node) {
    try {
      return MAPPER.writeValueAsString(node).replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a YAML tree could not be written", e);
    }
  }
}
