package ai.cromus.core.spec;

import static org.apiguardian.api.API.Status.STABLE;

import ai.cromus.core.diagnostic.Diagnostic;
import ai.cromus.core.diagnostic.Severity;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * The verdict on one spec file: its diagnostics, whether it is valid (no error), how complete it
 * is, and its score.
 *
 * <p>{@code completeness} (0–100) is the weighted share of the fields and sections the file's spec
 * defines that it fills; {@code score} is {@code max(0, completeness − 25 × errors − 5 ×
 * warnings)}.
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutableSpecReport.class)
@JsonDeserialize(as = ImmutableSpecReport.class)
@API(status = STABLE, since = "0.1")
public interface SpecReport {
  String path();

  SpecType type();

  /** Diagnostics in {@link Diagnostic#ORDER}. */
  List<Diagnostic> diagnostics();

  /** 0 to 100. */
  int completeness();

  /** 0 to 100. */
  int score();

  /** For a SKILL.md checked against a policy: the policy's result. */
  Optional<PolicyResult> policy();

  /** True when no diagnostic is an error. */
  default boolean valid() {
    return diagnostics().stream().noneMatch(d -> d.severity() == Severity.ERROR);
  }

  /** The diagnostics of one rule. */
  default List<Diagnostic> diagnostics(SpecRule rule) {
    return diagnostics().stream()
        .filter(d -> d.rule().equals(rule.id()))
        .collect(Collectors.toList());
  }

  /** The mean score of several reports, rounded half up; 0 for none. */
  static int overallScore(List<SpecReport> reports) {
    if (reports.isEmpty()) {
      return 0;
    }
    int sum = reports.stream().mapToInt(SpecReport::score).sum();
    return (2 * sum + reports.size()) / (2 * reports.size());
  }

  static ImmutableSpecReport.Builder builder() {
    return ImmutableSpecReport.builder();
  }
}
