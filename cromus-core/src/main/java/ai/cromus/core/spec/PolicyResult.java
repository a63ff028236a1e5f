package ai.cromus.core.spec;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * The result of checking a SKILL.md against {@code cromus.policy.yml}, in the shape of the original
 * product's policy check: pass, violations, warnings, the rules checked, a summary.
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutablePolicyResult.class)
@JsonDeserialize(as = ImmutablePolicyResult.class)
@API(status = STABLE, since = "0.1")
public interface PolicyResult {
  /** True when no rule of severity error is broken. */
  boolean pass();

  /** Broken rules of severity error. */
  List<PolicyFinding> violations();

  /** Broken rules of severity warning, and rules that could not be checked. */
  List<PolicyFinding> warnings();

  /** Ids of the rules evaluated, in policy order. */
  List<String> checked();

  String summary();

  static ImmutablePolicyResult.Builder builder() {
    return ImmutablePolicyResult.builder();
  }
}
