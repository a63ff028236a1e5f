package ai.cromus.core.internal.risk;

import ai.cromus.core.risk.ImmutableRiskFinding;
import ai.cromus.core.risk.RiskFinding;
import ai.cromus.core.risk.RiskLevel;
import ai.cromus.core.risk.RiskRule;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Builds findings and the text they share: step names, paths, effects. */
final class RiskFindings {
  private RiskFindings() {}

  static ImmutableRiskFinding.Builder of(RiskRule rule, RiskLevel level) {
    return RiskFinding.builder().rule(rule.id()).level(level);
  }

  /** The ids of the steps at these indexes, in order. */
  static List<String> ids(List<StepFacts> facts, List<Integer> path) {
    List<String> out = new ArrayList<>(path.size());
    path.forEach(i -> out.add(facts.get(i).id()));
    return out;
  }

  /** {@code a → b → c}. */
  static String arrow(List<String> ids) {
    return ids.stream().map(id -> "'" + id + "'").collect(Collectors.joining(" → "));
  }

  /** {@code irreversible (stated)} or {@code external (inferred from the verb 'send' in ...)}. */
  static String effect(StepFacts f) {
    String e = f.effect().map(x -> x.id()).orElse("none");
    return e + (f.effect.inferred() ? " (inferred from " + f.effect.why() + ")" : " (stated)");
  }
}
