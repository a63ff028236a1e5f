package ai.cromus.core;

import static org.apiguardian.api.API.Status.STABLE;

import ai.cromus.core.internal.Requirements;
import ai.cromus.core.internal.json.JsonFormat;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The JSON Cromus writes, in one configuration for every document (described in {@code
 * docs/json.md}): keys in the documented order, exact decimals never written with an exponent,
 * control characters escaped, two-space indent, LF line ends and a final line break, so the same
 * value always gives the same bytes on any JVM.
 *
 * <p>A {@link CompileResult} is written as the compile report, key for key what {@code cromus
 * compile --format json} prints (schema: {@code docs/report.schema.json}). The report is written,
 * never read back: it leaves out what a person or a CI gate does not need (the scope, the generated
 * artifacts, the steps' instructions), so {@link #read} refuses it. Other values ({@code Workflow},
 * {@code Scope}, {@code ModelCatalog}, ...) are written with all their properties and read back.
 *
 * <p>Value types carry the Jackson annotations that define this form, so your own {@code
 * ObjectMapper} (with the {@code jdk8} and {@code jsr310} modules) writes the same keys; the exact
 * decimals and the layout are this class's.
 */
@API(status = STABLE, since = "0.1")
public final class CromusJson {
  private CromusJson() {}

  /**
   * The value as JSON text ending with a line break.
   *
   * @throws IllegalArgumentException if the value is not a Cromus value or a Jackson tree
   */
  public static String write(Object value) {
    Objects.requireNonNull(value, "value must not be null");
    Requirements.check();
    try {
      return JsonFormat.WRITER.writeValueAsString(value) + "\n";
    } catch (JsonProcessingException e) {
      throw notSerializable(value, e);
    }
  }

  /**
   * Streams the value to {@code out} as UTF-8 JSON ending with a line break, without building it in
   * memory first (a 20,000-step report is tens of megabytes). {@code out} is flushed, not closed.
   *
   * @throws IllegalArgumentException if the value is not a Cromus value or a Jackson tree
   * @throws IOException if {@code out} throws
   */
  public static void write(Object value, OutputStream out) throws IOException {
    Objects.requireNonNull(value, "value must not be null");
    Objects.requireNonNull(out, "out must not be null");
    Requirements.check();
    try {
      JsonFormat.WRITER.writeValue(out, value);
    } catch (JsonMappingException e) {
      throw notSerializable(value, e);
    }
    out.write('\n');
    out.flush();
  }

  /**
   * Streams the value to {@code out} as JSON text ending with a line break, without building it in
   * memory first. {@code out} is flushed, not closed.
   *
   * @throws IllegalArgumentException if the value is not a Cromus value or a Jackson tree
   * @throws IOException if {@code out} throws
   */
  public static void write(Object value, Writer out) throws IOException {
    Objects.requireNonNull(value, "value must not be null");
    Objects.requireNonNull(out, "out must not be null");
    Requirements.check();
    try {
      JsonFormat.WRITER.writeValue(out, value);
    } catch (JsonMappingException e) {
      throw notSerializable(value, e);
    }
    out.write('\n');
    out.flush();
  }

  /**
   * Reads a value written by {@link #write}.
   *
   * @throws IllegalArgumentException if the text is not JSON of that type, or if {@code type} is
   *     {@link CompileResult}, whose JSON (the report) is written only
   */
  public static <T> T read(String json, Class<T> type) {
    Objects.requireNonNull(json, "json must not be null");
    Objects.requireNonNull(type, "type must not be null");
    Requirements.check();
    if (CompileResult.class.isAssignableFrom(type)) {
      throw new IllegalArgumentException(
          "a CompileResult is written as the compile report and not read back: the report leaves"
              + " out the scope, the artifacts and the steps' instructions; compile the workflow"
              + " again instead");
    }
    try {
      return JsonFormat.MAPPER.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          "not JSON of " + type.getSimpleName() + ": " + e.getOriginalMessage(), e);
    }
  }

  private static IllegalArgumentException notSerializable(Object value, IOException e) {
    return new IllegalArgumentException(
        "not a serializable Cromus value: " + value.getClass().getName(), e);
  }
}
