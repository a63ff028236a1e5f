package ai.cromus.core.internal.scope;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * A small document tree with 1-based source positions, read from YAML or JSON through Jackson's
 * streaming parser with SnakeYAML's safety limits (aliases, nesting, code points). Duplicate
 * keys are kept (the last wins) and reported to the caller, never thrown.
 */
public final class YamlTree {
  /** Largest document read, in characters. */
  public static final int MAX_CHARS = 1_000_000;
  /** Deepest nesting read. */
  public static final int MAX_DEPTH = 32;
  /** Most nodes read. */
  public static final int MAX_NODES = 100_000;
  /** Most aliases a YAML document may use. */
  public static final int MAX_ALIASES = 20;

  /** Node types. */
  public enum Type { MAP, LIST, SCALAR, NULL }

  /** A node with its position; a map keeps its keys in source order. */
  public static final class Node {
    public final Type type;
    public final String text;
    public final boolean numeric;
    public final int line;
    public final int column;
    public final Map<String, Node> map = new LinkedHashMap<>();
    public final Map<String, int[]> keyPositions = new LinkedHashMap<>();
    public final List<Node> list = new ArrayList<>();

    Node(Type type, String text, boolean numeric, int line, int column) {
      this.type = type;
      this.text = text;
      this.numeric = numeric;
      this.line = line;
      this.column = column;
    }
  }

  /** A key given twice. */
  public static final class Duplicate {
    public final String key;
    public final int line;
    public final int column;

    Duplicate(String key, int line, int column) {
      this.key = key;
      this.line = line;
      this.column = column;
    }
  }

  /** A document that could not be read: what went wrong and where. */
  public static final class Failure extends Exception {
    private static final long serialVersionUID = 1L;
    public final int line;
    public final int column;
    public final boolean limit;

    Failure(String message, int line, int column, boolean limit) {
      super(message, null, false, false);
      this.line = Math.max(1, line);
      this.column = Math.max(1, column);
      this.limit = limit;
    }
  }

  private final List<Duplicate> duplicates = new ArrayList<>();
  private int nodes;

  private YamlTree() {}

  /** The result of a read: the root node and the duplicate keys met on the way. */
  public static final class Document {
    public final Node root;
    public final List<Duplicate> duplicates;

    Document(Node root, List<Duplicate> duplicates) {
      this.root = root;
      this.duplicates = duplicates;
    }
  }

  /** Reads YAML, or JSON when the text starts with '{' or '['. */
  public static Document read(String text) throws Failure {
    if (text.length() > MAX_CHARS) {
      throw new Failure("the scope is larger than " + MAX_CHARS + " characters", 1, 1, true);
    }
    String trimmed = text.stripLeading();
    boolean json = trimmed.startsWith("{") || trimmed.startsWith("[");
    StreamReadConstraints constraints = StreamReadConstraints.builder()
        .maxNestingDepth(MAX_DEPTH).maxStringLength(MAX_CHARS).maxNumberLength(64).build();
    JsonFactory factory;
    if (json) {
      factory = JsonFactory.builder().streamReadConstraints(constraints).build();
    } else {
      LoaderOptions lo = new LoaderOptions();
      lo.setMaxAliasesForCollections(MAX_ALIASES);
      lo.setAllowRecursiveKeys(false);
      lo.setNestingDepthLimit(MAX_DEPTH);
      lo.setCodePointLimit(MAX_CHARS);
      lo.setAllowDuplicateKeys(true);
      factory = YAMLFactory.builder().loaderOptions(lo).streamReadConstraints(constraints).build();
    }
    YamlTree tree = new YamlTree();
    try (JsonParser p = factory.createParser(text)) {
      JsonToken t = p.nextToken();
      if (t == null) {
        return new Document(new Node(Type.NULL, "", false, 1, 1), List.of());
      }
      Node root = tree.node(p, t, 0);
      if (p.nextToken() != null) {
        JsonLocation l = p.currentTokenLocation();
        throw new Failure("more than one document", l.getLineNr(), l.getColumnNr(), false);
      }
      return new Document(root, List.copyOf(tree.duplicates));
    } catch (Failure f) {
      throw f;
    } catch (IOException | RuntimeException e) {
      int line = 1;
      int col = 1;
      if (e instanceof com.fasterxml.jackson.core.JsonProcessingException) {
        JsonLocation l = ((com.fasterxml.jackson.core.JsonProcessingException) e).getLocation();
        if (l != null) {
          line = l.getLineNr();
          col = l.getColumnNr();
        }
      }
      String msg = String.valueOf(e.getMessage());
      boolean limit = msg.contains("limit") || msg.contains("exceed") || msg.contains("aliases")
          || msg.contains("depth");
      int cut = msg.indexOf('\n');
      throw new Failure(cut > 0 ? msg.substring(0, cut) : msg, line, col, limit);
    }
  }

  private Node node(JsonParser p, JsonToken t, int depth) throws IOException, Failure {
    JsonLocation l = p.currentTokenLocation();
    int line = Math.max(1, l.getLineNr());
    int col = Math.max(1, l.getColumnNr());
    if (++nodes > MAX_NODES) {
      throw new Failure("the scope has more than " + MAX_NODES + " values", line, col, true);
    }
    if (depth > MAX_DEPTH) {
      throw new Failure("the scope nests deeper than " + MAX_DEPTH, line, col, true);
    }
    switch (t) {
      case START_OBJECT: {
        Node n = new Node(Type.MAP, "", false, line, col);
        JsonToken k;
        while ((k = p.nextToken()) == JsonToken.FIELD_NAME) {
          JsonLocation kl = p.currentTokenLocation();
          String key = p.currentName();
          JsonToken v = p.nextToken();
          Node child = node(p, v, depth + 1);
          if (n.map.containsKey(key)) {
            duplicates.add(new Duplicate(key, Math.max(1, kl.getLineNr()), Math.max(1, kl.getColumnNr())));
            n.map.remove(key);
          }
          n.map.put(key, child);
          n.keyPositions.put(key, new int[] {Math.max(1, kl.getLineNr()), Math.max(1, kl.getColumnNr())});
        }
        return n;
      }
      case START_ARRAY: {
        Node n = new Node(Type.LIST, "", false, line, col);
        JsonToken v;
        while ((v = p.nextToken()) != JsonToken.END_ARRAY && v != null) {
          n.list.add(node(p, v, depth + 1));
        }
        return n;
      }
      case VALUE_NULL:
        return new Node(Type.NULL, "", false, line, col);
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return new Node(Type.SCALAR, p.getText(), true, line, col);
      default:
        return new Node(Type.SCALAR, p.getText() == null ? "" : p.getText(), false, line, col);
    }
  }
}
