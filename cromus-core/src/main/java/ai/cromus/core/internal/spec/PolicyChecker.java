package ai.cromus.core.internal.spec;

import ai.cromus.core.Limits;
import ai.cromus.core.diagnostic.Diagnostic;
import ai.cromus.core.diagnostic.Severity;
import ai.cromus.core.internal.UserNumbers;
import ai.cromus.core.internal.yaml.YamlNode;
import ai.cromus.core.internal.yaml.YamlReader;
import ai.cromus.core.spec.ImmutablePolicyResult;
import ai.cromus.core.spec.PolicyFinding;
import ai.cromus.core.spec.PolicyResult;
import ai.cromus.core.spec.SpecRule;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads {@code cromus.policy.yml} and checks a SKILL.md against it. Schema (version 1): {@code
 * rules:} maps a rule id to {@code {enabled, severity, ...}} or to a bare boolean.
 */
public final class PolicyChecker {
  private static final Pattern TRUE = Pattern.compile("true|yes|on|y", Pattern.CASE_INSENSITIVE);
  private static final Pattern COMMA = Pattern.compile(",");
  private static final Pattern STAR = Pattern.compile("\\*");

  /** The rules Cromus checks, in report order. */
  public static final List<String> RULES =
      List.of(
          "require_ethos",
          "require_agents",
          "allowed_models",
          "max_cost_per_run",
          "require_approval");

  /** One enabled rule of a policy. */
  public record PolicyRule(
      String id, Severity severity, List<String> models, Optional<BigDecimal> usd, YamlNode at) {}

  /** The rules of a policy and the diagnostics about the policy file itself. */
  public record Policy(List<PolicyRule> rules, List<Diagnostic> diagnostics, int completeness) {}

  private PolicyChecker() {}

  /** Reads and validates a policy file. */
  public static Policy read(String path, String text, Limits limits) {
    Findings out = new Findings(path);
    List<PolicyRule> rules = new ArrayList<>();
    YamlReader.Document r = YamlChecks.read(text, 1, 1, limits);
    if (r.failure().isPresent()) {
      YamlChecks.problem(r.failure().get(), out, SpecRule.POLICY_YAML_SYNTAX, "the policy");
      return new Policy(rules, out.sorted(), 0);
    }
    if (r.root().isEmpty() || !r.root().get().isMapping()) {
      out.add(
          SpecRule.POLICY_YAML_SYNTAX,
          1,
          1,
          "The policy is not a YAML mapping.",
          "Write version: 1 and a rules: mapping.");
      return new Policy(rules, out.sorted(), 0);
    }
    YamlNode root = r.root().get();
    YamlChecks.duplicates(root, out, SpecRule.POLICY_YAML_SYNTAX);
    root.get("version")
        .filter(v -> !(v.isScalar() && v.text().trim().equals("1")))
        .ifPresent(
            v ->
                out.add(
                    SpecRule.POLICY_SCHEMA,
                    v,
                    "Policy version "
                        + YamlChecks.quote(v.isScalar() ? v.text() : "?")
                        + " is not supported; Cromus reads version 1.",
                    "Write version: 1."));
    for (YamlNode.Entry e : root.entries()) {
      if (!e.name().equals("version") && !e.name().equals("rules")) {
        out.add(
            SpecRule.POLICY_SCHEMA,
            e.key(),
            "Policy key '" + e.name() + "' is not part of" + " the schema.",
            "Put every rule under rules:.");
      }
    }
    Optional<YamlNode> rulesNode = root.get("rules");
    if (rulesNode.isEmpty() || !rulesNode.get().isMapping()) {
      out.add(
          SpecRule.POLICY_SCHEMA,
          rulesNode.orElse(root),
          "The policy has no rules: mapping.",
          "Add rules: with require_ethos, require_agents, allowed_models, max_cost_per_run or"
              + " require_approval under it.");
      return new Policy(rules, out.sorted(), 0);
    }
    int points = 0;
    for (YamlNode.Entry e : rulesNode.get().entries()) {
      String id = e.name();
      if (!RULES.contains(id)) {
        out.add(
            SpecRule.POLICY_UNKNOWN_RULE,
            e.key(),
            "Policy rule '" + id + "' is not known to" + " Cromus; it is not checked.",
            Nearest.of(id, RULES)
                .map(n -> "Did you mean '" + n + "'?")
                .orElse("Known rules: " + String.join(", ", RULES) + "."));
        continue;
      }
      YamlNode v = e.value();
      boolean enabled = true;
      Severity severity = Severity.ERROR;
      List<String> models = new ArrayList<>();
      Optional<BigDecimal> usd = Optional.empty();
      if (v.isScalar() && v.type() == YamlNode.ScalarType.BOOL) {
        enabled = isTrue(v.text());
      } else if (v.isMapping()) {
        Optional<YamlNode> en = v.get("enabled");
        if (en.isPresent()) {
          if (en.get().isScalar() && en.get().type() == YamlNode.ScalarType.BOOL) {
            enabled = isTrue(en.get().text());
          } else {
            out.add(
                SpecRule.POLICY_SCHEMA,
                en.get(),
                id + ".enabled must be true or false.",
                "Write enabled: true.");
          }
        }
        Optional<YamlNode> sev = v.get("severity");
        if (sev.isPresent()) {
          String s = sev.get().isScalar() ? sev.get().text().trim().toLowerCase(Locale.ROOT) : "";
          if (s.equals("error") || s.equals("warning")) {
            severity = s.equals("error") ? Severity.ERROR : Severity.WARNING;
          } else {
            out.add(
                SpecRule.POLICY_SCHEMA,
                sev.get(),
                id + ".severity must be error or warning.",
                "Write severity: error.");
          }
        }
        if (id.equals("allowed_models")) {
          Optional<YamlNode> m = v.get("models");
          if (m.isEmpty() || !m.get().isSequence() || m.get().strings().isEmpty()) {
            out.add(
                SpecRule.POLICY_SCHEMA,
                m.orElse(e.key()),
                "allowed_models needs a models: list.",
                "Write models: with one model id (or pattern such as claude-*) per line.");
            continue;
          }
          models.addAll(m.get().strings());
        }
        if (id.equals("max_cost_per_run")) {
          Optional<YamlNode> u = v.get("usd");
          Optional<BigDecimal> amount =
              u.filter(YamlNode::isValue).flatMap(x -> UserNumbers.usdValue(x.text()));
          if (amount.isEmpty()) {
            out.add(
                SpecRule.POLICY_SCHEMA,
                u.orElse(e.key()),
                "max_cost_per_run needs usd: with " + UserNumbers.USD_RANGE + ".",
                "Write usd: 0.05.");
            continue;
          }
          usd = amount;
        }
        for (YamlNode.Entry k : v.entries()) {
          Set<String> known = new LinkedHashSet<>(List.of("enabled", "severity"));
          if (id.equals("allowed_models")) {
            known.add("models");
          }
          if (id.equals("max_cost_per_run")) {
            known.add("usd");
          }
          if (!known.contains(k.name())) {
            out.add(
                SpecRule.POLICY_SCHEMA,
                k.key(),
                "'" + id + "." + k.name() + "' is not a setting of this rule.",
                "Settings: " + String.join(", ", known) + ".");
          }
        }
      } else {
        out.add(
            SpecRule.POLICY_SCHEMA,
            v,
            "Rule " + id + " must be true, false or a mapping" + " with enabled and severity.",
            "Write " + id + ": {enabled: true, severity: error}" + " in block style.");
        continue;
      }
      if ((id.equals("allowed_models") || id.equals("max_cost_per_run")) && !v.isMapping()) {
        out.add(
            SpecRule.POLICY_SCHEMA,
            v,
            id + " needs settings (" + (id.equals("allowed_models") ? "models" : "usd") + ").",
            "Write it as a mapping.");
        continue;
      }
      points += 1;
      if (enabled) {
        rules.add(new PolicyRule(id, severity, models, usd, e.key()));
      }
    }
    return new Policy(rules, out.sorted(), Math.min(100, 40 + 20 * points));
  }

  private static boolean isTrue(String s) {
    return TRUE.matcher(s.trim()).matches();
  }

  /** What a SKILL.md declares, as the policy rules see it. */
  public record Declared(
      boolean ethos,
      boolean agents,
      List<String> models,
      Optional<BigDecimal> costPerRun,
      String costSource,
      boolean approved) {}

  /** Collects what a SKILL.md (its front matter, metadata and sidecar) declares. */
  public static Declared declared(
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
    boolean approved =
        metadata.getOrDefault("approved", "").trim().equals("true")
            || gov.flatMap(g -> g.get("approved"))
                .filter(
                    n -> n.isScalar() && isTrue(n.text()) && n.type() == YamlNode.ScalarType.BOOL)
                .isPresent()
            || legacy
                .flatMap(l -> l.get("approved"))
                .filter(
                    n -> n.isScalar() && isTrue(n.text()) && n.type() == YamlNode.ScalarType.BOOL)
                .isPresent();
    return new Declared(ethos, agents, new ArrayList<>(models), cost, source, approved);
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

  /** A model id as the policy compares it: lower case, no provider prefix, dots as dashes. */
  static String modelKey(String model) {
    String m = model.trim().toLowerCase(Locale.ROOT);
    int colon = m.indexOf(':');
    if (colon >= 0) {
      m = m.substring(colon + 1);
    }
    return m.replace('.', '-');
  }

  /** Evaluates the enabled rules of a policy against what a skill declares. */
  public static PolicyResult evaluate(Policy policy, Declared d) {
    ImmutablePolicyResult.Builder b = PolicyResult.builder();
    List<PolicyFinding> violations = new ArrayList<>();
    List<PolicyFinding> warnings = new ArrayList<>();
    for (PolicyRule r : policy.rules()) {
      b.addChecked(r.id());
      List<PolicyFinding> target = r.severity() == Severity.ERROR ? violations : warnings;
      switch (r.id()) {
        case "require_ethos":
          if (!d.ethos()) {
            target.add(
                PolicyFinding.of(
                    r.id(),
                    "The skill names no ETHOS profile: no"
                        + " metadata.ethos_reference, no ethos: block and no governance.ethos_reference in"
                        + " cromus.yaml.",
                    "an ETHOS reference",
                    "none"));
          }
          break;
        case "require_agents":
          if (!d.agents()) {
            target.add(
                PolicyFinding.of(
                    r.id(),
                    "The skill declares no agents: block (in the front"
                        + " matter or in cromus.yaml).",
                    "an agents: block",
                    "none"));
          }
          break;
        case "allowed_models":
          if (d.models().isEmpty()) {
            warnings.add(
                PolicyFinding.of(
                    r.id(),
                    "The skill names no model, so allowed_models" + " could not be checked.",
                    "",
                    ""));
          }
          for (String m : d.models()) {
            boolean ok = r.models().stream().anyMatch(p -> globMatches(modelKey(p), modelKey(m)));
            if (!ok) {
              target.add(
                  PolicyFinding.of(
                      r.id(),
                      "Model '" + m + "' is not in the allowed list.",
                      String.join(", ", r.models()),
                      m));
            }
          }
          break;
        case "max_cost_per_run":
          if (d.costPerRun().isEmpty()) {
            warnings.add(
                PolicyFinding.of(
                    r.id(),
                    "The skill declares no cost per run (cromus.yaml"
                        + " cost_envelope, or metadata cromus-cost-per-run-usd / cromus-budget-per-run-usd),"
                        + " so max_cost_per_run could not be checked.",
                    "",
                    ""));
          } else if (d.costPerRun().get().compareTo(r.usd().orElse(BigDecimal.ZERO)) > 0) {
            target.add(
                PolicyFinding.of(
                    r.id(),
                    "The declared cost per run, "
                        + d.costPerRun().get().toPlainString()
                        + " USD ("
                        + d.costSource()
                        + "), is above the"
                        + " policy's maximum of "
                        + r.usd().get().toPlainString()
                        + " USD.",
                    "<= " + r.usd().get().toPlainString(),
                    d.costPerRun().get().toPlainString()));
          }
          break;
        case "require_approval":
          if (!d.approved()) {
            target.add(
                PolicyFinding.of(
                    r.id(),
                    "The skill is not approved (metadata.approved is" + " not \"true\").",
                    "true",
                    "false"));
          }
          break;
        default:
          break;
      }
    }
    b.violations(violations).warnings(warnings).pass(violations.isEmpty());
    b.summary(
        violations.isEmpty() && warnings.isEmpty()
            ? "Policy passed: " + policy.rules().size() + " rule(s) checked."
            : (violations.isEmpty()
                    ? "Policy passed with "
                    : "Policy failed: " + violations.size() + " violation(s), ")
                + warnings.size()
                + " warning(s).");
    return b.build();
  }

  /**
   * Whether {@code name} matches {@code glob}, where {@code *} stands for any run of characters and
   * every other character for itself. Not a regular expression: {@code .*} per star backtracks
   * polynomially in the name for a glob with many stars ({@code a*a*a*a*b}), and a policy is user
   * text. The literal pieces between the stars are found in order, the first at the start and the
   * last at the end, each at its leftmost place after the one before (which is correct for a glob
   * whose only wildcard is {@code *}): at most one search of the name per piece.
   */
  static boolean globMatches(String glob, String name) {
    String[] pieces = STAR.split(glob, -1);
    if (pieces.length == 1) {
      return glob.equals(name);
    }
    String first = pieces[0];
    String last = pieces[pieces.length - 1];
    int end = name.length() - last.length();
    if (end < first.length() || !name.startsWith(first) || !name.endsWith(last)) {
      return false;
    }
    int from = first.length();
    for (int i = 1; i < pieces.length - 1; i++) {
      int at = name.indexOf(pieces[i], from);
      if (at < 0 || at + pieces[i].length() > end) {
        return false;
      }
      from = at + pieces[i].length();
    }
    return true;
  }
}
