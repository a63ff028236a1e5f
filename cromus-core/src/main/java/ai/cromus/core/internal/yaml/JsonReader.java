package ai.cromus.core.internal.yaml;

import ai.cromus.core.internal.yaml.YamlReader.Bounds;
import ai.cromus.core.internal.yaml.YamlReader.Document;
import ai.cromus.core.internal.yaml.YamlReader.Duplicates;
import ai.cromus.core.internal.yaml.YamlReader.Failure;
import ai.cromus.core.internal.yaml.YamlReader.Note;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads located JSON into the same {@link YamlNode}s as {@link YamlReader}, on Jackson's streaming
 * parser within Jackson's stream limits (nesting, string and number length) and the {@link Bounds}
 * on size, nesting and the number of values. Strings are {@link YamlNode.ScalarType#STRING},
 * numbers {@code INT} or {@code FLOAT} with their text as written, {@code true}/{@code false}
 * {@code BOOL}, {@code null} {@code NULL}. Duplicate keys follow {@link Bounds#duplicates()}
 * ({@link Duplicates#KEEP} keeps them all). Never throws on bad input; immutable and thread-safe.
 */
public final class JsonReader {
  /** Longest number read, in characters; longer ones are a stream limit. */
  public static final int MAX_NUMBER_LENGTH = 100;

  private final Bounds bounds;
  private final JsonFactory factory;

  public JsonReader(Bounds bounds) {
    this.bounds = bounds;
    StreamReadConstraints constraints =
        StreamReadConstraints.builder()
            .maxNestingDepth(bounds.maxDepth())
            .maxStringLength(Math.max(1, bounds.maxChars()))
            .maxNumberLength(MAX_NUMBER_LENGTH)
            .build();
    this.factory = JsonFactory.builder().streamReadConstraints(constraints).build();
  }

  /**
   * Reads {@code text}; content after the first value is noted (or, with {@link
   * Bounds#singleDocument()}, makes the text unreadable). Never throws.
   */
  public Document read(String text) {
    List<Note> notes = new ArrayList<>();
    if (text.length() > bounds.maxChars()) {
      return failed(notes, new Failure(Failure.Kind.TOO_LARGE, 1, 1, null));
    }
    try (JsonParser p = factory.createParser(text)) {
      JsonToken t = p.nextToken();
      if (t == null) {
        return new Document(Optional.empty(), List.of(), Optional.empty());
      }
      YamlNode root = new Reading(p, notes).value(t, 0);
      JsonToken extra;
      try {
        extra = p.nextToken();
      } catch (JsonProcessingException e) {
        extra = JsonToken.NOT_AVAILABLE;
      }
      if (extra != null) {
        JsonLocation l = p.currentTokenLocation();
        int[] at = {Math.max(1, l.getLineNr()), Math.max(1, l.getColumnNr())};
        if (bounds.singleDocument()) {
          return failed(
              notes, new Failure(Failure.Kind.MORE_THAN_ONE_DOCUMENT, at[0], at[1], null));
        }
        notes.add(new Note(Note.Kind.EXTRA_CONTENT, "", at[0], at[1]));
      }
      return new Document(Optional.of(root), List.copyOf(notes), Optional.empty());
    } catch (Bound b) {
      return failed(notes, b.failure);
    } catch (StreamConstraintsException e) {
      return failed(notes, failure(Failure.Kind.LIMIT, e));
    } catch (JsonProcessingException e) {
      return failed(notes, failure(Failure.Kind.SYNTAX, e));
    } catch (IOException | RuntimeException e) {
      return failed(
          notes,
          new Failure(
              Failure.Kind.SYNTAX, 1, 1, YamlReader.oneLine(String.valueOf(e.getMessage()))));
    } catch (StackOverflowError e) {
      return failed(notes, new Failure(Failure.Kind.TOO_DEEP, 1, 1, null));
    }
  }

  private static Document failed(List<Note> notes, Failure f) {
    return new Document(Optional.empty(), List.copyOf(notes), Optional.of(f));
  }

  private static Failure failure(Failure.Kind kind, JsonProcessingException e) {
    JsonLocation loc = e.getLocation();
    int line = loc == null ? 1 : Math.max(1, loc.getLineNr());
    int col = loc == null ? 1 : Math.max(1, loc.getColumnNr());
    String m = e.getOriginalMessage();
    return new Failure(kind, line, col, YamlReader.oneLine(firstLine(m == null ? "" : m)));
  }

  private static String firstLine(String m) {
    int nl = m.indexOf('\n');
    return nl < 0 ? m : m.substring(0, nl);
  }

  /** A bound was passed: unwinds the reading. */
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
    private final List<Note> notes;
    private int nodes;

    Reading(JsonParser p, List<Note> notes) {
      this.p = p;
      this.notes = notes;
    }

    private int[] at() {
      JsonLocation loc = p.currentTokenLocation();
      return new int[] {Math.max(1, loc.getLineNr()), Math.max(1, loc.getColumnNr())};
    }

    YamlNode value(JsonToken t, int depth) throws IOException {
      int[] at = at();
      if (++nodes > bounds.maxNodes()) {
        throw new Bound(new Failure(Failure.Kind.TOO_MANY_NODES, at[0], at[1], null));
      }
      if (depth > bounds.maxDepth()) {
        throw new Bound(new Failure(Failure.Kind.TOO_DEEP, at[0], at[1], null));
      }
      switch (t) {
        case START_OBJECT -> {
          return object(at, depth);
        }
        case START_ARRAY -> {
          List<YamlNode> items = new ArrayList<>();
          JsonToken n;
          while ((n = p.nextToken()) != JsonToken.END_ARRAY && n != null) {
            items.add(value(n, depth + 1));
          }
          return YamlNode.sequence(items, true, at[0], at[1]);
        }
        case VALUE_NULL -> {
          return YamlNode.scalar("null", YamlNode.ScalarType.NULL, true, at[0], at[1]);
        }
        case VALUE_TRUE, VALUE_FALSE -> {
          return YamlNode.scalar(p.getText(), YamlNode.ScalarType.BOOL, true, at[0], at[1]);
        }
        case VALUE_NUMBER_INT -> {
          return YamlNode.scalar(p.getText(), YamlNode.ScalarType.INT, true, at[0], at[1]);
        }
        case VALUE_NUMBER_FLOAT -> {
          return YamlNode.scalar(p.getText(), YamlNode.ScalarType.FLOAT, true, at[0], at[1]);
        }
        default -> {
          return YamlNode.scalar(text(), YamlNode.ScalarType.STRING, false, at[0], at[1]);
        }
      }
    }

    private YamlNode object(int[] at, int depth) throws IOException {
      List<YamlNode.Entry> entries = new ArrayList<>();
      Map<String, Integer> index = bounds.duplicates() == Duplicates.KEEP ? null : new HashMap<>();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        int[] kat = at();
        YamlNode key = YamlNode.scalar(name, YamlNode.ScalarType.STRING, false, kat[0], kat[1]);
        YamlNode value = value(p.nextToken(), depth + 1);
        if (index != null) {
          Integer earlier = index.get(name);
          if (earlier != null) {
            notes.add(new Note(Note.Kind.DUPLICATE_KEY, name, kat[0], kat[1]));
            if (bounds.duplicates() == Duplicates.FIRST_WINS) {
              continue;
            }
            entries.set(earlier, null);
          }
          index.put(name, entries.size());
        }
        entries.add(new YamlNode.Entry(key, value));
      }
      if (index != null && entries.contains(null)) {
        entries.removeIf(e -> e == null);
      }
      return YamlNode.mapping(entries, true, at[0], at[1]);
    }

    private String text() throws IOException {
      String s = p.getText();
      return s == null ? "" : s;
    }
  }
}
