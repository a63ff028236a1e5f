package ai.cromus.core.export;

import static org.apiguardian.api.API.Status.STABLE;

import ai.cromus.core.internal.yaml.YamlText;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * Writes YAML files for exporters, with the same writer as Cromus's own {@code cromus.yaml}: block
 * style, lists indented under their key, every string double-quoted on one line with escapes (so no
 * text from a workflow can change a value's type, start a comment or break out of its field), keys
 * quoted whenever YAML would read them as something else, decimals without exponent, {@code \n}
 * line ends, no document marker. What it writes reads back to the same values with any YAML 1.1 or
 * 1.2 reader (PyYAML, SnakeYAML, js-yaml).
 *
 * <p>A tree is a {@link Map} with {@link String} keys, in the order to write them. Its values are
 * maps of the same kind, lists (any {@link java.util.Collection}), {@link String}s, {@link
 * Boolean}s, whole numbers ({@link Integer}, {@link Long}, {@link java.math.BigInteger}, ...),
 * {@link java.math.BigDecimal}s, finite {@link Double}s or {@link Float}s (written as their
 * shortest decimal), or {@code null} (written {@code null}). A UTF-16 surrogate without its pair is
 * written as U+FFFD. Stateless and thread-safe.
 */
@API(status = STABLE, since = "0.1")
public final class YamlOutput {
  private YamlOutput() {}

  /**
   * The YAML text of {@code tree}, ending with a line break.
   *
   * @throws IllegalArgumentException for a value of another type, a key that is not a string, or
   *     nesting deeper than 64 levels
   */
  public static String text(Map<String, ?> tree) {
    return YamlText.write(tree);
  }

  /** {@link #text(Map)} as UTF-8 bytes, ready for an {@link ExportedFile}. */
  public static byte[] bytes(Map<String, ?> tree) {
    return text(tree).getBytes(StandardCharsets.UTF_8);
  }
}
