package ai.cromus.test;

import static org.apiguardian.api.API.Status.STABLE;

import ai.cromus.core.CompileResult;
import ai.cromus.core.risk.RiskAnalysis;
import ai.cromus.core.risk.RiskFinding;
import ai.cromus.core.risk.RiskLevel;
import ai.cromus.test.internal.Breakdown;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apiguardian.api.API;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on the risk of a result: its level and its findings. A failure lists the steps that
 * may act and every finding with its fix.
 *
 * <pre>{@code
 * assertThat(result).risk().isAtMost(RiskLevel.MEDIUM).hasNoFinding("RISK-LETHAL-TRIFECTA");
 * assertThat(result).risk().hasFinding("RISK-ACTION-WITHOUT-APPROVAL", "issue-refund");
 * }</pre>
 */
@API(status = STABLE, since = "0.1")
public final class RiskAssert extends AbstractAssert<RiskAssert, RiskAnalysis> {
  private final CompileResult result;

  RiskAssert(RiskAnalysis actual, CompileResult result) {
    super(actual, RiskAssert.class);
    this.result = result;
  }

  /** Asserts the workflow's risk level is at most {@code level}. */
  public RiskAssert isAtMost(RiskLevel level) {
    Objects.requireNonNull(level, "level must not be null");
    if (actual.level().isAbove(level)) {
      fail(
          "Expected the risk to be at most "
              + level.id()
              + " but it is "
              + actual.level().id()
              + ", from "
              + describe(actual.findings().stream().filter(f -> f.level().isAbove(level)))
              + ".");
    }
    return this;
  }

  /** Asserts the workflow's risk level is exactly {@code level}. */
  public RiskAssert hasLevel(RiskLevel level) {
    Objects.requireNonNull(level, "level must not be null");
    if (actual.level() != level) {
      fail("Expected the risk to be " + level.id() + " but it is " + actual.level().id() + ".");
    }
    return this;
  }

  /** Asserts some finding has this rule, e.g. {@code RISK-PROMPT-INJECTION}. */
  public RiskAssert hasFinding(String rule) {
    Objects.requireNonNull(rule, "rule must not be null");
    if (actual.findings().stream().noneMatch(f -> f.rule().equals(rule))) {
      fail("Expected a risk finding " + rule + " but there is none.");
    }
    return this;
  }

  /** Asserts some finding has this rule and is about this step. */
  public RiskAssert hasFinding(String rule, String stepId) {
    Objects.requireNonNull(rule, "rule must not be null");
    Objects.requireNonNull(stepId, "stepId must not be null");
    if (actual.findings().stream()
        .noneMatch(f -> f.rule().equals(rule) && f.step().orElse("").equals(stepId))) {
      fail("Expected a risk finding " + rule + " on step " + stepId + " but there is none.");
    }
    return this;
  }

  /** Asserts no finding has this rule. */
  public RiskAssert hasNoFinding(String rule) {
    Objects.requireNonNull(rule, "rule must not be null");
    List<RiskFinding> found =
        actual.findings().stream().filter(f -> f.rule().equals(rule)).collect(Collectors.toList());
    if (!found.isEmpty()) {
      fail("Expected no risk finding " + rule + " but found " + describe(found.stream()) + ".");
    }
    return this;
  }

  /** Asserts the result has no risk finding at all. */
  public RiskAssert hasNoFindings() {
    if (!actual.findings().isEmpty()) {
      fail("Expected no risk findings but found " + describe(actual.findings().stream()) + ".");
    }
    return this;
  }

  private static String describe(Stream<RiskFinding> findings) {
    return findings
        .map(f -> f.rule() + " (" + f.level().id() + f.step().map(s -> ", " + s).orElse("") + ")")
        .collect(Collectors.joining(", "));
  }

  private void fail(String message) {
    failWithMessage("%s", message + "\n\n" + Breakdown.forRisk(result));
  }
}
