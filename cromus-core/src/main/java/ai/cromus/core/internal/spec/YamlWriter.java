package ai.cromus.core.internal.spec;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Writes block-style YAML that every reader (strict or not) reads back exactly: every string
 * double-quoted with escapes, so no user text can change type, break out of its field, or
 * close a front matter ({@code ---} inside a value is written {@code -\x2d-}). Keys must be
 * plain identifiers. Empty lists and maps are left out.
 */
public final class YamlWriter {
  private final StringBuilder sb = new StringBuilder(2048);

  private YamlWriter() {}

  /** The YAML of a mapping (values: String, Number, Boolean, List, Map; null values are skipped). */
  public static String write(Map<String, ?> map) {
    YamlWriter w = new YamlWriter();
    w.mapping(map, 0);
    return w.sb.toString();
  }

  private void mapping(Map<String, ?> map, int indent) {
    for (Map.Entry<String, ?> e : map.entrySet()) {
      Object v = e.getValue();
      if (v == null || isEmpty(v)) {
        continue;
      }
      pad(indent);
      sb.append(e.getKey()).append(':');
      value(v, indent);
    }
  }

  @SuppressWarnings("unchecked")
  private void value(Object v, int indent) {
    if (v instanceof Map) {
      sb.append('\n');
      mapping((Map<String, ?>) v, indent + 2);
    } else if (v instanceof List) {
      sb.append('\n');
      for (Object item : (List<?>) v) {
        if (item == null || isEmpty(item)) {
          continue;
        }
        pad(indent + 2);
        sb.append('-');
        if (item instanceof Map) {
          // first key on the dash line, the rest aligned under it
          int at = sb.length();
          mapping((Map<String, ?>) item, indent + 4);
          sb.replace(at, at + indent + 4, " ");
        } else if (item instanceof List) {
          throw new IllegalArgumentException("lists of lists are not written");
        } else {
          sb.append(' ');
          scalar(item);
          sb.append('\n');
        }
      }
    } else {
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
      sb.append(quote(String.valueOf(v)));
    }
  }

  private static boolean isEmpty(Object v) {
    return (v instanceof List && ((List<?>) v).isEmpty())
        || (v instanceof Map && ((Map<?, ?>) v).isEmpty());
  }

  private void pad(int indent) {
    for (int i = 0; i < indent; i++) {
      sb.append(' ');
    }
  }

  /** A YAML double-quoted scalar for {@code s}. */
  public static String quote(String s) {
    if (plain(s)) {
      return "\"" + s + "\"";
    }
    StringBuilder q = new StringBuilder(s.length() + 2).append('"');
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
          } else if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == '\u2028' || c == '\u2029'
              || c == '\uFEFF' || c == '\uFFFE' || c == '\uFFFF') {
            q.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
          } else {
            q.append(c);
          }
      }
    }
    return q.append('"').toString();
  }

  /** True when no character of {@code s} needs an escape: printable ASCII, no quote or backslash, no "--". */
  private static boolean plain(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x20 || c >= 0x7f || c == '"' || c == '\\' || (c == '-' && i > 0 && s.charAt(i - 1) == '-')) {
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
