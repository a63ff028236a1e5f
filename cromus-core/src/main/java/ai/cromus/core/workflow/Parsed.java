package ai.cromus.core.workflow;

import static org.apiguardian.api.API.Status.STABLE;

import ai.cromus.core.diagnostic.Diagnostic;
import ai.cromus.core.diagnostic.Severity;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * What a parser returns: the value it could build and the diagnostics it found on the way. A parser
 * always returns a value; errors in the input are diagnostics.
 *
 * @param <T> the parsed type
 */
@API(status = STABLE, since = "0.1")
public final class Parsed<T> {
  private final T value;
  private final List<Diagnostic> diagnostics;

  private Parsed(T value, List<Diagnostic> diagnostics) {
    this.value = Objects.requireNonNull(value, "value must not be null");
    List<Diagnostic> sorted = new ArrayList<>(diagnostics);
    sorted.sort(Diagnostic.ORDER);
    this.diagnostics = Collections.unmodifiableList(sorted);
  }

  public static <T> Parsed<T> of(T value, List<Diagnostic> diagnostics) {
    return new Parsed<>(value, Objects.requireNonNull(diagnostics, "diagnostics must not be null"));
  }

  public T value() {
    return value;
  }

  /** Diagnostics in {@link Diagnostic#ORDER}. */
  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }

  /** True when no diagnostic is an error. */
  public boolean isValid() {
    return diagnostics.stream().noneMatch(d -> d.severity() == Severity.ERROR);
  }
}
