package ai.cromus.core.internal.tree;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A YAML or JSON value with the 1-based line and column where it starts. Maps keep source order and
 * remember where each key was written.
 */
public final class Node {
  /** The shape of a node. */
  public enum Type {
    MAP,
    LIST,
    SCALAR,
    NULL
  }

  private final Type type;
  private final String scalar;
  private final boolean quoted;
  private final boolean numeric;
  private final Map<String, Node> map;
  private final Map<String, int[]> keyPositions;
  private final List<Node> list;
  private final int line;
  private final int column;

  private Node(
      Type type,
      String scalar,
      boolean quoted,
      boolean numeric,
      Map<String, Node> map,
      Map<String, int[]> keyPositions,
      List<Node> list,
      int line,
      int column) {
    this.type = type;
    this.scalar = scalar;
    this.quoted = quoted;
    this.numeric = numeric;
    this.map = map;
    this.keyPositions = keyPositions;
    this.list = list;
    this.line = line;
    this.column = column;
  }

  static Node scalar(String value, boolean quoted, boolean numeric, int line, int column) {
    return new Node(
        Type.SCALAR, value, quoted, numeric, Map.of(), Map.of(), List.of(), line, column);
  }

  static Node nul(int line, int column) {
    return new Node(Type.NULL, null, false, false, Map.of(), Map.of(), List.of(), line, column);
  }

  static Node map(
      LinkedHashMap<String, Node> entries,
      LinkedHashMap<String, int[]> keys,
      int line,
      int column) {
    return new Node(
        Type.MAP,
        null,
        false,
        false,
        Collections.unmodifiableMap(entries),
        Collections.unmodifiableMap(keys),
        List.of(),
        line,
        column);
  }

  static Node list(List<Node> items, int line, int column) {
    return new Node(
        Type.LIST,
        null,
        false,
        false,
        Map.of(),
        Map.of(),
        Collections.unmodifiableList(items),
        line,
        column);
  }

  public Type type() {
    return type;
  }

  public boolean isMap() {
    return type == Type.MAP;
  }

  public boolean isList() {
    return type == Type.LIST;
  }

  public boolean isScalar() {
    return type == Type.SCALAR;
  }

  public boolean isNull() {
    return type == Type.NULL;
  }

  /** The scalar's text (numbers and booleans as written). */
  public String text() {
    return scalar;
  }

  /** True when the scalar is a string (not a number, boolean or null). */
  public boolean isString() {
    return quoted;
  }

  /** True when the scalar was written as a plain number ({@code 12}, {@code 0.5}), not a string. */
  public boolean isNumber() {
    return numeric;
  }

  public Map<String, Node> entries() {
    return map;
  }

  public List<Node> items() {
    return list;
  }

  public Node get(String key) {
    return map.get(key);
  }

  /** Line where {@code key} was written in this map, or this node's line. */
  public int keyLine(String key) {
    int[] p = keyPositions.get(key);
    return p == null ? line : p[0];
  }

  /** Column where {@code key} was written in this map, or this node's column. */
  public int keyColumn(String key) {
    int[] p = keyPositions.get(key);
    return p == null ? column : p[1];
  }

  public int line() {
    return line;
  }

  public int column() {
    return column;
  }

  /** A short description of the node's type for messages. */
  public String describe() {
    switch (type) {
      case MAP:
        return "a mapping";
      case LIST:
        return "a list";
      case NULL:
        return "empty";
      default:
        return "'" + (scalar.length() > 40 ? scalar.substring(0, 40) + "…" : scalar) + "'";
    }
  }
}
