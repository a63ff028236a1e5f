package ai.cromus.core.internal.tree;

import ai.cromus.core.Limits;
import ai.cromus.core.diagnostic.Diagnostic;
import ai.cromus.core.diagnostic.Rule;
import ai.cromus.core.diagnostic.SourceLocation;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Reads YAML or JSON into {@link Node}s with 1-based positions, safely; the one reader of located
 * YAML and JSON (workflow front matter, structured workflows, scope files). Jackson's streaming
 * parser with SnakeYAML's limits (aliases, nesting, code points) and Jackson's stream limits, and
 * on top a bound on size, nesting and the number of values. Duplicate keys and custom tags are
 * reported. Never throws on bad input; immutable and thread-safe.
 */
public final class TreeReader {
  /** Most aliases a YAML document may use. */
  public static final int MAX_ALIASES = 20;

  private static final String YAML_TAG = "tag:yaml.org,2002:";

  /** The types of the YAML type repository (yaml.org/type), plain data. */
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

  /** What a key given twice in one mapping does. */
  public enum Duplicates {
    /**
     * An error: a YAML document with one is not read (Jackson refuses it); in JSON the first value
     * is kept and the later one is reported and dropped.
     */
    REFUSED,
    /** The later value replaces the earlier one, in its place in key order, and is reported. */
    LAST_WINS
  }

  /**
   * What a reader accepts.
   *
   * @param maxChars largest text, in characters (also the longest string and the YAML code point
   *     limit, at least 1,024)
   * @param maxDepth deepest nesting of mappings and lists
   * @param maxNodes most values (mappings, lists, scalars and nulls; keys do not count)
   * @param maxNumberLength longest number, in characters
   * @param duplicates what a key given twice does
   * @param singleDocument whether content after the first document makes the text unreadable;
   *     otherwise YAML documents after the first are not read and content after a JSON document is
   *     reported
   */
  public record Bounds(
      int maxChars,
      int maxDepth,
      int maxNodes,
      int maxNumberLength,
      Duplicates duplicates,
      boolean singleDocument) {
    /** Values allowed per step of the step limit, so that no workflow within it is refused. */
    static final int NODES_PER_STEP = 50;

    /**
     * The bounds of a workflow source (front matter, structured workflow) under {@code limits}: its
     * size and nesting limits, at least 100,000 values and 50 per step of the step limit, numbers
     * of up to 100 characters, duplicate keys refused, later YAML documents not read.
     */
    public static Bounds of(Limits limits) {
      long nodes = Math.max(100_000L, (long) NODES_PER_STEP * limits.maxSteps());
      return new Bounds(
          limits.maxInputChars(),
          limits.maxNesting(),
          (int) Math.min(Integer.MAX_VALUE, nodes),
          100,
          Duplicates.REFUSED,
          false);
    }
  }

  /** Something a read met on the way that does not stop it. */
  public record Note(Kind kind, String text, int line, int column) {
    /** What was met. */
    public enum Kind {
      /** A key given twice ({@code text}); the value kept follows {@link Duplicates}. */
      DUPLICATE_KEY,
      /** A custom YAML tag ({@code text}); the value is read as plain data. */
      CUSTOM_TAG,
      /** Content after the end of a JSON document; it is not read. */
      EXTRA_CONTENT
    }
  }

  /** Why a text could not be read, and where (the start when unknown). */
  public record Failure(Kind kind, int line, int column, Throwable cause) {
    /** What went wrong. */
    public enum Kind {
      /** Longer than {@link Bounds#maxChars}. */
      TOO_LARGE,
      /** Nested deeper than {@link Bounds#maxDepth}. */
      TOO_DEEP,
      /** More values than {@link Bounds#maxNodes}. */
      TOO_MANY_NODES,
      /** Content after the first document, with {@link Bounds#singleDocument}. */
      MORE_THAN_ONE_DOCUMENT,
      /** A Jackson stream limit ({@code cause}: nesting, number or string length). */
      STREAM_LIMIT,
      /** The text does not parse, or SnakeYAML refused it ({@code cause}). */
      UNREADABLE,
      /** The nesting exhausted the stack. */
      STACK_OVERFLOW
    }
  }

  /**
   * The result of a read: the root (empty when the text holds no document or cannot be read), what
   * was met on the way in reading order, and why the text could not be read.
   */
  public record Document(Optional<Node> root, List<Note> notes, Optional<Failure> failure) {}

  /** Result of a read for a workflow source: the root, or empty with a diagnostic. */
  public static final class Result {
    public final Optional<Node> root;
    public final List<Diagnostic> diagnostics;

    Result(Optional<Node> root, List<Diagnostic> diagnostics) {
      this.root = root;
      this.diagnostics = diagnostics;
    }
  }

  private final Bounds bounds;
  private final JsonFactory json;
  private final YAMLFactory yaml;

  /** A reader of workflow sources under {@code limits} ({@link Bounds#of(Limits)}). */
  public TreeReader(Limits limits) {
    this(Bounds.of(limits));
  }

  public TreeReader(Bounds bounds) {
    this.bounds = bounds;
    StreamReadConstraints constraints =
        StreamReadConstraints.builder()
            .maxNestingDepth(bounds.maxDepth())
            .maxStringLength(bounds.maxChars())
            .maxNumberLength(bounds.maxNumberLength())
            .build();
    this.json = JsonFactory.builder().streamReadConstraints(constraints).build();
    LoaderOptions options = new LoaderOptions();
    options.setMaxAliasesForCollections(MAX_ALIASES);
    options.setNestingDepthLimit(bounds.maxDepth());
    options.setCodePointLimit(Math.max(bounds.maxChars(), 1024));
    options.setAllowDuplicateKeys(bounds.duplicates() != Duplicates.REFUSED);
    options.setAllowRecursiveKeys(false);
    this.yaml =
        YAMLFactory.builder().loaderOptions(options).streamReadConstraints(constraints).build();
  }

  /**
   * Reads {@code text} as YAML or JSON; positions are shifted by {@code lineOffset} lines (for
   * front matter). Never throws.
   */
  public Document read(String text, boolean isYaml, int lineOffset) {
    List<Note> notes = new ArrayList<>();
    if (text.length() > bounds.maxChars()) {
      return failed(notes, new Failure(Failure.Kind.TOO_LARGE, 1 + lineOffset, 1, null));
    }
    if (isYaml) {
      Node plain = PlainYaml.read(text, lineOffset, bounds.maxNodes(), bounds.maxDepth());
      if (plain != null) {
        return new Document(Optional.of(plain), List.of(), Optional.empty());
      }
    }
    return parse(text, isYaml, lineOffset, notes);
  }

  /** Reads {@code text} with Jackson, without the fast path of plain front matter. */
  Document parse(String text, boolean isYaml, int lineOffset, List<Note> notes) {
    try (JsonParser p = isYaml ? yaml.createParser(text) : json.createParser(text)) {
      JsonToken t = p.nextToken();
      if (t == null) {
        return new Document(Optional.empty(), List.copyOf(notes), Optional.empty());
      }
      Node root = new Reading(p, lineOffset, notes).value(t, 0);
      if (!isYaml || bounds.singleDocument()) {
        JsonToken extra = p.nextToken();
        if (extra != null) {
          JsonLocation l = p.currentTokenLocation();
          int line = Math.max(1, l.getLineNr()) + lineOffset;
          int col = Math.max(1, l.getColumnNr());
          if (bounds.singleDocument()) {
            return failed(notes, new Failure(Failure.Kind.MORE_THAN_ONE_DOCUMENT, line, col, null));
          }
          notes.add(new Note(Note.Kind.EXTRA_CONTENT, "", line, col));
        }
      }
      return new Document(Optional.of(root), List.copyOf(notes), Optional.empty());
    } catch (Bound b) {
      return failed(notes, b.failure);
    } catch (StreamConstraintsException e) {
      return failed(notes, exception(Failure.Kind.STREAM_LIMIT, e, lineOffset));
    } catch (IOException | RuntimeException e) {
      // SnakeYAML reports alias bombs, duplicate keys and bad syntax as runtime exceptions.
      return failed(notes, exception(Failure.Kind.UNREADABLE, e, lineOffset));
    } catch (StackOverflowError e) {
      return failed(notes, new Failure(Failure.Kind.STACK_OVERFLOW, 1 + lineOffset, 1, null));
    }
  }

  /**
   * Reads a workflow source: {@link #read(String, boolean, int)} with what it met as diagnostics of
   * {@code rule}, the rule of syntax errors.
   */
  public Result read(String text, boolean isYaml, String source, int lineOffset, Rule rule) {
    Document doc = read(text, isYaml, lineOffset);
    List<Diagnostic> diags = new ArrayList<>();
    for (Note n : doc.notes()) {
      SourceLocation at = SourceLocation.of(source, n.line(), n.column());
      switch (n.kind()) {
        case CUSTOM_TAG:
          diags.add(
              Diagnostic.of(
                  rule,
                  at,
                  "Custom YAML tag '"
                      + n.text()
                      + "' is not allowed; the value is read as plain data.",
                  "Remove the tag."));
          break;
        case DUPLICATE_KEY:
          diags.add(
              Diagnostic.of(
                  rule,
                  at,
                  "Duplicate key '"
                      + n.text()
                      + "'; the "
                      + (bounds.duplicates() == Duplicates.LAST_WINS ? "earlier" : "later")
                      + " value is ignored.",
                  "Keep one '" + n.text() + "'."));
          break;
        default:
          diags.add(
              Diagnostic.of(rule, at, "Unexpected content after the end of the JSON document."));
      }
    }
    doc.failure().ifPresent(f -> diags.add(diagnostic(f, source, lineOffset, rule)));
    return new Result(doc.root(), diags);
  }

  private Diagnostic diagnostic(Failure f, String source, int lineOffset, Rule rule) {
    SourceLocation at = SourceLocation.of(source, f.line(), f.column());
    String nesting = "Nesting is limited to " + bounds.maxDepth() + " levels.";
    switch (f.kind()) {
      case STREAM_LIMIT:
        return Diagnostic.of(
            rule,
            SourceLocation.of(source, 1 + lineOffset, 1),
            "The document exceeds a safety limit: "
                + firstLine(((JsonProcessingException) f.cause()).getOriginalMessage()),
            nesting);
      case STACK_OVERFLOW:
        return Diagnostic.of(rule, at, "The document nests too deeply to read.");
      case TOO_LARGE:
        return Diagnostic.of(
            rule,
            at,
            "The document exceeds a safety limit: it is larger than "
                + bounds.maxChars()
                + " characters.",
            "Split the document.");
      case TOO_DEEP:
        return Diagnostic.of(
            rule,
            at,
            "The document exceeds a safety limit: it nests deeper than "
                + bounds.maxDepth()
                + " levels.",
            nesting);
      case TOO_MANY_NODES:
        return Diagnostic.of(
            rule,
            at,
            "The document exceeds a safety limit: it has more than "
                + bounds.maxNodes()
                + " values.",
            "Split the document.");
      case MORE_THAN_ONE_DOCUMENT:
        return Diagnostic.of(
            rule,
            at,
            "Cannot read the document: it holds more than one" + " document.",
            "Keep one document in the file.");
      default:
        return Diagnostic.of(rule, at, describe(f.cause()));
    }
  }

  /**
   * Whether a tag, as Jackson gives it, is custom: not absent, not the non-specific {@code !}
   * (Jackson gives it as the empty string) and not a type of the YAML type repository ({@code
   * !!str}, {@code !!int} ...). {@code !!python/object} and its like are in the repository's
   * namespace but not among its types: custom.
   */
  static boolean isCustom(String tag) {
    if (tag == null || tag.isEmpty() || tag.equals("!")) {
      return false;
    }
    return !(tag.startsWith(YAML_TAG) && STANDARD_TAGS.contains(tag.substring(YAML_TAG.length())));
  }

  private static Document failed(List<Note> notes, Failure failure) {
    return new Document(Optional.empty(), List.copyOf(notes), Optional.of(failure));
  }

  private static Failure exception(Failure.Kind kind, Exception e, int lineOffset) {
    JsonLocation loc =
        e instanceof JsonProcessingException ? ((JsonProcessingException) e).getLocation() : null;
    int line = loc == null ? 1 : Math.max(1, loc.getLineNr());
    int col = loc == null ? 1 : Math.max(1, loc.getColumnNr());
    return new Failure(kind, line + lineOffset, col, e);
  }

  /** A bound of {@link Bounds} was passed: unwinds the reading. */
  private static final class Bound extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient Failure failure;

    Bound(Failure failure) {
      super(null, null, false, false);
      this.failure = failure;
    }
  }

  /** One read: the parser, the values counted so far and the notes. */
  private final class Reading {
    private final JsonParser p;
    private final int off;
    private final List<Note> notes;
    private int nodes;

    Reading(JsonParser p, int off, List<Note> notes) {
      this.p = p;
      this.off = off;
      this.notes = notes;
    }

    Node value(JsonToken t, int depth) throws IOException {
      JsonLocation loc = p.currentTokenLocation();
      int line = Math.max(1, loc.getLineNr()) + off;
      int col = Math.max(1, loc.getColumnNr());
      if (++nodes > bounds.maxNodes()) {
        throw new Bound(new Failure(Failure.Kind.TOO_MANY_NODES, line, col, null));
      }
      if (depth > bounds.maxDepth()) {
        throw new Bound(new Failure(Failure.Kind.TOO_DEEP, line, col, null));
      }
      if (p instanceof YAMLParser) {
        String tag = ((YAMLParser) p).getTypeId();
        if (isCustom(tag)) {
          notes.add(new Note(Note.Kind.CUSTOM_TAG, tag, line, col));
        }
      }
      switch (t) {
        case START_OBJECT:
          return map(line, col, depth);
        case START_ARRAY:
          {
            List<Node> items = new ArrayList<>();
            JsonToken n;
            while ((n = p.nextToken()) != JsonToken.END_ARRAY && n != null) {
              items.add(value(n, depth + 1));
            }
            return Node.list(items, line, col);
          }
        case VALUE_NULL:
          return Node.nul(line, col);
        case VALUE_STRING:
          return Node.scalar(text(), true, false, line, col);
        case VALUE_NUMBER_INT:
        case VALUE_NUMBER_FLOAT:
          return Node.scalar(text(), false, true, line, col);
        default:
          return Node.scalar(text(), false, false, line, col);
      }
    }

    private Node map(int line, int col, int depth) throws IOException {
      LinkedHashMap<String, Node> entries = new LinkedHashMap<>();
      LinkedHashMap<String, int[]> keys = new LinkedHashMap<>();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String key = p.currentName();
        JsonLocation kl = p.currentTokenLocation();
        int kline = Math.max(1, kl.getLineNr()) + off;
        int kcol = Math.max(1, kl.getColumnNr());
        Node value = value(p.nextToken(), depth + 1);
        if (entries.containsKey(key)) {
          notes.add(new Note(Note.Kind.DUPLICATE_KEY, key, kline, kcol));
          if (bounds.duplicates() != Duplicates.LAST_WINS) {
            continue;
          }
          entries.remove(key);
        }
        entries.put(key, value);
        keys.put(key, new int[] {kline, kcol});
      }
      return Node.map(entries, keys, line, col);
    }

    private String text() throws IOException {
      String s = p.getText();
      return s == null ? "" : s;
    }
  }

  private static String describe(Throwable e) {
    String m =
        e instanceof JsonProcessingException
            ? ((JsonProcessingException) e).getOriginalMessage()
            : e.getMessage();
    if (m == null) {
      m = e.getClass().getSimpleName();
    }
    return "Cannot read the document: " + firstLine(m);
  }

  private static String firstLine(String m) {
    if (m == null) {
      return "";
    }
    String s = m.strip();
    int nl = s.indexOf('\n');
    s = nl < 0 ? s : s.substring(0, nl);
    return s.length() > 200 ? s.substring(0, 200) + "…" : s;
  }
}
