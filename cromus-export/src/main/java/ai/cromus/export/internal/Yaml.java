package ai.cromus.export.internal;

import ai.cromus.core.export.YamlOutput;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The YAML files of every exporter, written by Cromus's one YAML writer ({@link YamlOutput}): every
 * string double-quoted with escapes, on one line, so no YAML indicator, line break or comment
 * marker in user text can change the structure. The exporters build their trees as Jackson nodes;
 * this turns one into the plain maps and lists the writer takes.
 */
public final class Yaml {
  private Yaml() {}

  /** The tree (an object) as UTF-8 YAML bytes. */
  public static byte[] bytes(JsonNode node) {
    if (!node.isObject()) {
      throw new IllegalArgumentException("a YAML file's root must be an object");
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> tree = (Map<String, Object>) plain(node);
    return YamlOutput.bytes(tree);
  }

  /** The plain value of a Jackson node: maps, lists, strings, numbers, booleans, null. */
  private static Object plain(JsonNode n) {
    if (n.isObject()) {
      Map<String, Object> m = new LinkedHashMap<>();
      for (Map.Entry<String, JsonNode> e : n.properties()) {
        m.put(e.getKey(), plain(e.getValue()));
      }
      return m;
    }
    if (n.isArray()) {
      List<Object> l = new ArrayList<>(n.size());
      for (JsonNode item : n) {
        l.add(plain(item));
      }
      return l;
    }
    if (n.isTextual()) {
      return n.textValue();
    }
    if (n.isBoolean()) {
      return n.booleanValue();
    }
    if (n.isIntegralNumber()) {
      return n.bigIntegerValue();
    }
    if (n.isNumber()) {
      return n.decimalValue();
    }
    return null;
  }
}
