package ai.cromus.core.internal.spec;

import ai.cromus.core.internal.UserNumbers;
import ai.cromus.core.internal.spec.PolicyChecker.Declared;
import ai.cromus.core.internal.yaml.YamlNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Collects what a SKILL.md declares, as the policy rules see it: an ETHOS reference, agents, the
 * models it names, its cost per run (and where that figure was found) and its approval.
 */
final class PolicyDeclarations {
  private static final Pattern COMMA = Pattern.compile(",");

  private PolicyDeclarations() {}

  static Declared declared(
      YamlNode root, Map<String, String> metadata, Optional<YamlNode> sidecar) {
    Optional<YamlNode> legacy = root.get("skill").filter(YamlNode::isMapping);
    Optional<YamlNode> gov = sidecar.flatMap(s -> s.get("governance")).filter(YamlNode::isMapping);
    boolean ethos =
        !metadata.getOrDefault("ethos_reference", "").isBlank()
            || root.get("ethos").filter(YamlNode::isMapping).isPresent()
            || gov.flatMap(g -> g.string("ethos_reference")).isPresent()
            || legacy.flatMap(l -> l.string("ethos_reference")).isPresent();
    boolean agents =
        root.get("agents").filter(YamlNode::isSequence).isPresent()
            || sidecar.flatMap(s -> s.get("agents")).filter(YamlNode::isSequence).isPresent();
    List<String> models = models(root, metadata, legacy, sidecar);
    Map.Entry<String, Optional<BigDecimal>> cost = cost(metadata, legacy, sidecar);
    boolean approved =
        metadata.getOrDefault("approved", "").trim().equals("true")
            || gov.flatMap(g -> g.get("approved"))
                .filter(
                    n ->
                        n.isScalar()
                            && PolicyChecker.isTrue(n.text())
                            && n.type() == YamlNode.ScalarType.BOOL)
                .isPresent()
            || legacy
                .flatMap(l -> l.get("approved"))
                .filter(
                    n ->
                        n.isScalar()
                            && PolicyChecker.isTrue(n.text())
                            && n.type() == YamlNode.ScalarType.BOOL)
                .isPresent();
    return new Declared(ethos, agents, models, cost.getValue(), cost.getKey(), approved);
  }

  /** Every model the skill names, in the order found. */
  private static List<String> models(
      YamlNode root,
      Map<String, String> metadata,
      Optional<YamlNode> legacy,
      Optional<YamlNode> sidecar) {
    Set<String> models = new LinkedHashSet<>();
    Optional.ofNullable(metadata.get("cromus-model-primary")).ifPresent(models::add);
    Optional.ofNullable(metadata.get("cromus-model-fallback"))
        .ifPresent(f -> splitComma(f).forEach(models::add));
    modelBlock(root.get("model"), models);
    legacy.ifPresent(l -> modelBlock(l.get("model"), models));
    sidecar.ifPresent(
        s -> {
          modelBlock(s.get("model"), models);
          s.get("steps")
              .filter(YamlNode::isSequence)
              .ifPresent(
                  st -> {
                    for (YamlNode step : st.items()) {
                      step.string("model").ifPresent(models::add);
                      step.get("fallbacks")
                          .filter(YamlNode::isSequence)
                          .ifPresent(f -> models.addAll(f.strings()));
                    }
                  });
        });
    for (Optional<YamlNode> a :
        List.of(root.get("agents"), sidecar.flatMap(s -> s.get("agents")))) {
      a.filter(YamlNode::isSequence)
          .ifPresent(
              list -> {
                for (YamlNode item : list.items()) {
                  if (item.isMapping()) {
                    item.string("model").ifPresent(models::add);
                  }
                }
              });
    }
    models.removeIf(String::isBlank);
    return new ArrayList<>(models);
  }

  /**
   * The declared cost per run, from the first place that states one, with the name of that place
   * (empty when none does).
   */
  private static Map.Entry<String, Optional<BigDecimal>> cost(
      Map<String, String> metadata, Optional<YamlNode> legacy, Optional<YamlNode> sidecar) {
    Map<String, Optional<String>> costs = new LinkedHashMap<>();
    costs.put(
        "cromus.yaml cost_envelope.per_run_usd",
        sidecar
            .flatMap(s -> s.get("cost_envelope"))
            .filter(YamlNode::isMapping)
            .flatMap(c -> c.string("per_run_usd")));
    costs.put(
        "metadata.cromus-cost-per-run-usd",
        Optional.ofNullable(metadata.get("cromus-cost-per-run-usd")));
    costs.put(
        "skill.cost_estimate.estimated_cost_per_run",
        legacy
            .flatMap(l -> l.get("cost_estimate"))
            .filter(YamlNode::isMapping)
            .flatMap(c -> c.string("estimated_cost_per_run")));
    costs.put(
        "metadata.cromus-budget-per-run-usd",
        Optional.ofNullable(metadata.get("cromus-budget-per-run-usd")));
    costs.put(
        "cromus.yaml workflow.budget.per_run_usd",
        sidecar
            .flatMap(s -> s.get("workflow"))
            .filter(YamlNode::isMapping)
            .flatMap(w -> w.get("budget"))
            .filter(YamlNode::isMapping)
            .flatMap(b -> b.string("per_run_usd")));
    Optional<BigDecimal> cost = Optional.empty();
    String source = "";
    for (Map.Entry<String, Optional<String>> c : costs.entrySet()) {
      Optional<BigDecimal> amount = c.getValue().flatMap(UserNumbers::usdValue);
      if (amount.isPresent()) {
        cost = amount;
        source = c.getKey();
        break;
      }
    }
    return Map.entry(source, cost);
  }

  private static void modelBlock(Optional<YamlNode> model, Set<String> models) {
    model
        .filter(YamlNode::isMapping)
        .ifPresent(
            m -> {
              m.string("primary").ifPresent(models::add);
              m.get("fallback")
                  .ifPresent(
                      f -> {
                        if (f.isSequence()) {
                          models.addAll(f.strings());
                        } else if (f.isScalar() && !f.isNull()) {
                          splitComma(f.text()).forEach(models::add);
                        }
                      });
            });
  }

  private static List<String> splitComma(String s) {
    List<String> out = new ArrayList<>();
    for (String p : COMMA.split(s)) {
      if (!p.isBlank()) {
        out.add(p.trim());
      }
    }
    return out;
  }
}
