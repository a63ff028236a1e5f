package ai.cromus.export.internal;

import ai.cromus.core.CromusJson;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;

/**
 * The JSON files of every exporter: insertion-ordered trees, written by {@link CromusJson} (the one
 * JSON configuration of Cromus: exact decimals without exponents, control characters escaped,
 * two-space indent, {@code \n}). Decimals keep the scale they are given.
 */
public final class ExportJson {
  // Jackson's numberNode(BigDecimal) keeps the given scale (the old 'exact' switch is gone)
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private ExportJson() {}

  public static ObjectNode object() {
    return NODES.objectNode();
  }

  public static ArrayNode array() {
    return NODES.arrayNode();
  }

  /** The tree as UTF-8 bytes, ending with a line break. */
  public static byte[] bytes(JsonNode node) {
    return CromusJson.write(node).getBytes(StandardCharsets.UTF_8);
  }
}
