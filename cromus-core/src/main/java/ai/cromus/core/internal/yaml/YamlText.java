package ai.cromus.core.internal.yaml;

import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.util.StringQuotingChecker;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.Map;

/**
 * The one YAML writer of Cromus: the {@code cromus.yaml} sidecar, the front matter of generated
 * SKILL.md and MEMORY.md, and (through {@link ai.cromus.core.export.YamlOutput}) every exported
 * YAML file. Jackson's {@link YAMLGenerator}, configured once: block style, arrays indented under
 * their key, every string double-quoted with escapes on one line (so no user text can change type,
 * start a comment or break out of its field; keys are escaped the same way whenever they need it),
 * decimals without exponent, {@code \n} line ends, no document marker.
 *
 * <p>A tree is a {@link Map} with {@link String} keys whose values are maps, lists (any {@link
 * Collection}), {@link String}s, {@link Boolean}s, whole numbers ({@link Integer}, {@link Long},
 * {@link BigInteger} ...), {@link BigDecimal}s, finite {@link Double}s and {@link Float}s (written
 * as their shortest decimal), or null (written {@code null}). Order is kept. A UTF-16 surrogate
 * without its pair (which no UTF-8 file can hold) is written as U+FFFD. Thread-safe.
 */
public final class YamlText {
  /** Deepest nesting written. */
  private static final int MAX_DEPTH = 64;

  private static final YAMLFactory FACTORY =
      YAMLFactory.builder()
          .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
          .disable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
          .disable(YAMLGenerator.Feature.SPLIT_LINES)
          .disable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
          .disable(YAMLGenerator.Feature.USE_PLATFORM_LINE_BREAKS)
          .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
          .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
          .stringQuotingChecker(new Keys())
          .build();

  /**
   * Quotes every key that is not a plain identifier ({@code [A-Za-z_][A-Za-z0-9_-]*} without {@code
   * ---}) or that YAML 1.1 reads as something else ({@code yes}, {@code null}, {@code 1}):
   * Jackson's own check leaves {@code <<} (a merge key to PyYAML and SnakeYAML) and {@code =}
   * plain. Values are always quoted.
   */
  private static final class Keys extends StringQuotingChecker.Default {
    private static final long serialVersionUID = 1L;

    @Override
    public boolean needToQuoteName(String name) {
      // "---" too: a front matter must not hold it, and inside quotes it can be escaped
      if (name.isEmpty() || name.contains("---") || super.needToQuoteName(name)) {
        return true;
      }
      char first = name.charAt(0);
      if (!(first == '_' || (first >= 'a' && first <= 'z') || (first >= 'A' && first <= 'Z'))) {
        return true;
      }
      for (int i = 1; i < name.length(); i++) {
        char c = name.charAt(i);
        if (!(c == '_'
            || c == '-'
            || (c >= 'a' && c <= 'z')
            || (c >= 'A' && c <= 'Z')
            || (c >= '0' && c <= '9'))) {
          return true;
        }
      }
      return false;
    }
  }

  private YamlText() {}

  /**
   * The YAML text of a tree, ending with a line break.
   *
   * @throws IllegalArgumentException for a value of another type, a key that is not a string, or
   *     nesting deeper than 64
   */
  public static String write(Map<String, ?> tree) {
    return write(tree, 1024);
  }

  /** {@link #write(Map)} into a buffer of {@code expectedChars} to start with. */
  public static String write(Map<String, ?> tree, int expectedChars) {
    Text out = new Text(Math.max(64, expectedChars));
    try (YAMLGenerator g = FACTORY.createGenerator(out)) {
      value(g, tree, 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.sb.toString();
  }

  /**
   * A front matter: {@code ---}, the YAML of the tree, {@code ---}, each on its own lines. No
   * {@code ---} occurs between the markers, not even inside a string (every third hyphen of a run
   * is written as the escape {@code \x2d}): the Agent Skills reference validator splits a SKILL.md
   * on the first {@code ---} wherever it is.
   *
   * @throws IllegalArgumentException as {@link #write}
   */
  public static String frontMatter(Map<String, ?> tree) {
    String yaml = tree.isEmpty() ? "" : breakMarkers(write(tree));
    return "---\n" + yaml + "---\n";
  }

  /**
   * Writes every third hyphen of a run inside a double-quoted scalar as {@code \x2d}, so that the
   * text holds no {@code ---}.
   */
  static String breakMarkers(String yaml) {
    if (!yaml.contains("---")) {
      return yaml;
    }
    StringBuilder sb = new StringBuilder(yaml.length() + 16);
    boolean quoted = false;
    int run = 0;
    for (int i = 0; i < yaml.length(); i++) {
      char c = yaml.charAt(i);
      if (quoted && c == '\\' && i + 1 < yaml.length()) {
        sb.append(c).append(yaml.charAt(++i));
        run = 0;
        continue;
      }
      if (c == '"') {
        quoted = !quoted;
        run = 0;
      } else if (c == '-' && quoted && ++run == 3) {
        sb.append("\\x2d");
        run = 0;
        continue;
      } else if (c != '-') {
        run = 0;
      }
      sb.append(c);
    }
    String s = sb.toString();
    if (s.contains("---")) {
      throw new IllegalStateException("a front matter holds '---' outside a quoted string");
    }
    return s;
  }

  private static void value(YAMLGenerator g, Object v, int depth) throws IOException {
    if (depth > MAX_DEPTH) {
      throw new IllegalArgumentException("a YAML tree nested deeper than " + MAX_DEPTH);
    }
    if (v == null) {
      g.writeNull();
    } else if (v instanceof Map) {
      g.writeStartObject();
      for (Map.Entry<?, ?> e : ((Map<?, ?>) v).entrySet()) {
        if (!(e.getKey() instanceof String)) {
          throw new IllegalArgumentException("a YAML key must be a string: " + e.getKey());
        }
        g.writeFieldName(text((String) e.getKey()));
        value(g, e.getValue(), depth + 1);
      }
      g.writeEndObject();
    } else if (v instanceof Collection) {
      g.writeStartArray();
      for (Object item : (Collection<?>) v) {
        value(g, item, depth + 1);
      }
      g.writeEndArray();
    } else if (v instanceof CharSequence) {
      g.writeString(text(v.toString()));
    } else if (v instanceof Boolean b) {
      g.writeBoolean(b);
    } else if (v instanceof BigDecimal bigDecimal) {
      g.writeNumber(bigDecimal);
    } else if (v instanceof BigInteger bigInteger) {
      g.writeNumber(bigInteger);
    } else if (v instanceof Long
        || v instanceof Integer
        || v instanceof Short
        || v instanceof Byte) {
      g.writeNumber(((Number) v).longValue());
    } else if (v instanceof Double || v instanceof Float) {
      double d = ((Number) v).doubleValue();
      if (!Double.isFinite(d)) {
        throw new IllegalArgumentException("a YAML number must be finite: " + v);
      }
      // the shortest decimal that reads back as the same double, without trailing zeros
      g.writeNumber(
          (v instanceof Float ? new BigDecimal(v.toString()) : BigDecimal.valueOf(d))
              .stripTrailingZeros());
    } else {
      throw new IllegalArgumentException(
          "a YAML value must be a map, a list, a string, a number or a boolean, not "
              + v.getClass().getName());
    }
  }

  /**
   * A writer into a {@link StringBuilder}: the emitter writes small pieces, and {@link
   * java.io.StringWriter} would lock its buffer for each.
   */
  private static final class Text extends Writer {
    final StringBuilder sb;

    Text(int capacity) {
      sb = new StringBuilder(capacity);
    }

    @Override
    public void write(char[] buf, int off, int len) {
      sb.append(buf, off, len);
    }

    @Override
    public void write(String s, int off, int len) {
      sb.append(s, off, off + len);
    }

    @Override
    public void write(int c) {
      sb.append((char) c);
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }

  /** The text with every unpaired surrogate replaced by U+FFFD. */
  private static String text(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isSurrogate(c) && !paired(s, i)) {
        StringBuilder sb = new StringBuilder(s);
        for (int j = i; j < sb.length(); j++) {
          if (Character.isSurrogate(sb.charAt(j)) && !paired(sb, j)) {
            sb.setCharAt(j, '\uFFFD');
          }
        }
        return sb.toString();
      }
    }
    return s;
  }

  private static boolean paired(CharSequence s, int i) {
    char c = s.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
    }
    return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
  }
}
