package ai.cromus.core.internal;

import java.util.Locale;
import java.util.Optional;

/** Locale-independent lookup of enum constants by their lower-case ids. */
public final class Enums {
  private Enums() {}

  /** The lower-case id of a constant: {@code OPEN_SOURCE} becomes {@code open_source}. */
  public static String id(Enum<?> e) {
    return IDS.get(e.getDeclaringClass())[e.ordinal()];
  }

  /** The ids of each enum type, by ordinal, computed once. */
  private static final ClassValue<String[]> IDS =
      new ClassValue<>() {
        @Override
        protected String[] computeValue(Class<?> type) {
          Object[] constants = type.getEnumConstants();
          String[] ids = new String[constants.length];
          for (int i = 0; i < constants.length; i++) {
            ids[i] = ((Enum<?>) constants[i]).name().toLowerCase(Locale.ROOT);
          }
          return ids;
        }
      };

  /**
   * The constant whose id matches {@code text}, ignoring case, surrounding white space and the
   * difference between {@code -}, {@code _} and space.
   */
  public static <E extends Enum<E>> Optional<E> find(Class<E> type, String text) {
    if (text == null) {
      return Optional.empty();
    }
    String key = text.trim().replace('-', '_').replace(' ', '_').toUpperCase(Locale.ROOT);
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(key)) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  /** Like {@link #find} but throws {@link IllegalArgumentException} naming the valid ids. */
  public static <E extends Enum<E>> E parse(Class<E> type, String text) {
    return find(type, text)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "unknown "
                        + type.getSimpleName()
                        + " '"
                        + text
                        + "'; expected one of "
                        + ids(type)));
  }

  /** The ids of every constant, comma-separated. */
  public static <E extends Enum<E>> String ids(Class<E> type) {
    StringBuilder sb = new StringBuilder();
    for (E e : type.getEnumConstants()) {
      if (sb.length() > 0) {
        sb.append(", ");
      }
      sb.append(id(e));
    }
    return sb.toString();
  }
}
