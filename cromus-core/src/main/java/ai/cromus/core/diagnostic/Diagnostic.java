package ai.cromus.core.diagnostic;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Comparator;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A finding about the input: a rule id, a severity, where it is, what is wrong and how to fix it.
 * Input errors are always reported as diagnostics, never as exceptions.
 */
@Value.Immutable
@JsonPropertyOrder({"rule", "severity", "source", "line", "column", "message", "hint"})
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutableDiagnostic.class)
@JsonDeserialize(as = ImmutableDiagnostic.class)
@API(status = STABLE, since = "0.1")
public interface Diagnostic {
  /** Orders diagnostics by source, line, column, rule and message: the order of every report. */
  Comparator<Diagnostic> ORDER =
      Comparator.comparing(Diagnostic::source)
          .thenComparingInt(Diagnostic::line)
          .thenComparingInt(Diagnostic::column)
          .thenComparing(Diagnostic::rule)
          .thenComparing(Diagnostic::message);

  /** The rule id, e.g. {@code SOP-INFER-KIND}. */
  String rule();

  Severity severity();

  /** Logical name of the source the diagnostic points into. */
  String source();

  /** 1-based line. */
  int line();

  /** 1-based column. */
  int column();

  /** What is wrong, in one sentence. */
  String message();

  /** How to fix it, when there is a useful suggestion. */
  Optional<String> hint();

  @Value.Check
  default void check() {
    if (line() < 1 || column() < 1) {
      throw new IllegalStateException("line and column are 1-based: " + line() + ":" + column());
    }
  }

  /** A diagnostic for {@code rule} at {@code at}, with the rule's default severity. */
  static Diagnostic of(Rule rule, SourceLocation at, String message) {
    return builder()
        .rule(rule.id())
        .severity(rule.severity())
        .source(at.source())
        .line(at.line())
        .column(at.column())
        .message(message)
        .build();
  }

  /** A diagnostic with a hint. */
  static Diagnostic of(Rule rule, SourceLocation at, String message, String hint) {
    return ImmutableDiagnostic.copyOf(of(rule, at, message)).withHint(hint);
  }

  /** The location as a value. */
  default SourceLocation location() {
    return SourceLocation.of(source(), line(), column());
  }

  static ImmutableDiagnostic.Builder builder() {
    return ImmutableDiagnostic.builder();
  }
}
