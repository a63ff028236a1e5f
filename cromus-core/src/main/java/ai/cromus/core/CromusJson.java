package ai.cromus.core;

import ai.cromus.core.internal.JsonSupport;
import ai.cromus.core.internal.Requirements;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.Objects;

/**
 * JSON form of every Cromus value (a {@link CompileResult}, a {@code Workflow}, a {@code Scope},
 * ...), with sorted keys and exact decimals, so the same value always gives the same bytes. Value
 * types also carry Jackson annotations for use with your own {@code ObjectMapper} (register the
 * {@code jdk8} and {@code jsr310} modules).
 */
public final class CromusJson {
  private CromusJson() {}

  /** The value as indented JSON. */
  public static String write(Object value) {
    Objects.requireNonNull(value, "value must not be null");
    Requirements.check();
    try {
      return JsonSupport.mapper().writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not a serializable Cromus value: " + value.getClass(), e);
    }
  }

  /**
   * Reads a value written by {@link #write}.
   *
   * @throws IllegalArgumentException if the text is not JSON of that type
   */
  public static <T> T read(String json, Class<T> type) {
    Objects.requireNonNull(json, "json must not be null");
    Objects.requireNonNull(type, "type must not be null");
    Requirements.check();
    try {
      return JsonSupport.mapper().readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          "not JSON of " + type.getSimpleName() + ": " + e.getOriginalMessage(), e);
    }
  }
}
