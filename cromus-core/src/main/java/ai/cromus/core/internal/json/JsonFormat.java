package ai.cromus.core.internal.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The one Jackson configuration for every JSON document Cromus writes: the compile report ({@code
 * CromusJson.write(result)}, {@code cromus compile --format json}), the other CLI reports, SARIF
 * and the exported files all go through {@link #WRITER}. Documented in {@code docs/json.md}.
 *
 * <ul>
 *   <li>Shape from the value types' Jackson annotations: {@code @JsonPropertyOrder} where the order
 *       is part of a contract, otherwise properties sorted by name; map entries sorted by key (enum
 *       keys in declaration order); an empty {@code Optional} or a {@code null} is left out.
 *   <li>Numbers: a {@code BigDecimal} is written exactly and never with an exponent ({@code 10},
 *       not {@code 1E+1}); trees keep the scale they were given.
 *   <li>Text: UTF-8; every control character (C0, DEL, C1) and the line and paragraph separators
 *       U+2028/U+2029 escaped ({@code \n}, {@code \u001b}, {@code \u009b}), so a report printed to
 *       a terminal cannot move its cursor or retitle it; everything else as is.
 *   <li>Layout: two-space indent, one member or element per line, {@code "key" : value}, LF line
 *       ends on every platform, a final line break. The printer uses only API present since Jackson
 *       2.10, so it also runs where an application brings Jackson 2.15.
 * </ul>
 *
 * <p>Shared and thread-safe; never reconfigured after class initialisation.
 */
public final class JsonFormat {
  /** The mapper: every feature above except the layout. */
  public static final ObjectMapper MAPPER =
      JsonMapper.builder(new JsonFactoryBuilder().characterEscapes(new ControlEscapes()).build())
          .addModule(new Jdk8Module())
          .addModule(new JavaTimeModule())
          .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
          .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .defaultPropertyInclusion(
              JsonInclude.Value.construct(
                  JsonInclude.Include.NON_ABSENT, JsonInclude.Include.USE_DEFAULTS))
          .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
          .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
          .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .build();

  /** Two spaces per level and a LF, for objects and arrays alike. */
  private static final DefaultIndenter INDENT = new DefaultIndenter("  ", "\n");

  /** The writer: {@link #MAPPER} with the layout. */
  public static final ObjectWriter WRITER =
      MAPPER.writer(
          new DefaultPrettyPrinter().withObjectIndenter(INDENT).withArrayIndenter(INDENT));

  private JsonFormat() {}
}
