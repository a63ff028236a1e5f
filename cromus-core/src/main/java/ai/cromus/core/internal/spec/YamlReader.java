package ai.cromus.core.internal.spec;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * Reads YAML into {@link YamlNode}s with file positions. Uses the SnakeYAML composer (the engine
 * under Jackson's YAML module) because the spec rules need what a data binder throws away: key
 * order and duplicates, flow style, quoting, anchors and aliases. Safe against hostile input:
 * bounded size, nesting and aliases, and an alias never expands a subtree.
 */
public final class YamlReader {
  /** A problem at a position: a parse failure, or a construct strict YAML refuses. */
  public record Problem(Kind kind, int line, int column, String message) {
    /** What kind of problem. */
    public enum Kind {
      SYNTAX,
      LIMIT,
      ANCHOR,
      ALIAS,
      TAG
    }
  }

  /** The root node (empty when the text holds no document) and the problems found. */
  public record Result(Optional<YamlNode> root, List<Problem> problems) {
    /** The fatal problem (syntax or limit), if any: then there is no root. */
    public Optional<Problem> failure() {
      return problems.stream()
          .filter(p -> p.kind() == Problem.Kind.SYNTAX || p.kind() == Problem.Kind.LIMIT)
          .findFirst();
    }
  }

  private final int lineOffset;
  private final int firstColumnOffset;
  private final List<Problem> problems = new ArrayList<>();
  private final Map<Node, Boolean> seen = new IdentityHashMap<>();

  private YamlReader(int lineOffset, int firstColumnOffset) {
    this.lineOffset = lineOffset;
    this.firstColumnOffset = firstColumnOffset;
  }

  /** Resolves implicit tags; read-only after construction, so one is shared. */
  private static final SimpleYaml.PlainResolver RESOLVER = new SimpleYaml.PlainResolver();

  /**
   * Reads {@code text} whose first character sits at line {@code firstLine} (1-based), column
   * {@code firstColumn} (1-based) of the file.
   */
  public static Result read(
      String text, int firstLine, int firstColumn, int maxChars, int maxNesting) {
    // most front matter is plain block YAML: read it without SnakeYAML's scanner, parser and
    // composer when it is (same tree, positions and types); anything else takes the full path
    YamlNode simple =
        SimpleYaml.parse(text, RESOLVER, firstLine, firstColumn, codePointLimit(maxChars));
    if (simple != null) {
      return new Result(Optional.of(simple), List.of());
    }
    return compose(text, firstLine, firstColumn, maxChars, maxNesting);
  }

  private static int codePointLimit(int maxChars) {
    return Math.max(1024, maxChars);
  }

  /** {@link #read} through SnakeYAML only (the fast path's tests compare against it). */
  static Result compose(String text, int firstLine, int firstColumn, int maxChars, int maxNesting) {
    YamlReader r = new YamlReader(firstLine - 1, firstColumn - 1);
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(true);
    options.setMaxAliasesForCollections(50);
    options.setNestingDepthLimit(Math.max(4, maxNesting));
    options.setCodePointLimit(codePointLimit(maxChars));
    options.setAllowRecursiveKeys(false);
    options.setProcessComments(false);
    Node node;
    try {
      // compose only: what Yaml.compose does, without building a constructor and representer
      // per file (most of the cost of a small front matter)
      node =
          new Composer(new ParserImpl(new StreamReader(text), options), RESOLVER, options)
              .getSingleNode();
    } catch (MarkedYAMLException e) {
      Mark m = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      String problem = e.getProblem() != null ? e.getProblem() : e.getMessage();
      int[] at = m == null ? new int[] {firstLine, firstColumn} : r.position(m);
      return new Result(
          Optional.empty(),
          List.of(new Problem(Problem.Kind.SYNTAX, at[0], at[1], oneLine(problem))));
    } catch (RuntimeException | StackOverflowError e) {
      String msg = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      Problem.Kind kind =
          msg.contains("exceed") || msg.contains("limit") || e instanceof StackOverflowError
              ? Problem.Kind.LIMIT
              : Problem.Kind.SYNTAX;
      return new Result(
          Optional.empty(), List.of(new Problem(kind, firstLine, firstColumn, oneLine(msg))));
    }
    if (node == null) {
      return new Result(Optional.empty(), List.of());
    }
    YamlNode root = r.convert(node);
    return new Result(Optional.of(root), Collections.unmodifiableList(r.problems));
  }

  private static String oneLine(String s) {
    String t = s.replaceAll("\\s+", " ").trim();
    return t.length() > 300 ? t.substring(0, 300) + "…" : t;
  }

  private int[] position(Mark m) {
    int line = m.getLine() + 1 + lineOffset;
    int column = m.getColumn() + 1 + (m.getLine() == 0 ? firstColumnOffset : 0);
    return new int[] {Math.max(1, line), Math.max(1, column)};
  }

  private YamlNode convert(Node node) {
    int[] at = position(node.getStartMark());
    if (seen.containsKey(node)) {
      problems.add(
          new Problem(
              Problem.Kind.ALIAS, at[0], at[1], "an alias (*) repeats a node defined elsewhere"));
      return new YamlNode(
          YamlNode.Kind.SCALAR,
          at[0],
          at[1],
          false,
          "",
          YamlNode.ScalarType.OTHER,
          true,
          List.of(),
          List.of());
    }
    seen.put(node, Boolean.TRUE);
    if (node.getAnchor() != null) {
      problems.add(
          new Problem(
              Problem.Kind.ANCHOR,
              at[0],
              at[1],
              "an anchor (&" + node.getAnchor() + ") defines a reusable node"));
    }
    Tag tag = node.getTag();
    if (node instanceof MappingNode) {
      MappingNode m = (MappingNode) node;
      List<YamlNode.Entry> entries = new ArrayList<>();
      for (NodeTuple t : m.getValue()) {
        entries.add(new YamlNode.Entry(convert(t.getKeyNode()), convert(t.getValueNode())));
      }
      checkTag(tag, Tag.MAP, at);
      return new YamlNode(
          YamlNode.Kind.MAPPING,
          at[0],
          at[1],
          m.getFlowStyle() == DumperOptions.FlowStyle.FLOW,
          "",
          YamlNode.ScalarType.OTHER,
          false,
          Collections.unmodifiableList(entries),
          List.of());
    }
    if (node instanceof SequenceNode) {
      SequenceNode s = (SequenceNode) node;
      List<YamlNode> items = new ArrayList<>();
      for (Node n : s.getValue()) {
        items.add(convert(n));
      }
      checkTag(tag, Tag.SEQ, at);
      return new YamlNode(
          YamlNode.Kind.SEQUENCE,
          at[0],
          at[1],
          s.getFlowStyle() == DumperOptions.FlowStyle.FLOW,
          "",
          YamlNode.ScalarType.OTHER,
          false,
          List.of(),
          Collections.unmodifiableList(items));
    }
    ScalarNode s = (ScalarNode) node;
    YamlNode.ScalarType type;
    if (Tag.STR.equals(tag)) {
      type = YamlNode.ScalarType.STRING;
    } else if (Tag.INT.equals(tag)) {
      type = YamlNode.ScalarType.INT;
    } else if (Tag.FLOAT.equals(tag)) {
      type = YamlNode.ScalarType.FLOAT;
    } else if (Tag.BOOL.equals(tag)) {
      type = YamlNode.ScalarType.BOOL;
    } else if (Tag.NULL.equals(tag)) {
      type = YamlNode.ScalarType.NULL;
    } else if (Tag.TIMESTAMP.equals(tag)) {
      type = YamlNode.ScalarType.TIMESTAMP;
    } else {
      type = YamlNode.ScalarType.OTHER;
      problems.add(new Problem(Problem.Kind.TAG, at[0], at[1], "an explicit tag (" + tag + ")"));
    }
    return new YamlNode(
        YamlNode.Kind.SCALAR,
        at[0],
        at[1],
        false,
        s.getValue(),
        type,
        s.getScalarStyle() == DumperOptions.ScalarStyle.PLAIN,
        List.of(),
        List.of());
  }

  private void checkTag(Tag tag, Tag expected, int[] at) {
    if (!expected.equals(tag)) {
      problems.add(new Problem(Problem.Kind.TAG, at[0], at[1], "an explicit tag (" + tag + ")"));
    }
  }
}
