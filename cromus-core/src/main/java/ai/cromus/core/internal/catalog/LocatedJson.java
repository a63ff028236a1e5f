package ai.cromus.core.internal.catalog;

import ai.cromus.core.internal.yaml.JsonReader;
import ai.cromus.core.internal.yaml.YamlNode;
import ai.cromus.core.internal.yaml.YamlReader;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A JSON tree that remembers where each value was written, as the catalog reader uses it. The text
 * is read by the one located JSON reader ({@link JsonReader}, Jackson's streaming parser); its
 * nodes become a Jackson tree with numbers kept as exact {@link java.math.BigDecimal}s (never via
 * {@code double}) and duplicate keys recorded (the last value is read, in the place of the first).
 * Locations are keyed by JSON Pointer ({@code /models/3/offerings/0/pricing/input}).
 */
final class LocatedJson {
  /** A 1-based line and column. */
  record Pos(int line, int column) {}

  /** A key that an object defines twice: the pointer of the second definition. */
  record DuplicateKey(String pointer, String key) {}

  /**
   * The bounds of a catalog file: any size (the caller bounds what it reads), Jackson's default
   * nesting of 1,000, every entry kept so that duplicates are seen here, one value per file.
   */
  private static final JsonReader READER =
      new JsonReader(
          new YamlReader.Bounds(
              Integer.MAX_VALUE, 1_000, Integer.MAX_VALUE, 0, YamlReader.Duplicates.KEEP, true));

  // Jackson's numberNode(BigDecimal) keeps the given scale (the old 'exact' switch is gone)
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  final JsonNode root;
  final Map<String, Pos> positions;

  /** Where the key of each object member is written, by the member's pointer. */
  final Map<String, Pos> keyPositions;

  final List<DuplicateKey> duplicates;

  private LocatedJson(
      JsonNode root,
      Map<String, Pos> positions,
      Map<String, Pos> keyPositions,
      List<DuplicateKey> duplicates) {
    this.root = root;
    this.positions = positions;
    this.keyPositions = keyPositions;
    this.duplicates = duplicates;
  }

  /** Thrown for text that is not well-formed JSON; carries the position of the problem. */
  static final class SyntaxError extends Exception {
    private static final long serialVersionUID = 1L;
    final Pos pos;

    SyntaxError(String message, Pos pos) {
      super(message);
      this.pos = pos;
    }
  }

  static LocatedJson parse(String text) throws SyntaxError {
    YamlReader.Document doc = READER.read(text);
    if (doc.failure().isPresent()) {
      YamlReader.Failure f = doc.failure().get();
      String message =
          f.kind() == YamlReader.Failure.Kind.MORE_THAN_ONE_DOCUMENT
              ? "unexpected content after the top-level value"
              : f.message() != null ? f.message() : f.kind().name().toLowerCase(Locale.ROOT);
      throw new SyntaxError(message, new Pos(f.line(), f.column()));
    }
    if (doc.root().isEmpty()) {
      throw new SyntaxError("the text holds no JSON value", new Pos(1, 1));
    }
    Map<String, Pos> positions = new HashMap<>();
    Map<String, Pos> keyPositions = new HashMap<>();
    List<DuplicateKey> duplicates = new ArrayList<>();
    JsonNode root = value(doc.root().get(), "", positions, keyPositions, duplicates);
    return new LocatedJson(root, positions, keyPositions, duplicates);
  }

  private static JsonNode value(
      YamlNode n,
      String ptr,
      Map<String, Pos> positions,
      Map<String, Pos> keyPositions,
      List<DuplicateKey> duplicates) {
    positions.put(ptr, new Pos(n.line(), n.column()));
    if (n.isMapping()) {
      ObjectNode o = NODES.objectNode();
      for (YamlNode.Entry e : n.entries()) {
        String key = e.name();
        String child = ptr + "/" + escape(key);
        if (o.has(key)) {
          duplicates.add(new DuplicateKey(child, key));
        }
        o.set(key, value(e.value(), child, positions, keyPositions, duplicates));
        keyPositions.put(child, new Pos(e.key().line(), e.key().column()));
      }
      return o;
    }
    if (n.isSequence()) {
      ArrayNode a = NODES.arrayNode();
      int i = 0;
      for (YamlNode item : n.items()) {
        a.add(value(item, ptr + "/" + i, positions, keyPositions, duplicates));
        i++;
      }
      return a;
    }
    return switch (n.type()) {
      case STRING -> NODES.textNode(n.text());
      case INT, FLOAT -> NODES.numberNode(new BigDecimal(n.text()));
      case BOOL -> NODES.booleanNode(n.text().equals("true"));
      default -> NODES.nullNode();
    };
  }

  private static String escape(String key) {
    return key.replace("~", "~0").replace("/", "~1");
  }

  /** Where the value at {@code pointer} starts, or where its nearest enclosing value starts. */
  Pos at(String pointer) {
    String p = pointer;
    while (true) {
      Pos pos = positions.get(p);
      if (pos != null) {
        return pos;
      }
      if (p.isEmpty()) {
        return new Pos(1, 1);
      }
      int slash = p.lastIndexOf('/');
      p = slash <= 0 ? "" : p.substring(0, slash);
    }
  }

  /** Where the key of the member at {@code pointer} is written, if it is an object member. */
  Optional<Pos> keyAt(String pointer) {
    return Optional.ofNullable(keyPositions.get(pointer));
  }
}
