package ai.cromus.core.internal.yaml;

import ai.cromus.core.Limits;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * The one reader of located YAML: front matter of SOPs and of SKILL.md, ETHOS.md, MEMORY.md and
 * AGENTS.md, structured workflows, scope files, the {@code cromus.yaml} sidecar and {@code
 * cromus.policy.yml}. SnakeYAML's composer builds the node graph (positions, scalar styles, flow
 * style, anchors and tags as SnakeYAML reports them, YAML 1.1 type resolution), within SnakeYAML's
 * {@link LoaderOptions} limits on aliases, nesting and code points; this class turns it into {@link
 * YamlNode}s within {@link Bounds} on size, nesting and the number of values (an alias counts as
 * the values it repeats, so no alias can expand the tree past the bound).
 *
 * <p>What it meets on the way (duplicate keys, anchors, aliases, tags outside the standard types)
 * comes back as {@link Note}s; a text it cannot read comes back as a {@link Failure} with a
 * position. It never throws on bad input. Immutable and thread-safe.
 */
public final class YamlReader {
  /** The standard YAML type repository (yaml.org/type): plain data, never custom. */
  private static final String YAML_TAG = "tag:yaml.org,2002:";

  private static final Set<String> STANDARD_TAGS =
      Set.of(
          "str",
          "int",
          "float",
          "bool",
          "null",
          "map",
          "seq",
          "binary",
          "timestamp",
          "omap",
          "pairs",
          "set",
          "merge",
          "value",
          "yaml");

  /** SnakeYAML's YAML 1.1 resolver; read-only once built, so one is shared. */
  private static final Resolver RESOLVER = new Resolver();

  /** What a key given twice in one mapping does. */
  public enum Duplicates {
    /** Every entry is kept, in order; no note (the caller checks duplicates itself). */
    KEEP,
    /** The first value is kept; the later one is dropped and noted. */
    FIRST_WINS,
    /** The later value replaces the earlier one, at the end of the key order, and is noted. */
    LAST_WINS
  }

  /**
   * What a reader accepts.
   *
   * @param maxChars largest text, in characters (also SnakeYAML's code point limit, at least 1,024)
   * @param maxDepth deepest nesting of mappings and sequences
   * @param maxNodes most values (mappings, sequences and scalars, keys not counted; an alias counts
   *     the values it repeats)
   * @param maxAliases most aliases of collections (SnakeYAML's limit)
   * @param duplicates what a key given twice does
   * @param singleDocument whether content after the first document makes the text unreadable;
   *     otherwise later documents are not read
   */
  public record Bounds(
      int maxChars,
      int maxDepth,
      int maxNodes,
      int maxAliases,
      Duplicates duplicates,
      boolean singleDocument) {
    /** Values allowed per step of the step limit, so that no workflow within it is refused. */
    static final int NODES_PER_STEP = 50;

    /** Aliases of collections allowed in a workflow source. */
    public static final int MAX_ALIASES = 20;

    /**
     * The bounds of a workflow source (front matter, structured workflow) under {@code limits}: its
     * size and nesting limits, at least 100,000 values and 50 per step of the step limit, 20
     * aliases, the first of a duplicate key kept, later documents not read.
     */
    public static Bounds of(Limits limits) {
      long nodes = Math.max(100_000L, (long) NODES_PER_STEP * limits.maxSteps());
      return new Bounds(
          limits.maxInputChars(),
          limits.maxNesting(),
          (int) Math.min(Integer.MAX_VALUE, nodes),
          MAX_ALIASES,
          Duplicates.FIRST_WINS,
          false);
    }

    /**
     * The bounds of a spec file (SKILL.md front matter, sidecar, policy ...) under {@code limits}:
     * its size and nesting limits (nesting at least 4), values as many as characters, 50 aliases,
     * every entry kept.
     */
    public static Bounds spec(Limits limits) {
      return new Bounds(
          limits.maxInputChars(),
          Math.max(4, limits.maxNesting()),
          limits.maxInputChars(),
          50,
          Duplicates.KEEP,
          false);
    }

    /** These bounds with another policy for duplicate keys. */
    public Bounds with(Duplicates policy) {
      return new Bounds(maxChars, maxDepth, maxNodes, maxAliases, policy, singleDocument);
    }
  }

  /** Something a read met on the way that does not stop it, at a 1-based position. */
  public record Note(Note.Kind kind, String text, int line, int column) {
    /** What was met. */
    public enum Kind {
      /** A key given twice ({@code text}); the value kept follows {@link Duplicates}. */
      DUPLICATE_KEY,
      /** An anchor ({@code text} is its name). */
      ANCHOR,
      /** An alias ({@code text} is its name); the node it names is repeated. */
      ALIAS,
      /**
       * A tag outside the standard types ({@code text}, e.g. {@code !foo} or {@code
       * tag:yaml.org,2002:binary}); the value is read as plain data. See {@link #isCustomTag}.
       */
      TAG,
      /** Content after the end of a JSON document; it is not read. */
      EXTRA_CONTENT
    }
  }

  /** Why a text could not be read, where (the start when unknown), and the parser's message. */
  public record Failure(Failure.Kind kind, int line, int column, String message) {
    /** What went wrong. */
    public enum Kind {
      /** Longer than {@link Bounds#maxChars}. */
      TOO_LARGE,
      /** Nested deeper than {@link Bounds#maxDepth}, or recursive through an alias. */
      TOO_DEEP,
      /** More values than {@link Bounds#maxNodes}. */
      TOO_MANY_NODES,
      /** More aliases than {@link Bounds#maxAliases}, or another limit of the parser. */
      LIMIT,
      /** Content after the first document, with {@link Bounds#singleDocument}. */
      MORE_THAN_ONE_DOCUMENT,
      /** The text is not well-formed. */
      SYNTAX
    }

    /** True for a safety limit rather than a syntax error. */
    public boolean isLimit() {
      return kind != Failure.Kind.SYNTAX && kind != Failure.Kind.MORE_THAN_ONE_DOCUMENT;
    }
  }

  /**
   * The result of a read: the root (empty when the text holds no document or cannot be read), what
   * was met on the way in reading order, and why the text could not be read.
   */
  public record Document(Optional<YamlNode> root, List<Note> notes, Optional<Failure> failure) {}

  private final Bounds bounds;

  public YamlReader(Bounds bounds) {
    this.bounds = bounds;
  }

  public Bounds bounds() {
    return bounds;
  }

  /**
   * Whether a tag, as {@link Note.Kind#TAG} gives it, is custom: outside the types of the YAML type
   * repository ({@code !foo}, {@code !!python/object}); {@code !!binary}, {@code !!set} and their
   * like are standard.
   */
  public static boolean isCustomTag(String tag) {
    return !(tag.startsWith(YAML_TAG) && STANDARD_TAGS.contains(tag.substring(YAML_TAG.length())));
  }

  /** Reads a whole text; positions start at line 1, column 1. */
  public Document read(String text) {
    return read(text, 1, 1);
  }

  /**
   * Reads {@code text} whose first character sits at line {@code firstLine}, column {@code
   * firstColumn} (both 1-based) of the file. Never throws.
   */
  public Document read(String text, int firstLine, int firstColumn) {
    Reading r = new Reading(firstLine - 1, firstColumn - 1);
    if (text.length() > bounds.maxChars()) {
      return r.failed(new Failure(Failure.Kind.TOO_LARGE, firstLine, firstColumn, null));
    }
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(true);
    options.setMaxAliasesForCollections(bounds.maxAliases());
    options.setNestingDepthLimit(bounds.maxDepth());
    options.setCodePointLimit(Math.max(1024, bounds.maxChars()));
    options.setAllowRecursiveKeys(false);
    options.setProcessComments(false);
    // no constructor ever runs, so no tag can build an object: every tag is read, and noted
    options.setTagInspector(tag -> true);
    AliasMarks parser = new AliasMarks(new ParserImpl(new StreamReader(text), options));
    r.aliases = parser.marks;
    try {
      // compose only: no constructor, so no Java object is ever built from a tag
      Composer composer = new Composer(parser, RESOLVER, options);
      if (!composer.checkNode()) {
        return new Document(Optional.empty(), List.copyOf(r.notes), Optional.empty());
      }
      Node node = composer.getNode();
      if (bounds.singleDocument() && composer.checkNode()) {
        int[] at = r.position(parser.peekEvent().getStartMark());
        return r.failed(new Failure(Failure.Kind.MORE_THAN_ONE_DOCUMENT, at[0], at[1], null));
      }
      YamlNode root = r.convert(node, 0);
      return new Document(Optional.of(root), List.copyOf(r.notes), Optional.empty());
    } catch (Bound b) {
      return r.failed(b.failure);
    } catch (MarkedYAMLException e) {
      Mark m = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      if (m != null && m.getIndex() >= text.length() && e.getContextMark() != null) {
        // the problem is the end of the text: the construct left open is where to look
        m = e.getContextMark();
      }
      String problem = e.getProblem() != null ? e.getProblem() : e.getMessage();
      int[] at = m == null ? new int[] {firstLine, firstColumn} : r.position(m);
      return r.failed(new Failure(kindOf(problem), at[0], at[1], oneLine(problem)));
    } catch (RuntimeException e) {
      // SnakeYAML reports its limits (code points, aliases, nesting) as YAMLException
      String msg = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      return r.failed(new Failure(kindOf(msg), firstLine, firstColumn, oneLine(msg)));
    } catch (StackOverflowError e) {
      return r.failed(new Failure(Failure.Kind.TOO_DEEP, firstLine, firstColumn, null));
    }
  }

  private static Failure.Kind kindOf(String message) {
    String m = message == null ? "" : message;
    if (m.contains("Nesting Depth")) {
      return Failure.Kind.TOO_DEEP;
    }
    if (m.contains("code points")) {
      return Failure.Kind.TOO_LARGE;
    }
    if (m.contains("exceed") || m.contains("limit") || m.contains("aliases")) {
      return Failure.Kind.LIMIT;
    }
    return Failure.Kind.SYNTAX;
  }

  static String oneLine(String s) {
    StringBuilder sb = new StringBuilder();
    boolean space = false;
    for (int i = 0; i < s.length() && sb.length() <= 300; i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c)) {
        space = sb.length() > 0;
      } else {
        if (space) {
          sb.append(' ');
          space = false;
        }
        sb.append(c);
      }
    }
    String t = sb.toString();
    return t.length() > 300 ? t.substring(0, 300) + "…" : t;
  }

  /** A bound was passed: unwinds the conversion. */
  private static final class Bound extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient Failure failure;

    Bound(Failure failure) {
      super(null, null, false, false);
      this.failure = failure;
    }
  }

  /** One read: positions, the notes, the values counted, the nodes already converted. */
  private final class Reading {
    private final int lineOffset;
    private final int firstColumnOffset;
    final List<Note> notes = new ArrayList<>();
    ArrayDeque<Object[]> aliases;
    private long nodes;
    private final IdentityHashMap<Node, YamlNode> done = new IdentityHashMap<>();
    private final IdentityHashMap<YamlNode, Long> sizes = new IdentityHashMap<>();
    private final IdentityHashMap<Node, Boolean> open = new IdentityHashMap<>();

    Reading(int lineOffset, int firstColumnOffset) {
      this.lineOffset = lineOffset;
      this.firstColumnOffset = firstColumnOffset;
    }

    Document failed(Failure f) {
      return new Document(Optional.empty(), List.copyOf(notes), Optional.of(f));
    }

    int[] position(Mark m) {
      int line = m.getLine() + 1 + lineOffset;
      int column = m.getColumn() + 1 + (m.getLine() == 0 ? firstColumnOffset : 0);
      return new int[] {Math.max(1, line), Math.max(1, column)};
    }

    YamlNode convert(Node node, int depth) {
      YamlNode seen = done.get(node);
      if (seen != null || open.containsKey(node)) {
        return alias(node, seen);
      }
      int[] at = position(node.getStartMark());
      if (depth > bounds.maxDepth()) {
        throw new Bound(new Failure(Failure.Kind.TOO_DEEP, at[0], at[1], null));
      }
      count(1, at);
      long before = nodes;
      if (node.getAnchor() != null) {
        notes.add(new Note(Note.Kind.ANCHOR, node.getAnchor(), at[0], at[1]));
      }
      Tag tag = node.getTag();
      YamlNode out;
      open.put(node, Boolean.TRUE);
      if (node instanceof MappingNode mappingNode) {
        tag(tag, Tag.MAP, at);
        out = mapping(mappingNode, depth, at);
      } else if (node instanceof SequenceNode s) {
        tag(tag, Tag.SEQ, at);

        List<YamlNode> items = new ArrayList<>(s.getValue().size());
        for (Node n : s.getValue()) {
          items.add(convert(n, depth + 1));
        }
        out =
            YamlNode.sequence(
                items, s.getFlowStyle() == DumperOptions.FlowStyle.FLOW, at[0], at[1]);
      } else {
        out = scalar((ScalarNode) node, tag, at);
      }
      open.remove(node);
      done.put(node, out);
      sizes.put(out, nodes - before + 1);
      return out;
    }

    /** A node met again: an alias, which repeats the converted node and counts its values. */
    private YamlNode alias(Node node, YamlNode seen) {
      Object[] a = aliases.poll();
      int[] at =
          a == null ? position(node.getStartMark()) : position(((Event) a[1]).getStartMark());
      String name = a == null ? String.valueOf(node.getAnchor()) : (String) a[0];
      notes.add(new Note(Note.Kind.ALIAS, name, at[0], at[1]));
      if (seen == null) {
        // the node is still being converted: the alias repeats one of its own parents
        throw new Bound(
            new Failure(Failure.Kind.TOO_DEEP, at[0], at[1], "recursive alias *" + name));
      }
      count(sizes.get(seen), at);
      return seen;
    }

    private void count(long n, int[] at) {
      nodes += n;
      if (nodes > bounds.maxNodes()) {
        throw new Bound(new Failure(Failure.Kind.TOO_MANY_NODES, at[0], at[1], null));
      }
    }

    private YamlNode mapping(MappingNode m, int depth, int[] at) {
      List<YamlNode.Entry> entries = new ArrayList<>(m.getValue().size());
      Map<String, Integer> index = bounds.duplicates() == Duplicates.KEEP ? null : new HashMap<>();
      for (NodeTuple t : m.getValue()) {
        YamlNode key = convertKey(t.getKeyNode(), depth + 1);
        YamlNode value = convert(t.getValueNode(), depth + 1);
        YamlNode.Entry entry = new YamlNode.Entry(key, value);
        if (index != null && key.isScalar()) {
          Integer earlier = index.get(key.text());
          if (earlier != null) {
            notes.add(new Note(Note.Kind.DUPLICATE_KEY, key.text(), key.line(), key.column()));
            if (bounds.duplicates() == Duplicates.FIRST_WINS) {
              continue;
            }
            entries.set(earlier, null);
          }
          index.put(key.text(), entries.size());
        }
        entries.add(entry);
      }
      if (index != null && entries.contains(null)) {
        entries.removeIf(e -> e == null);
      }
      return YamlNode.mapping(
          entries, m.getFlowStyle() == DumperOptions.FlowStyle.FLOW, at[0], at[1]);
    }

    /** A key: a scalar is not counted among the values; a complex key is converted as a value. */
    private YamlNode convertKey(Node key, int depth) {
      if (key instanceof ScalarNode scalarNode
          && !done.containsKey(key)
          && key.getAnchor() == null) {
        int[] at = position(key.getStartMark());
        return scalar(scalarNode, key.getTag(), at);
      }
      return convert(key, depth);
    }

    private YamlNode scalar(ScalarNode s, Tag tag, int[] at) {
      YamlNode.ScalarType type = type(tag);
      if (type == null) {
        Tag implicit = RESOLVER.resolve(NodeId.scalar, s.getValue(), s.isPlain());
        if (tag.equals(implicit)) {
          // resolved, not written (the merge key <<): a string like any other
          type = YamlNode.ScalarType.STRING;
        } else {
          type = YamlNode.ScalarType.OTHER;
          notes.add(new Note(Note.Kind.TAG, tag.getValue(), at[0], at[1]));
        }
      }
      return YamlNode.scalar(s.getValue(), type, s.isPlain(), at[0], at[1]);
    }

    private void tag(Tag tag, Tag expected, int[] at) {
      if (!expected.equals(tag)) {
        notes.add(new Note(Note.Kind.TAG, tag.getValue(), at[0], at[1]));
      }
    }
  }

  private static final Map<Tag, YamlNode.ScalarType> TYPES = new LinkedHashMap<>();

  static {
    TYPES.put(Tag.STR, YamlNode.ScalarType.STRING);
    TYPES.put(Tag.INT, YamlNode.ScalarType.INT);
    TYPES.put(Tag.FLOAT, YamlNode.ScalarType.FLOAT);
    TYPES.put(Tag.BOOL, YamlNode.ScalarType.BOOL);
    TYPES.put(Tag.NULL, YamlNode.ScalarType.NULL);
    TYPES.put(Tag.TIMESTAMP, YamlNode.ScalarType.TIMESTAMP);
  }

  private static YamlNode.ScalarType type(Tag tag) {
    return TYPES.get(tag);
  }
}
