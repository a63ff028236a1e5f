package ai.cromus.export.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** The one JSON writer of every exporter: insertion-ordered trees, two-space indent, {@code \n}. */
public final class Json {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final ObjectWriter WRITER;

  static {
    DefaultIndenter lf = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter pp = new ColonSpace();
    pp.indentObjectsWith(lf);
    pp.indentArraysWith(lf);
    WRITER = MAPPER.writer(pp);
  }

  /**
   * {@code "name": value} rather than Jackson's {@code "name" : value}. Written as an override, not
   * with {@code Separators.Spacing}, which needs Jackson 2.16: Cromus supports Jackson 2.15.
   */
  private static final class ColonSpace extends DefaultPrettyPrinter {
    private static final long serialVersionUID = 1L;

    ColonSpace() {}

    private ColonSpace(ColonSpace base) {
      super(base);
    }

    @Override
    public DefaultPrettyPrinter createInstance() {
      return new ColonSpace(this);
    }

    @Override
    public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
      g.writeRaw(": ");
    }
  }

  private Json() {}

  public static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  public static ArrayNode array() {
    return MAPPER.createArrayNode();
  }

  /** The tree as UTF-8 bytes, ending with a line break. */
  public static byte[] bytes(JsonNode node) {
    return (text(node) + "\n").getBytes(StandardCharsets.UTF_8);
  }

  /** The tree as pretty-printed text, without a final line break. */
  public static String text(JsonNode node) {
    try {
      return WRITER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree could not be written", e);
    }
  }

  /** The tree as compact one-line JSON (also a valid Python literal only for ASCII data). */
  public static String compact(JsonNode node) {
    try {
      return MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree could not be written", e);
    }
  }
}
