package ai.cromus.core.internal.yaml;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * An insertion-ordered tree node for {@link YamlText} that leaves out what says nothing: {@link
 * #with} skips null values, empty {@link Optional}s, and empty maps and lists.
 */
public final class YamlMap extends LinkedHashMap<String, Object> {
  private static final long serialVersionUID = 1L;

  /** Puts {@code value} under {@code key} unless it is null, empty or an empty Optional. */
  public YamlMap with(String key, Object value) {
    Object v = value instanceof Optional ? ((Optional<?>) value).orElse(null) : value;
    if (v == null
        || (v instanceof Map && ((Map<?, ?>) v).isEmpty())
        || (v instanceof Collection && ((Collection<?>) v).isEmpty())) {
      return this;
    }
    put(key, v);
    return this;
  }

  /** Puts {@code value} under {@code key} when {@code when} holds. */
  public YamlMap with(String key, Object value, boolean when) {
    return when ? with(key, value) : this;
  }
}
