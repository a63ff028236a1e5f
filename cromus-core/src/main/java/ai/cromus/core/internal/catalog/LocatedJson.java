package ai.cromus.core.internal.catalog;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A JSON tree that remembers where each value was written. Numbers are kept as exact {@link
 * java.math.BigDecimal}s (never via {@code double}); duplicate keys are recorded. Locations are
 * keyed by JSON Pointer ({@code /models/3/offerings/0/pricing/input}).
 */
final class LocatedJson {
  /** A 1-based line and column. */
  record Pos(int line, int column) {}

  /** A key that an object defines twice: the pointer of the second definition. */
  record DuplicateKey(String pointer, String key) {}

  private static final JsonFactory FACTORY = JsonFactory.builder().build();
  private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

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
    Map<String, Pos> positions = new HashMap<>();
    Map<String, Pos> keyPositions = new HashMap<>();
    List<DuplicateKey> duplicates = new ArrayList<>();
    try (JsonParser p = FACTORY.createParser(text)) {
      JsonToken t = p.nextToken();
      if (t == null) {
        throw new SyntaxError("the text holds no JSON value", new Pos(1, 1));
      }
      JsonNode root = value(p, "", positions, keyPositions, duplicates);
      JsonToken trailing = p.nextToken();
      if (trailing != null) {
        throw new SyntaxError(
            "unexpected content after the top-level value", pos(p.currentTokenLocation()));
      }
      return new LocatedJson(root, positions, keyPositions, duplicates);
    } catch (JsonProcessingException e) {
      JsonLocation l = e.getLocation();
      String msg = e.getOriginalMessage();
      int nl = msg.indexOf('\n');
      throw new SyntaxError(
          nl > 0 ? msg.substring(0, nl) : msg, l == null ? new Pos(1, 1) : pos(l));
    } catch (IOException e) {
      throw new SyntaxError(String.valueOf(e.getMessage()), new Pos(1, 1));
    }
  }

  private static JsonNode value(
      JsonParser p,
      String ptr,
      Map<String, Pos> positions,
      Map<String, Pos> keyPositions,
      List<DuplicateKey> duplicates)
      throws IOException {
    positions.put(ptr, pos(p.currentTokenLocation()));
    JsonToken t = p.currentToken();
    switch (t) {
      case START_OBJECT:
        {
          ObjectNode o = NODES.objectNode();
          while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            String child = ptr + "/" + escape(key);
            Pos keyPos = pos(p.currentTokenLocation());
            p.nextToken();
            if (o.has(key)) {
              duplicates.add(new DuplicateKey(child, key));
            }
            o.set(key, value(p, child, positions, keyPositions, duplicates));
            keyPositions.put(child, keyPos);
          }
          return o;
        }
      case START_ARRAY:
        {
          ArrayNode a = NODES.arrayNode();
          int i = 0;
          while (p.nextToken() != JsonToken.END_ARRAY) {
            a.add(value(p, ptr + "/" + i, positions, keyPositions, duplicates));
            i++;
          }
          return a;
        }
      case VALUE_STRING:
        return NODES.textNode(p.getText());
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return NODES.numberNode(p.getDecimalValue());
      case VALUE_TRUE:
        return NODES.booleanNode(true);
      case VALUE_FALSE:
        return NODES.booleanNode(false);
      case VALUE_NULL:
        return NODES.nullNode();
      default:
        throw new IllegalStateException("unexpected token " + t);
    }
  }

  private static String escape(String key) {
    return key.replace("~", "~0").replace("/", "~1");
  }

  private static Pos pos(JsonLocation l) {
    return new Pos(Math.max(1, l.getLineNr()), Math.max(1, l.getColumnNr()));
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
