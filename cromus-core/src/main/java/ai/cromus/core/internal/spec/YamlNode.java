package ai.cromus.core.internal.spec;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A YAML node with its position and style, as the spec validators need it: mappings keep their key
 * order and duplicate keys, scalars keep whether they were quoted and the type an ordinary YAML
 * parser would give them.
 */
public final class YamlNode {
  /** What a node is. */
  public enum Kind {
    MAPPING,
    SEQUENCE,
    SCALAR
  }

  /** The type an ordinary (YAML 1.1) parser resolves a scalar to. */
  public enum ScalarType {
    STRING,
    INT,
    FLOAT,
    BOOL,
    NULL,
    TIMESTAMP,
    OTHER
  }

  /** One key and its value, in source order. */
  public record Entry(YamlNode key, YamlNode value) {
    /** The key text. */
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

  YamlNode(
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

  /** True for a flow-style mapping or sequence ({@code [a, b]}, {@code {a: b}}). */
  public boolean flow() {
    return flow;
  }

  /** The scalar's text (empty for collections). */
  public String text() {
    return text;
  }

  public ScalarType type() {
    return type;
  }

  /** True for an unquoted scalar. */
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

  /** True for a scalar an ordinary parser reads as null ({@code null}, {@code ~}, nothing). */
  public boolean isNull() {
    return kind == Kind.SCALAR && type == ScalarType.NULL;
  }

  /** The mapping's entries in source order, duplicates included. */
  public List<Entry> entries() {
    return entries;
  }

  /** The sequence's items. */
  public List<YamlNode> items() {
    return items;
  }

  /** The last entry with this key (the one an ordinary parser keeps). */
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

  /** The scalar text of a key, when the key holds a non-null scalar. */
  public Optional<String> string(String key) {
    return get(key).filter(n -> n.isScalar() && !n.isNull()).map(YamlNode::text);
  }

  /** The scalar texts of a sequence of scalars (other items are skipped). */
  public List<String> strings() {
    List<String> out = new ArrayList<>();
    for (YamlNode n : items) {
      if (n.isScalar() && !n.isNull()) {
        out.add(n.text());
      }
    }
    return out;
  }
}
