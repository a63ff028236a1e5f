package ai.cromus.core.internal.spec;

import ai.cromus.core.Limits;
import ai.cromus.core.diagnostic.Severity;
import ai.cromus.core.internal.UserNumbers;
import ai.cromus.core.internal.spec.PolicyChecker.Policy;
import ai.cromus.core.internal.spec.PolicyChecker.PolicyRule;
import ai.cromus.core.internal.yaml.YamlNode;
import ai.cromus.core.internal.yaml.YamlReader;
import ai.cromus.core.spec.SpecRule;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Reads and validates {@code cromus.policy.yml}: its schema, and each rule with its settings. */
final class PolicyFileReader {
  /** The settings of one rule as written. */
  private record Settings(
      boolean enabled, Severity severity, List<String> models, Optional<BigDecimal> usd) {}

  private final Findings out;

  private PolicyFileReader(String path) {
    this.out = new Findings(path);
  }

  static Policy read(String path, String text, Limits limits) {
    return new PolicyFileReader(path).run(text, limits);
  }

  private Policy run(String text, Limits limits) {
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
      points += rule(e, rules);
    }
    return new Policy(rules, out.sorted(), Math.min(100, 40 + 20 * points));
  }

  /** Reads one rule, adding it to {@code rules} when enabled; 1 when it is well formed, else 0. */
  private int rule(YamlNode.Entry e, List<PolicyRule> rules) {
    String id = e.name();
    if (!PolicyChecker.RULES.contains(id)) {
      out.add(
          SpecRule.POLICY_UNKNOWN_RULE,
          e.key(),
          "Policy rule '" + id + "' is not known to" + " Cromus; it is not checked.",
          Nearest.of(id, PolicyChecker.RULES)
              .map(n -> "Did you mean '" + n + "'?")
              .orElse("Known rules: " + String.join(", ", PolicyChecker.RULES) + "."));
      return 0;
    }
    YamlNode v = e.value();
    Settings settings;
    if (v.isScalar() && v.type() == YamlNode.ScalarType.BOOL) {
      settings =
          new Settings(
              PolicyChecker.isTrue(v.text()), Severity.ERROR, new ArrayList<>(), Optional.empty());
    } else if (v.isMapping()) {
      Optional<Settings> read = settings(id, v, e.key());
      if (read.isEmpty()) {
        return 0;
      }
      settings = read.get();
    } else {
      out.add(
          SpecRule.POLICY_SCHEMA,
          v,
          "Rule " + id + " must be true, false or a mapping" + " with enabled and severity.",
          "Write " + id + ": {enabled: true, severity: error}" + " in block style.");
      return 0;
    }
    if ((id.equals("allowed_models") || id.equals("max_cost_per_run")) && !v.isMapping()) {
      out.add(
          SpecRule.POLICY_SCHEMA,
          v,
          id + " needs settings (" + (id.equals("allowed_models") ? "models" : "usd") + ").",
          "Write it as a mapping.");
      return 0;
    }
    if (settings.enabled()) {
      rules.add(
          new PolicyRule(id, settings.severity(), settings.models(), settings.usd(), e.key()));
    }
    return 1;
  }

  /** The settings of a rule written as a mapping; empty when a required setting is missing. */
  private Optional<Settings> settings(String id, YamlNode v, YamlNode key) {
    boolean enabled = enabled(id, v);
    Severity severity = severity(id, v);
    List<String> models = new ArrayList<>();
    Optional<BigDecimal> usd = Optional.empty();
    if (id.equals("allowed_models")) {
      Optional<YamlNode> m = v.get("models");
      if (m.isEmpty() || !m.get().isSequence() || m.get().strings().isEmpty()) {
        out.add(
            SpecRule.POLICY_SCHEMA,
            m.orElse(key),
            "allowed_models needs a models: list.",
            "Write models: with one model id (or pattern such as claude-*) per line.");
        return Optional.empty();
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
            u.orElse(key),
            "max_cost_per_run needs usd: with " + UserNumbers.USD_RANGE + ".",
            "Write usd: 0.05.");
        return Optional.empty();
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
    return Optional.of(new Settings(enabled, severity, models, usd));
  }

  private boolean enabled(String id, YamlNode v) {
    Optional<YamlNode> en = v.get("enabled");
    if (en.isPresent()) {
      if (en.get().isScalar() && en.get().type() == YamlNode.ScalarType.BOOL) {
        return PolicyChecker.isTrue(en.get().text());
      }
      out.add(
          SpecRule.POLICY_SCHEMA,
          en.get(),
          id + ".enabled must be true or false.",
          "Write enabled: true.");
    }
    return true;
  }

  private Severity severity(String id, YamlNode v) {
    Optional<YamlNode> sev = v.get("severity");
    if (sev.isPresent()) {
      String s = sev.get().isScalar() ? sev.get().text().trim().toLowerCase(Locale.ROOT) : "";
      if (s.equals("error") || s.equals("warning")) {
        return s.equals("error") ? Severity.ERROR : Severity.WARNING;
      }
      out.add(
          SpecRule.POLICY_SCHEMA,
          sev.get(),
          id + ".severity must be error or warning.",
          "Write severity: error.");
    }
    return Severity.ERROR;
  }
}
