package ai.cromus.core.internal.spec;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * A fast reader for the plain subset of block YAML that front matter is usually written in: nested
 * block mappings of simple keys, block sequences of scalars, single-line plain, single-quoted or
 * double-quoted scalars without escapes, and one-line flow sequences of simple words (which the
 * strict-YAML rules report, so they must keep their flow style). It returns exactly the tree that
 * {@link YamlReader}'s SnakeYAML path builds for the same text (same positions, styles and resolved
 * types), or {@code null} as soon as the text leaves the subset, and then the caller composes the
 * text with SnakeYAML.
 *
 * <p>What makes it refuse (return {@code null}): comments, tabs, CR, BOM, control or non-BMP
 * characters, Unicode line separators, anchors, aliases, tags, flow mappings and other flow
 * sequences, block scalars ({@code |}, {@code >}), multi-line or escaped scalars, complex or quoted
 * keys, keys that do not resolve to a string, scalars that resolve to a tag outside the six
 * ordinary ones, directives and document markers, nesting deeper than three collections, and text
 * longer than the code point limit. Every refused construct is either one that the strict-YAML
 * rules report (so SnakeYAML must see it to report it in its own way) or one whose exact SnakeYAML
 * reading is not worth re-implementing; none of the safety limits is loosened, since everything the
 * fast path accepts is below all of them.
 */
final class SimpleYaml {
  /** The deepest collection nesting accepted (the nesting limit is never below 4). */
  private static final int MAX_DEPTH = 3;

  /** The longest key accepted (SnakeYAML allows simple keys up to 1024 characters). */
  private static final int MAX_KEY = 128;

  /**
   * SnakeYAML's resolver with shortcuts for non-empty plain scalars that give what {@link
   * Resolver#resolve} gives without running its patterns. Resolve tries the patterns registered for
   * the scalar's first character, then those registered for any first character (SnakeYAML files
   * its empty-string pattern and the null words there). When those are only the boolean and null
   * word lists and the empty-string pattern, a lookup in the word lists gives the same answer: so
   * for a first character without patterns, and for one whose only patterns are the word lists. The
   * shortcuts are on only when the registrations and the patterns are exactly the ones they were
   * written for; otherwise everything goes to resolve.
   */
  static final class PlainResolver extends Resolver {
    private static final String BOOL_PATTERN =
        "^(?:yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$";
    private static final String NULL_PATTERN = "^(?:~|null|Null|NULL| )$";

    /** Patterns by first character, as registered while the superclass constructor runs. */
    private Map<Character, List<Pattern>> registered;

    private final boolean shortcut;

    /** The null words apply whatever the first character. */
    private boolean nullAnyFirst;

    private final Set<Character> wordsOnly = new HashSet<>();
    private final Set<String> boolWords;
    private final Set<String> nullWords;

    PlainResolver() {
      boolWords = words(BOOL, BOOL_PATTERN);
      nullWords = words(NULL, NULL_PATTERN);
      boolean known =
          registered != null && registered.keySet().equals(yamlImplicitResolvers.keySet());
      if (known) {
        for (Map.Entry<Character, List<Pattern>> e : registered.entrySet()) {
          known &= yamlImplicitResolvers.get(e.getKey()).size() == e.getValue().size();
        }
      }
      known &= boolWords != null && nullWords != null;
      if (known && registered.containsKey(null)) {
        known = EMPTY.pattern().equals("^$") && EMPTY.flags() == 0;
        for (Pattern p : registered.get(null)) {
          known &= p == EMPTY || p == NULL;
          nullAnyFirst |= p == NULL;
        }
      }
      shortcut = known;
      if (known) {
        for (Map.Entry<Character, List<Pattern>> e : registered.entrySet()) {
          boolean words = e.getKey() != null;
          for (Pattern p : e.getValue()) {
            words &= p == BOOL || p == NULL;
          }
          if (words) {
            wordsOnly.add(e.getKey());
          }
        }
      }
    }

    @Override
    public void addImplicitResolver(Tag tag, Pattern regexp, String first, int limit) {
      super.addImplicitResolver(tag, regexp, first, limit);
      if (registered == null) {
        registered = new HashMap<>();
      }
      // the words are at most 5 characters: a lower limit would cut some off
      Pattern p = limit >= 5 ? regexp : null;
      if (first == null) {
        registered.computeIfAbsent(null, k -> new ArrayList<>()).add(p);
      } else {
        for (int i = 0; i < first.length(); i++) {
          // SnakeYAML files the character \0 with the patterns for any first character
          Character c = first.charAt(i) == 0 ? null : first.charAt(i);
          registered.computeIfAbsent(c, k -> new ArrayList<>()).add(p);
        }
      }
    }

    private static Set<String> words(Pattern p, String expected) {
      if (!p.pattern().equals(expected) || p.flags() != 0) {
        return null;
      }
      return Set.of(expected.substring(4, expected.length() - 2).split("\\|"));
    }

    /** Whether both shortcuts are on (they are for SnakeYAML's own resolver). */
    boolean shortcuts() {
      return shortcut && !wordsOnly.isEmpty();
    }

    /** The tag of a plain scalar, as {@code resolve(NodeId.scalar, value, true)} gives it. */
    Tag plain(String value) {
      if (shortcut && !value.isEmpty()) {
        Character first = value.charAt(0);
        if (!yamlImplicitResolvers.containsKey(first)) {
          return nullAnyFirst && nullWords.contains(value) ? Tag.NULL : Tag.STR;
        }
        if (wordsOnly.contains(first)) {
          return boolWords.contains(value)
              ? Tag.BOOL
              : nullWords.contains(value) ? Tag.NULL : Tag.STR;
        }
      }
      return resolve(NodeId.scalar, value, true);
    }
  }

  private final String text;
  private final PlainResolver resolver;
  private final int lineOffset;
  private final int firstColumnOffset;

  /** Start offset of each line, and one past the last line's end. */
  private int[] starts;

  private int lines;

  /** Current line and its indentation (the line is never blank). */
  private int line;

  private SimpleYaml(String text, PlainResolver resolver, int lineOffset, int firstColumnOffset) {
    this.text = text;
    this.resolver = resolver;
    this.lineOffset = lineOffset;
    this.firstColumnOffset = firstColumnOffset;
  }

  /**
   * The root of {@code text} as {@link YamlReader} would build it, or {@code null} when the text is
   * outside the subset (or holds no document).
   */
  static YamlNode parse(
      String text, PlainResolver resolver, int firstLine, int firstColumn, int codePointLimit) {
    if (text.length() > codePointLimit || !plainCharacters(text)) {
      return null;
    }
    SimpleYaml y = new SimpleYaml(text, resolver, firstLine - 1, firstColumn - 1);
    return y.document();
  }

  /** True when every character is one the subset knows how to read. */
  private static boolean plainCharacters(String text) {
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      if (c >= 0x20 && c <= 0x7E || c == '\n') {
        continue;
      }
      if (c < 0xA0
          || c == 0x2028
          || c == 0x2029
          || c == 0xFEFF
          || c >= 0xD800 && c <= 0xF8FF
          || c > 0xFFFD) {
        return false;
      }
    }
    return true;
  }

  private YamlNode document() {
    int n = 1;
    for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
      n++;
    }
    starts = new int[n + 1];
    int k = 1;
    for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
      starts[k++] = i + 1;
    }
    starts[n] = text.length() + 1;
    lines = n;
    // the text after the last line break must be blank: the subset wants whole lines
    if (!blank(n - 1)) {
      return null;
    }
    line = nextContent(0);
    if (line >= lines) {
      return null;
    }
    int indent = indent(line);
    YamlNode root = mapping(indent, 1);
    if (root == null || line < lines) {
      return null;
    }
    return root;
  }

  // ---- lines

  private int lineEnd(int l) {
    return starts[l + 1] - 1;
  }

  private int indent(int l) {
    int s = starts[l];
    int e = lineEnd(l);
    int i = s;
    while (i < e && text.charAt(i) == ' ') {
      i++;
    }
    return i - s;
  }

  private boolean blank(int l) {
    return indent(l) == lineEnd(l) - starts[l];
  }

  private int nextContent(int from) {
    int l = from;
    while (l < lines && blank(l)) {
      l++;
    }
    return l;
  }

  // ---- positions, as YamlReader reports a SnakeYAML mark

  private int fileLine(int l) {
    return Math.max(1, l + 1 + lineOffset);
  }

  private int fileColumn(int l, int column) {
    return Math.max(1, column + 1 + (l == 0 ? firstColumnOffset : 0));
  }

  // ---- structure

  /** A block mapping whose keys sit at {@code indent}, starting at the current line. */
  private YamlNode mapping(int indent, int depth) {
    if (depth > MAX_DEPTH) {
      return null;
    }
    int startLine = line;
    List<YamlNode.Entry> entries = new ArrayList<>();
    while (line < lines) {
      int l = line;
      int ind = indent(l);
      if (ind < indent) {
        break;
      }
      if (ind > indent) {
        return null;
      }
      int s = starts[l] + ind;
      int e = lineEnd(l);
      int colon = key(s, e);
      if (colon < 0) {
        return null;
      }
      String keyText = text.substring(s, colon);
      if (!Tag.STR.equals(resolver.plain(keyText))) {
        return null;
      }
      YamlNode key =
          new YamlNode(
              YamlNode.Kind.SCALAR,
              fileLine(l),
              fileColumn(l, ind),
              false,
              keyText,
              YamlNode.ScalarType.STRING,
              true,
              List.of(),
              List.of());
      int v = colon + 1;
      while (v < e && text.charAt(v) == ' ') {
        v++;
      }
      YamlNode value;
      if (v < e) {
        value = text.charAt(v) == '[' ? flowSequence(l, v, e, depth + 1) : scalar(l, v, e);
        if (value == null) {
          return null;
        }
        line = nextContent(l + 1);
        if (line < lines && indent(line) > indent) {
          return null;
        }
      } else {
        int next = nextContent(l + 1);
        int ni = next < lines ? indent(next) : -1;
        if (next < lines && ni > indent) {
          line = next;
          value =
              text.charAt(starts[next] + ni) == '-'
                  ? sequence(ni, depth + 1)
                  : mapping(ni, depth + 1);
        } else if (next < lines && ni == indent && text.charAt(starts[next] + ni) == '-') {
          line = next;
          value = sequence(ni, depth + 1);
        } else {
          line = next;
          value =
              new YamlNode(
                  YamlNode.Kind.SCALAR,
                  fileLine(l),
                  fileColumn(l, colon + 1 - starts[l]),
                  false,
                  "",
                  YamlNode.ScalarType.NULL,
                  true,
                  List.of(),
                  List.of());
        }
        if (value == null) {
          return null;
        }
        if (line < lines && indent(line) > indent) {
          return null;
        }
      }
      entries.add(new YamlNode.Entry(key, value));
    }
    return new YamlNode(
        YamlNode.Kind.MAPPING,
        fileLine(startLine),
        fileColumn(startLine, indent),
        false,
        "",
        YamlNode.ScalarType.OTHER,
        false,
        Collections.unmodifiableList(entries),
        List.of());
  }

  /**
   * The offset of the colon ending a simple key that starts at {@code s}: letters, digits and
   * {@code _ - . /}, starting with a letter, digit or {@code _}, then {@code :} and a space or the
   * end of the line. -1 when the line does not start so.
   */
  private int key(int s, int e) {
    if (s >= e || !keyStart(text.charAt(s))) {
      return -1;
    }
    int i = s + 1;
    while (i < e && i - s <= MAX_KEY) {
      char c = text.charAt(i);
      if (c == ':') {
        return i + 1 == e || text.charAt(i + 1) == ' ' ? i : -1;
      }
      if (!keyStart(c) && c != '-' && c != '.' && c != '/') {
        return -1;
      }
      i++;
    }
    return -1;
  }

  private static boolean keyStart(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
  }

  /** A block sequence of scalars whose dashes sit at {@code indent}. */
  private YamlNode sequence(int indent, int depth) {
    if (depth > MAX_DEPTH) {
      return null;
    }
    int startLine = line;
    List<YamlNode> items = new ArrayList<>();
    while (line < lines) {
      int l = line;
      int ind = indent(l);
      if (ind < indent) {
        break;
      }
      int s = starts[l] + ind;
      int e = lineEnd(l);
      if (ind > indent || text.charAt(s) != '-') {
        // deeper, or a key after an indentless sequence: the caller decides
        if (ind > indent) {
          return null;
        }
        break;
      }
      if (s + 1 >= e || text.charAt(s + 1) != ' ') {
        return null;
      }
      int v = s + 2;
      while (v < e && text.charAt(v) == ' ') {
        v++;
      }
      if (v >= e) {
        return null;
      }
      YamlNode item = scalar(l, v, e);
      if (item == null) {
        return null;
      }
      items.add(item);
      line = nextContent(l + 1);
    }
    return new YamlNode(
        YamlNode.Kind.SEQUENCE,
        fileLine(startLine),
        fileColumn(startLine, indent),
        false,
        "",
        YamlNode.ScalarType.OTHER,
        false,
        List.of(),
        Collections.unmodifiableList(items));
  }

  /**
   * A one-line flow sequence of simple plain words ({@code [a, b-c, 1.5]}) filling the rest of a
   * line from {@code v} (the bracket) to {@code e}.
   */
  private YamlNode flowSequence(int l, int v, int e, int depth) {
    if (depth > MAX_DEPTH) {
      return null;
    }
    List<YamlNode> items = new ArrayList<>();
    int i = v + 1;
    while (true) {
      while (i < e && text.charAt(i) == ' ') {
        i++;
      }
      int start = i;
      if (i >= e || !keyStart(text.charAt(i))) {
        return null;
      }
      while (i < e
          && (keyStart(text.charAt(i))
              || text.charAt(i) == '-'
              || text.charAt(i) == '.'
              || text.charAt(i) == '/')) {
        i++;
      }
      String value = text.substring(start, i);
      YamlNode.ScalarType type = type(resolver.plain(value));
      if (type == null) {
        return null;
      }
      items.add(
          new YamlNode(
              YamlNode.Kind.SCALAR,
              fileLine(l),
              fileColumn(l, start - starts[l]),
              false,
              value,
              type,
              true,
              List.of(),
              List.of()));
      while (i < e && text.charAt(i) == ' ') {
        i++;
      }
      if (i >= e) {
        return null;
      }
      char c = text.charAt(i++);
      if (c == ']') {
        break;
      }
      if (c != ',') {
        return null;
      }
    }
    for (; i < e; i++) {
      if (text.charAt(i) != ' ') {
        return null;
      }
    }
    return new YamlNode(
        YamlNode.Kind.SEQUENCE,
        fileLine(l),
        fileColumn(l, v - starts[l]),
        true,
        "",
        YamlNode.ScalarType.OTHER,
        false,
        List.of(),
        Collections.unmodifiableList(items));
  }

  /** The scalar type of a resolved tag; null for a tag outside the six ordinary ones. */
  private static YamlNode.ScalarType type(Tag tag) {
    if (Tag.STR.equals(tag)) {
      return YamlNode.ScalarType.STRING;
    } else if (Tag.INT.equals(tag)) {
      return YamlNode.ScalarType.INT;
    } else if (Tag.FLOAT.equals(tag)) {
      return YamlNode.ScalarType.FLOAT;
    } else if (Tag.BOOL.equals(tag)) {
      return YamlNode.ScalarType.BOOL;
    } else if (Tag.NULL.equals(tag)) {
      return YamlNode.ScalarType.NULL;
    } else if (Tag.TIMESTAMP.equals(tag)) {
      return YamlNode.ScalarType.TIMESTAMP;
    }
    return null;
  }

  /** A scalar filling the rest of a line from {@code v} (not blank) to {@code e}. */
  private YamlNode scalar(int l, int v, int e) {
    int column = v - starts[l];
    char c = text.charAt(v);
    if (c == '"' || c == '\'') {
      int close = v + 1;
      while (close < e) {
        char x = text.charAt(close);
        if (x == c) {
          break;
        }
        if (x == '\\' && c == '"') {
          return null;
        }
        close++;
      }
      if (close >= e) {
        return null;
      }
      for (int i = close + 1; i < e; i++) {
        if (text.charAt(i) != ' ') {
          return null;
        }
      }
      return new YamlNode(
          YamlNode.Kind.SCALAR,
          fileLine(l),
          fileColumn(l, column),
          false,
          text.substring(v + 1, close),
          YamlNode.ScalarType.STRING,
          false,
          List.of(),
          List.of());
    }
    if ("-?:,[]{}#&*!|>%@`".indexOf(c) >= 0) {
      return null;
    }
    int end = e;
    while (text.charAt(end - 1) == ' ') {
      end--;
    }
    for (int i = v; i < end; i++) {
      char x = text.charAt(i);
      if (x == ':' && (i + 1 == end || text.charAt(i + 1) == ' ')
          || x == '#' && text.charAt(i - 1) == ' ') {
        return null;
      }
    }
    String value = text.substring(v, end);
    YamlNode.ScalarType type = type(resolver.plain(value));
    if (type == null) {
      return null;
    }
    return new YamlNode(
        YamlNode.Kind.SCALAR,
        fileLine(l),
        fileColumn(l, column),
        false,
        value,
        type,
        true,
        List.of(),
        List.of());
  }
}
