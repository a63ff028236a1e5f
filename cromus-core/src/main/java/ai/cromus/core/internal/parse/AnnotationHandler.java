package ai.cromus.core.internal.parse;

import ai.cromus.core.workflow.ImmutableStep;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;

/** How the value of one annotation key is read into a step. */
@FunctionalInterface
interface AnnotationHandler {
  /**
   * Reads {@code a} into its step. Returns false when the value cannot be read, after adding a
   * diagnostic that says why.
   */
  boolean apply(AnnotationValue a);

  /**
   * The handler of a key whose value reads as one {@code T}: {@code read} gives it, or nothing when
   * the value is not one, which is reported with {@code expected}; {@code set} writes it.
   */
  static <T> AnnotationHandler typed(
      Function<String, Optional<T>> read,
      String expected,
      BiConsumer<ImmutableStep.Builder, T> set) {
    return a -> {
      Optional<T> t = read.apply(a.value());
      if (t.isEmpty()) {
        return a.bad(expected);
      }
      set.accept(a.step(), t.get());
      return true;
    };
  }
}
