package ai.cromus.core.diagnostic;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A position in a source text: the logical source name and a 1-based line and column (columns count
 * UTF-16 code units from the start of the line, as editors do).
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutableSourceLocation.class)
@JsonDeserialize(as = ImmutableSourceLocation.class)
@API(status = STABLE, since = "0.1")
public interface SourceLocation {
  /** The logical name of the source, for example {@code sops/refund.md}. */
  @Value.Parameter
  String source();

  /** 1-based line number. */
  @Value.Parameter
  int line();

  /** 1-based column number. */
  @Value.Parameter
  int column();

  @Value.Check
  default void check() {
    if (line() < 1 || column() < 1) {
      throw new IllegalStateException("line and column are 1-based: " + line() + ":" + column());
    }
  }

  /** A location; {@code line} and {@code column} start at 1. */
  static SourceLocation of(String source, int line, int column) {
    return ImmutableSourceLocation.of(source, line, column);
  }

  /** The start of a source. */
  static SourceLocation start(String source) {
    return of(source, 1, 1);
  }
}
