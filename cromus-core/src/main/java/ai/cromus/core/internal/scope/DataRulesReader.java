package ai.cromus.core.internal.scope;

import ai.cromus.core.catalog.EcosystemTier;
import ai.cromus.core.internal.Enums;
import ai.cromus.core.internal.yaml.YamlNode;
import ai.cromus.core.risk.RiskLevel;
import ai.cromus.core.scope.DataRule;
import ai.cromus.core.scope.ImmutableDataRule;
import ai.cromus.core.scope.ImmutableScope;
import ai.cromus.core.scope.ScopeRule;
import ai.cromus.core.workflow.DataClass;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a scope's {@code data_rules:}: a mapping from a data class ({@code pii}, {@code phi},
 * {@code pci}, {@code secrets}, {@code confidential}, {@code public}) to its restrictions ({@code
 * channels}, {@code tiers}, {@code regions}, {@code deny}, {@code prompt: never}), with the same
 * diagnostics as the rest of the scope; and the level of {@code thresholds.risk_max}.
 */
final class DataRulesReader {
  static final List<String> KEYS = List.of("channels", "tiers", "regions", "deny", "prompt");

  private final ScopeFileReader r;
  private final ScopeSections sections;

  DataRulesReader(ScopeFileReader r, ScopeSections sections) {
    this.r = r;
    this.sections = sections;
  }

  void read(YamlNode v, ImmutableScope.Builder b) {
    if (v.isNull()) {
      return;
    }
    if (!v.isMapping()) {
      r.report(
          ScopeRule.VALUE,
          r.at(v),
          "'data_rules' must be a mapping from a data class to its rules; it is ignored.",
          "Write e.g. 'phi: {channels: [aws-bedrock]}'.");
      return;
    }
    Set<DataClass> seen = EnumSet.noneOf(DataClass.class);
    for (YamlNode.Entry e : v.entries()) {
      Optional<DataClass> c = Enums.find(DataClass.class, e.name());
      if (c.isEmpty()) {
        r.report(
            ScopeRule.UNKNOWN_KEY,
            r.at(e.key()),
            "'" + e.name() + "' in 'data_rules' is not a data class; its rules are ignored.",
            r.suggest(e.name(), ScopeFileReader.ids(DataClass.class)));
        continue;
      }
      if (!seen.add(c.get())) {
        r.report(
            ScopeRule.DUPLICATE_KEY,
            r.at(e.key()),
            "The data class '" + c.get().id() + "' has rules twice; the first are used.",
            "Merge them into one mapping.");
        continue;
      }
      b.addDataRules(rule(c.get(), e));
    }
  }

  private DataRule rule(DataClass c, YamlNode.Entry e) {
    ImmutableDataRule.Builder d = DataRule.builder().dataClass(c).location(r.at(e.key()));
    String name = "data_rules." + c.id();
    r.section(
        e.value(),
        name,
        KEYS,
        (key, n) -> {
          String field = name + "." + key;
          switch (key) {
            case "channels" -> {
              for (YamlNode item : r.items(n, field)) {
                r.scalar(item, field)
                    .map(x -> x.trim().toLowerCase(Locale.ROOT))
                    .ifPresent(
                        id -> {
                          r.locations.putIfAbsent("channel:" + id, r.at(item));
                          d.addChannels(id);
                        });
              }
            }
            case "tiers" -> {
              for (YamlNode item : r.items(n, field)) {
                r.scalar(item, field).flatMap(x -> tier(x, item)).ifPresent(d::addTiers);
              }
            }
            case "regions" -> {
              for (YamlNode item : r.items(n, field)) {
                r.scalar(item, field).flatMap(x -> region(x, item)).ifPresent(d::addRegions);
              }
            }
            case "deny" -> {
              for (YamlNode item : r.items(n, field)) {
                r.scalar(item, field)
                    .flatMap(x -> sections.selector(x, item))
                    .ifPresent(
                        sel -> {
                          r.locations.putIfAbsent("selector:" + sel.text(), r.at(item));
                          d.addDeny(sel);
                        });
              }
            }
            default -> r.scalar(n, field).flatMap(x -> prompt(x, n)).ifPresent(d::inPrompts);
          }
        });
    return d.build();
  }

  private Optional<EcosystemTier> tier(String text, YamlNode at) {
    Optional<EcosystemTier> t = Enums.find(EcosystemTier.class, text);
    if (t.isEmpty()) {
      r.report(
          ScopeRule.VALUE,
          r.at(at),
          "'" + text + "' is not an ecosystem tier; it is ignored.",
          r.suggest(text, ScopeFileReader.ids(EcosystemTier.class)));
    }
    return t;
  }

  private Optional<String> region(String text, YamlNode at) {
    String id = text.trim().toLowerCase(Locale.ROOT);
    if (!id.matches("[a-z0-9-]{1,32}")) {
      r.report(
          ScopeRule.VALUE,
          r.at(at),
          "'" + text + "' is not a region id such as eu or us; it is ignored.",
          null);
      return Optional.empty();
    }
    r.locations.putIfAbsent("region:" + id, r.at(at));
    return Optional.of(id);
  }

  private Optional<Boolean> prompt(String text, YamlNode at) {
    return switch (text.trim().toLowerCase(Locale.ROOT)) {
      case "never", "no", "false" -> Optional.of(false);
      case "allowed", "yes", "true" -> Optional.of(true);
      default -> {
        r.report(
            ScopeRule.VALUE,
            r.at(at),
            "'prompt: " + text + "' must be 'never' or 'allowed'; it is ignored.",
            null);
        yield Optional.empty();
      }
    };
  }

  /** The level of {@code thresholds.risk_max}, or empty with a diagnostic. */
  static Optional<RiskLevel> level(ScopeFileReader r, YamlNode n) {
    Optional<RiskLevel> l = n.isValue() ? RiskLevel.find(n.text()) : Optional.empty();
    if (l.isEmpty()) {
      r.report(
          ScopeRule.VALUE,
          r.at(n),
          "'thresholds.risk_max' must be a risk level; it is ignored.",
          r.suggest(n.isValue() ? n.text() : "", ScopeFileReader.ids(RiskLevel.class)));
    }
    return l;
  }
}
