package ai.cromus.cli.internal;

import ai.cromus.core.CromusJson;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Trees for the CLI's JSON reports that have no value type of their own ({@code validate}, {@code
 * diff}, {@code models}), written by {@link CromusJson}: the one JSON configuration of Cromus.
 * Decimals keep the scale they are given.
 */
public final class Json {
  // Jackson's numberNode(BigDecimal) keeps the given scale (the old 'exact' switch is gone)
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private Json() {}

  public static ObjectNode object() {
    return NODES.objectNode();
  }

  public static ArrayNode array() {
    return NODES.arrayNode();
  }

  /** The tree as JSON text ending with a line break. */
  public static String write(JsonNode node) {
    return CromusJson.write(node);
  }
}
