package ai.cromus.core.internal.yaml;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * A YAML or JSON value with the 1-based line and column where it starts: the one tree every located
 * reader of Cromus builds ({@link YamlReader} for YAML, {@link JsonReader} for JSON). Mappings keep
 * their entries in source order (with duplicate keys, unless the reader was asked to drop them),
 * each key a node with its own position; scalars keep their text as written, whether they were
 * quoted, and the type an ordinary YAML 1.1 reader resolves them to. Immutable; a subtree that an
 * alias repeats is shared.
 */
public final class YamlNode {
  /** What a node is. */
  public enum Kind {
    MAPPING,
    SEQUENCE,
    SCALAR
  }

  /**
   * The type an ordinary (YAML 1.1) reader resolves a scalar to; in JSON the type of the token
   * (strings are {@link #STRING}, numbers {@link #INT} or {@link #FLOAT}).
   */
  public enum ScalarType {
    STRING,
    INT,
    FLOAT,
    BOOL,
    NULL,
    TIMESTAMP,
    /** An explicit tag outside the standard scalar types: read as plain text. */
    OTHER
  }

  /** One key and its value, in source order. */
  public record Entry(YamlNode key, YamlNode value) {
    /** The key's text (empty for a key that is not a scalar). */
    public String name() {
      return key.text();
    }
  }

  private final Kind kind;
  private final int line;
  private final int column;
  private final boolean flow;
  private final String text;
  private final ScalarType type;
  private final boolean plain;
  private final List<Entry> entries;
  private final List<YamlNode> items;

  private YamlNode(
      Kind kind,
      int line,
      int column,
      boolean flow,
      String text,
      ScalarType type,
      boolean plain,
      List<Entry> entries,
      List<YamlNode> items) {
    this.kind = kind;
    this.line = line;
    this.column = column;
    this.flow = flow;
    this.text = text;
    this.type = type;
    this.plain = plain;
    this.entries = entries;
    this.items = items;
  }

  /** A scalar; {@code plain} when it was written without quotes or a block indicator. */
  static YamlNode scalar(String text, ScalarType type, boolean plain, int line, int column) {
    return new YamlNode(Kind.SCALAR, line, column, false, text, type, plain, List.of(), List.of());
  }

  /** A mapping of the given entries (the list is kept, not copied). */
  static YamlNode mapping(List<Entry> entries, boolean flow, int line, int column) {
    return new YamlNode(
        Kind.MAPPING,
        line,
        column,
        flow,
        "",
        ScalarType.OTHER,
        false,
        Collections.unmodifiableList(entries),
        List.of());
  }

  /** A sequence of the given items (the list is kept, not copied). */
  static YamlNode sequence(List<YamlNode> items, boolean flow, int line, int column) {
    return new YamlNode(
        Kind.SEQUENCE,
        line,
        column,
        flow,
        "",
        ScalarType.OTHER,
        false,
        List.of(),
        Collections.unmodifiableList(items));
  }

  /** An empty block mapping at a position (a front matter that holds nothing). */
  public static YamlNode emptyMapping(int line, int column) {
    return mapping(List.of(), false, line, column);
  }

  public Kind kind() {
    return kind;
  }

  /** 1-based line in the file. */
  public int line() {
    return line;
  }

  /** 1-based column in the file. */
  public int column() {
    return column;
  }

  /** True for a flow-style mapping or sequence ({@code [a, b]}, {@code {a: b}}, all JSON). */
  public boolean flow() {
    return flow;
  }

  /** The scalar's text as written, without quotes (empty for collections). */
  public String text() {
    return text;
  }

  /** The scalar's resolved type ({@link ScalarType#OTHER} for collections). */
  public ScalarType type() {
    return type;
  }

  /** True for a scalar written without quotes or block indicator. */
  public boolean plain() {
    return plain;
  }

  public boolean isScalar() {
    return kind == Kind.SCALAR;
  }

  public boolean isMapping() {
    return kind == Kind.MAPPING;
  }

  public boolean isSequence() {
    return kind == Kind.SEQUENCE;
  }

  /** True for a scalar an ordinary reader reads as null ({@code null}, {@code ~}, nothing). */
  public boolean isNull() {
    return kind == Kind.SCALAR && type == ScalarType.NULL;
  }

  /** True for a scalar that is not null: a value with text. */
  public boolean isValue() {
    return kind == Kind.SCALAR && type != ScalarType.NULL;
  }

  /** True for a scalar that resolves to a string (quoted, or plain text that is no other type). */
  public boolean isString() {
    return kind == Kind.SCALAR && type == ScalarType.STRING;
  }

  /** True for a scalar that resolves to a number ({@code 12}, {@code 0.5}). */
  public boolean isNumber() {
    return kind == Kind.SCALAR && (type == ScalarType.INT || type == ScalarType.FLOAT);
  }

  /** The mapping's entries in source order. */
  public List<Entry> entries() {
    return entries;
  }

  /** The sequence's items. */
  public List<YamlNode> items() {
    return items;
  }

  /** The last entry with this key (the one an ordinary reader keeps). */
  public Optional<Entry> entry(String key) {
    Entry found = null;
    for (Entry e : entries) {
      if (e.key().isScalar() && e.key().text().equals(key)) {
        found = e;
      }
    }
    return Optional.ofNullable(found);
  }

  /** The value of a key. */
  public Optional<YamlNode> get(String key) {
    return entry(key).map(Entry::value);
  }

  /** The value of a key, or null. */
  public YamlNode member(String key) {
    return entry(key).map(Entry::value).orElse(null);
  }

  /** The key node of a key in this mapping, or this node when the key is absent. */
  public YamlNode keyNode(String key) {
    return entry(key).map(Entry::key).orElse(this);
  }

  /** The scalar text of a key, when the key holds a non-null scalar. */
  public Optional<String> string(String key) {
    return get(key).filter(YamlNode::isValue).map(YamlNode::text);
  }

  /** The scalar texts of a sequence of scalars (other items are skipped). */
  public List<String> strings() {
    List<String> out = new ArrayList<>();
    for (YamlNode n : items) {
      if (n.isValue()) {
        out.add(n.text());
      }
    }
    return out;
  }

  /** A short description of the node for messages: "a mapping", "a list", "empty" or the text. */
  public String describe() {
    switch (kind) {
      case MAPPING -> {
        return "a mapping";
      }
      case SEQUENCE -> {
        return "a list";
      }
      default -> {
        if (isNull()) {
          return "empty";
        }
        return "'" + (text.length() > 40 ? text.substring(0, 40) + "…" : text) + "'";
      }
    }
  }
}
