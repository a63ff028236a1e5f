package ai.cromus.core.internal.spec;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Writes block-style YAML that every reader (strict or not) reads back exactly: every string
 * double-quoted with escapes, so no user text can change type, break out of its field, or close a
 * front matter ({@code ---} inside a value is written {@code -\x2d-}). Keys must be plain
 * identifiers. Empty lists and maps are left out.
 *
 * <p>Written as a stream: {@link #map(String)}, {@link #list(String)} and {@link #item()} open a
 * block, {@link #end()} closes it and takes it back out when nothing was written in it. A list
 * item's first key goes on its dash line. {@link #write(Map)} writes a tree of maps and lists the
 * same way.
 */
public final class YamlWriter {
  private static final int MAX_DEPTH = 16;

  private final StringBuilder sb;

  /** Indentation of the keys of the open mapping, or of the dashes of the open list. */
  private int indent;

  /** True when the next key goes on the dash line of a list item just opened. */
  private boolean onDash;

  private int depth;
  private final int[] starts = new int[MAX_DEPTH];
  private final int[] headerEnds = new int[MAX_DEPTH];
  private final int[] indents = new int[MAX_DEPTH];
  private final boolean[] dashes = new boolean[MAX_DEPTH];

  /** A writer appending to {@code sb}. */
  public YamlWriter(StringBuilder sb) {
    this.sb = sb;
  }

  /**
   * The YAML of a mapping (values: String, Number, Boolean, List, Map; null values are skipped).
   */
  public static String write(Map<String, ?> map) {
    YamlWriter w = new YamlWriter(new StringBuilder(2048));
    w.entries(map);
    return w.sb.toString();
  }

  /** A quoted string; nothing when {@code value} is null. */
  public YamlWriter string(String key, String value) {
    if (value != null) {
      key(key);
      sb.append(' ');
      appendQuoted(sb, value);
      sb.append('\n');
    }
    return this;
  }

  /** A plain integer. */
  public YamlWriter number(String key, long value) {
    key(key);
    sb.append(' ').append(value).append('\n');
    return this;
  }

  /** A plain decimal, without exponent. */
  public YamlWriter decimal(String key, BigDecimal value) {
    key(key);
    sb.append(' ').append(value.toPlainString()).append('\n');
    return this;
  }

  /** {@code true} or {@code false}. */
  public YamlWriter flag(String key, boolean value) {
    key(key);
    sb.append(value ? " true\n" : " false\n");
    return this;
  }

  /** A list of quoted strings; nothing when it is empty. */
  public YamlWriter strings(String key, List<String> values) {
    if (!values.isEmpty()) {
      key(key);
      sb.append('\n');
      for (String v : values) {
        if (v != null) {
          pad(indent + 2);
          sb.append("- ");
          appendQuoted(sb, v);
          sb.append('\n');
        }
      }
    }
    return this;
  }

  /** A list of plain integers. */
  public YamlWriter numbers(String key, long... values) {
    if (values.length > 0) {
      key(key);
      sb.append('\n');
      for (long v : values) {
        pad(indent + 2);
        sb.append("- ").append(v).append('\n');
      }
    }
    return this;
  }

  /** Opens a mapping under {@code key}; close it with {@link #end()}. */
  public YamlWriter map(String key) {
    open();
    key(key);
    sb.append('\n');
    indent += 2;
    headerEnds[depth - 1] = sb.length();
    return this;
  }

  /** Opens a list of mappings under {@code key}; open each with {@link #item()}. */
  public YamlWriter list(String key) {
    return map(key);
  }

  /** Opens a mapping item of the open list; close it with {@link #end()}. */
  public YamlWriter item() {
    open();
    pad(indent);
    sb.append('-');
    indent += 2;
    onDash = true;
    headerEnds[depth - 1] = sb.length();
    return this;
  }

  /** Closes the block opened last, taking it back out when nothing was written in it. */
  public YamlWriter end() {
    depth--;
    if (sb.length() == headerEnds[depth]) {
      sb.setLength(starts[depth]);
      onDash = dashes[depth];
    }
    indent = indents[depth];
    return this;
  }

  private void open() {
    if (depth == MAX_DEPTH) {
      throw new IllegalStateException("YAML nested deeper than " + MAX_DEPTH);
    }
    starts[depth] = sb.length();
    indents[depth] = indent;
    dashes[depth] = onDash;
    depth++;
  }

  private void key(String key) {
    if (onDash) {
      sb.append(' ');
      onDash = false;
    } else {
      pad(indent);
    }
    sb.append(key).append(':');
  }

  private void entries(Map<String, ?> map) {
    for (Map.Entry<String, ?> e : map.entrySet()) {
      value(e.getKey(), e.getValue());
    }
  }

  @SuppressWarnings("unchecked")
  private void value(String key, Object v) {
    if (v == null || isEmpty(v)) {
      return;
    }
    if (v instanceof Map) {
      map(key);
      entries((Map<String, ?>) v);
      end();
    } else if (v instanceof List) {
      list(key);
      for (Object item : (List<?>) v) {
        if (item == null || isEmpty(item)) {
          continue;
        }
        if (item instanceof Map) {
          item();
          entries((Map<String, ?>) item);
          end();
        } else if (item instanceof List) {
          throw new IllegalArgumentException("lists of lists are not written");
        } else {
          pad(indent);
          sb.append("- ");
          scalar(item);
          sb.append('\n');
        }
      }
      end();
    } else {
      key(key);
      sb.append(' ');
      scalar(v);
      sb.append('\n');
    }
  }

  private void scalar(Object v) {
    if (v instanceof Boolean) {
      sb.append(((Boolean) v) ? "true" : "false");
    } else if (v instanceof BigDecimal) {
      sb.append(((BigDecimal) v).toPlainString());
    } else if (v instanceof Long || v instanceof Integer) {
      sb.append(v);
    } else {
      appendQuoted(sb, String.valueOf(v));
    }
  }

  private static boolean isEmpty(Object v) {
    return (v instanceof List && ((List<?>) v).isEmpty())
        || (v instanceof Map && ((Map<?, ?>) v).isEmpty());
  }

  private void pad(int n) {
    for (int i = 0; i < n; i++) {
      sb.append(' ');
    }
  }

  /** A YAML double-quoted scalar for {@code s}. */
  public static String quote(String s) {
    StringBuilder q = new StringBuilder(s.length() + 2);
    appendQuoted(q, s);
    return q.toString();
  }

  /** Appends the YAML double-quoted scalar for {@code s}. */
  static void appendQuoted(StringBuilder q, String s) {
    q.append('"');
    if (plain(s)) {
      q.append(s).append('"');
      return;
    }
    int run = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      run = c == '-' ? run + 1 : 0;
      switch (c) {
        case '"':
          q.append("\\\"");
          break;
        case '\\':
          q.append("\\\\");
          break;
        case '\n':
          q.append("\\n");
          break;
        case '\t':
          q.append("\\t");
          break;
        case '\r':
          q.append("\\r");
          break;
        case '-':
          // never three hyphens in a row: a front matter would close there
          q.append(run % 2 == 0 ? "\\x2d" : "-");
          break;
        default:
          if (Character.isSurrogate(c) && !validSurrogate(s, i)) {
            q.append('\uFFFD');
          } else if (c < 0x20
              || (c >= 0x7f && c <= 0x9f)
              || c == '\u2028'
              || c == '\u2029'
              || c == '\uFEFF'
              || c == '\uFFFE'
              || c == '\uFFFF') {
            q.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
          } else {
            q.append(c);
          }
      }
    }
    q.append('"');
  }

  /**
   * True when no character of {@code s} needs an escape: printable ASCII, no quote or backslash, no
   * "--".
   */
  private static boolean plain(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x20
          || c >= 0x7f
          || c == '"'
          || c == '\\'
          || (c == '-' && i > 0 && s.charAt(i - 1) == '-')) {
        return false;
      }
    }
    return true;
  }

  private static boolean validSurrogate(String s, int i) {
    char c = s.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
    }
    return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
  }
}
