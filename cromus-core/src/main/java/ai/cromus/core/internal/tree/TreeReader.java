package ai.cromus.core.internal.tree;

import ai.cromus.core.Limits;
import ai.cromus.core.diagnostic.Diagnostic;
import ai.cromus.core.diagnostic.Rule;
import ai.cromus.core.diagnostic.SourceLocation;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
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
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Reads YAML or JSON into {@link Node}s with positions, safely: bounded nesting, aliases and
 * size; duplicate keys and custom tags are errors. Never throws on bad input.
 */
public final class TreeReader {
  /** Result of a read: the root, or empty with a diagnostic. */
  public static final class Result {
    public final Optional<Node> root;
    public final List<Diagnostic> diagnostics;

    Result(Optional<Node> root, List<Diagnostic> diagnostics) {
      this.root = root;
      this.diagnostics = diagnostics;
    }
  }

  private final JsonFactory json;
  private final YAMLFactory yaml;
  private final Limits limits;

  public TreeReader(Limits limits) {
    this.limits = limits;
    StreamReadConstraints constraints = StreamReadConstraints.builder()
        .maxNestingDepth(limits.maxNesting())
        .maxStringLength(limits.maxInputChars())
        .maxNumberLength(100)
        .build();
    this.json = JsonFactory.builder().streamReadConstraints(constraints).build();
    LoaderOptions options = new LoaderOptions();
    options.setMaxAliasesForCollections(20);
    options.setNestingDepthLimit(limits.maxNesting());
    options.setCodePointLimit(Math.max(limits.maxInputChars(), 1024));
    options.setAllowDuplicateKeys(false);
    options.setAllowRecursiveKeys(false);
    this.yaml = YAMLFactory.builder().loaderOptions(options).streamReadConstraints(constraints)
        .build();
  }

  /**
   * Reads {@code text}; positions are shifted by {@code lineOffset} lines (for front matter).
   *
   * @param rule the rule of syntax errors
   */
  public Result read(String text, boolean isYaml, String source, int lineOffset, Rule rule) {
    List<Diagnostic> diags = new ArrayList<>();
    try (JsonParser p = isYaml ? yaml.createParser(text) : json.createParser(text)) {
      JsonToken t = p.nextToken();
      if (t == null) {
        return new Result(Optional.empty(), diags);
      }
      Node root = readValue(p, t, source, lineOffset, diags, rule, 0);
      if (!isYaml) {
        JsonToken extra = p.nextToken();
        if (extra != null) {
          diags.add(at(rule, source, p.currentTokenLocation(), lineOffset,
              "Unexpected content after the end of the JSON document."));
        }
      }
      return new Result(Optional.ofNullable(root), diags);
    } catch (StreamConstraintsException e) {
      diags.add(Diagnostic.of(rule, SourceLocation.of(source, 1 + lineOffset, 1),
          "The document exceeds a safety limit: " + firstLine(e.getOriginalMessage()),
          "Nesting is limited to " + limits.maxNesting() + " levels."));
    } catch (IOException | RuntimeException e) {
      // SnakeYAML reports alias bombs, duplicate keys and bad syntax as runtime exceptions.
      JsonLocation loc = e instanceof com.fasterxml.jackson.core.JsonProcessingException
          ? ((com.fasterxml.jackson.core.JsonProcessingException) e).getLocation() : null;
      diags.add(at(rule, source, loc, lineOffset, describe(e)));
    } catch (StackOverflowError e) {
      diags.add(Diagnostic.of(rule, SourceLocation.of(source, 1 + lineOffset, 1),
          "The document nests too deeply to read."));
    }
    return new Result(Optional.empty(), diags);
  }

  private Node readValue(JsonParser p, JsonToken t, String source, int off,
      List<Diagnostic> diags, Rule rule, int depth) throws IOException {
    JsonLocation loc = p.currentTokenLocation();
    int line = Math.max(1, loc.getLineNr()) + off;
    int col = Math.max(1, loc.getColumnNr());
    if (p instanceof YAMLParser) {
      String tag = ((YAMLParser) p).getTypeId();
      if (tag != null && !tag.startsWith("tag:yaml.org,2002:") && !tag.equals("!")) {
        diags.add(Diagnostic.of(rule, SourceLocation.of(source, line, col),
            "Custom YAML tag '" + tag + "' is not allowed; the value is read as plain data.",
            "Remove the tag."));
      }
    }
    switch (t) {
      case START_OBJECT: {
        LinkedHashMap<String, Node> entries = new LinkedHashMap<>();
        LinkedHashMap<String, int[]> keys = new LinkedHashMap<>();
        JsonToken n;
        while ((n = p.nextToken()) == JsonToken.FIELD_NAME) {
          String key = p.currentName();
          JsonLocation kl = p.currentTokenLocation();
          int kline = Math.max(1, kl.getLineNr()) + off;
          int kcol = Math.max(1, kl.getColumnNr());
          Node value = readValue(p, p.nextToken(), source, off, diags, rule, depth + 1);
          if (entries.containsKey(key)) {
            diags.add(Diagnostic.of(rule, SourceLocation.of(source, kline, kcol),
                "Duplicate key '" + key + "'; the later value is ignored.",
                "Keep one '" + key + "'."));
            continue;
          }
          entries.put(key, value);
          keys.put(key, new int[] {kline, kcol});
        }
        return Node.map(entries, keys, line, col);
      }
      case START_ARRAY: {
        List<Node> items = new ArrayList<>();
        JsonToken n;
        while ((n = p.nextToken()) != JsonToken.END_ARRAY && n != null) {
          items.add(readValue(p, n, source, off, diags, rule, depth + 1));
        }
        return Node.list(items, line, col);
      }
      case VALUE_NULL:
        return Node.nul(line, col);
      case VALUE_STRING:
        return Node.scalar(p.getText(), true, line, col);
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
      case VALUE_TRUE:
      case VALUE_FALSE:
        return Node.scalar(p.getText(), false, line, col);
      default:
        return Node.scalar(p.getText(), false, line, col);
    }
  }

  private static Diagnostic at(Rule rule, String source, JsonLocation loc, int off, String msg) {
    int line = loc == null ? 1 : Math.max(1, loc.getLineNr());
    int col = loc == null ? 1 : Math.max(1, loc.getColumnNr());
    return Diagnostic.of(rule, SourceLocation.of(source, line + off, col), msg);
  }

  private static String describe(Throwable e) {
    String m = e instanceof com.fasterxml.jackson.core.JsonProcessingException
        ? ((com.fasterxml.jackson.core.JsonProcessingException) e).getOriginalMessage()
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
