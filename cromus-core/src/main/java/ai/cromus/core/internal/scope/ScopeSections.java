package ai.cromus.core.internal.scope;

import ai.cromus.core.catalog.EcosystemTier;
import ai.cromus.core.internal.Enums;
import ai.cromus.core.internal.UserNumbers;
import ai.cromus.core.internal.yaml.YamlNode;
import ai.cromus.core.money.Money;
import ai.cromus.core.scope.Assumptions;
import ai.cromus.core.scope.Budget;
import ai.cromus.core.scope.GateSelector;
import ai.cromus.core.scope.ImmutableAssumptions;
import ai.cromus.core.scope.ImmutableBudget;
import ai.cromus.core.scope.ImmutableModelGates;
import ai.cromus.core.scope.ImmutableScope;
import ai.cromus.core.scope.ImmutableThresholds;
import ai.cromus.core.scope.ModelGates;
import ai.cromus.core.scope.Scope;
import ai.cromus.core.scope.ScopeRule;
import ai.cromus.core.scope.SelectorKind;
import ai.cromus.core.scope.Thresholds;
import ai.cromus.core.simulation.CostMode;
import ai.cromus.core.workflow.CapabilityTier;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Consumer;

/**
 * The sections of a scope file ({@code channels}, {@code tiers}, {@code gates}, {@code budget},
 * {@code thresholds}, {@code assumptions}, {@code failure_rates}) and the value readers they share
 * (modes, counts, decimals, gate selectors), reporting through their {@link ScopeFileReader}.
 */
final class ScopeSections {
  private final ScopeFileReader r;

  ScopeSections(ScopeFileReader r) {
    this.r = r;
  }

  /** {@code channels:}: channel ids, lower-cased, each located for the catalog check. */
  void channels(YamlNode v, String name, ImmutableScope.Builder b) {
    for (YamlNode c : r.items(v, name)) {
      r.scalar(c, "channels")
          .ifPresent(
              s -> {
                String id = s.trim().toLowerCase(Locale.ROOT);
                r.locations.putIfAbsent("channel:" + id, r.at(c));
                b.addChannels(id);
              });
    }
  }

  /** {@code tiers:}: ecosystem tiers; an unknown one is reported and ignored. */
  void tiers(YamlNode v, String name, ImmutableScope.Builder b) {
    for (YamlNode c : r.items(v, name)) {
      r.scalar(c, "tiers")
          .ifPresent(
              s -> {
                var t = Enums.find(EcosystemTier.class, s);
                if (t.isPresent()) {
                  b.addTiers(t.get());
                } else {
                  r.report(
                      ScopeRule.VALUE,
                      r.at(c),
                      "'" + s + "' is not an ecosystem tier; it is ignored.",
                      r.suggest(s, ScopeFileReader.ids(EcosystemTier.class)));
                }
              });
    }
  }

  void gates(YamlNode v, ImmutableScope.Builder b) {
    ImmutableModelGates.Builder g = ModelGates.builder();
    r.section(
        v,
        "gates",
        ScopeFileReader.GATE_KEYS,
        (key, n) -> {
          Consumer<GateSelector> add =
              key.equals("allow") ? g::addAllow : key.equals("deny") ? g::addDeny : g::addRequire;
          for (YamlNode item : r.items(n, "gates." + key)) {
            r.scalar(item, "gates." + key)
                .flatMap(s -> selector(s, item))
                .ifPresent(
                    sel -> {
                      r.locations.putIfAbsent("selector:" + sel.text(), r.at(item));
                      add.accept(sel);
                    });
          }
        });
    b.gates(g.build());
  }

  Optional<GateSelector> selector(String text, YamlNode at) {
    int colon = text.indexOf(':');
    if (colon <= 0 || colon == text.length() - 1) {
      r.report(
          ScopeRule.UNKNOWN_SELECTOR,
          r.at(at),
          "'" + text + "' is not a selector of the form kind:value; it is ignored.",
          "Selectors: "
              + String.join(", ", ScopeFileReader.ids(SelectorKind.class))
              + ", e.g. vendor:anthropic.");
      return Optional.empty();
    }
    String kindText = text.substring(0, colon).trim();
    String value = text.substring(colon + 1).trim();
    var kind = Enums.find(SelectorKind.class, kindText);
    if (kind.isEmpty()) {
      r.report(
          ScopeRule.UNKNOWN_SELECTOR,
          r.at(at),
          "Unknown selector '" + kindText + ":' in '" + text + "'; it is ignored.",
          r.suggest(kindText, ScopeFileReader.ids(SelectorKind.class)));
      return Optional.empty();
    }
    String problem = null;
    List<String> valid = null;
    switch (kind.get()) {
      case TIER -> {
        if (Enums.find(EcosystemTier.class, value).isEmpty()) {
          problem = "an ecosystem tier";
          valid = ScopeFileReader.ids(EcosystemTier.class);
        }
      }
      case CAPABILITY_TIER -> {
        if (Enums.find(CapabilityTier.class, value).isEmpty()) {
          problem = "a capability tier";
          valid = ScopeFileReader.ids(CapabilityTier.class);
        }
      }
      case OPEN_WEIGHTS -> {
        if (ScopeFilter.parseBoolean(value).isEmpty()) {
          problem = "true or false";
          valid = List.of("true", "false");
        }
      }
      case CAPABILITY -> {
        if (!ScopeFilter.CAPABILITY_NAMES.contains(
            value.toLowerCase(Locale.ROOT).replace('-', '_'))) {
          problem = "a capability";
          valid = ScopeFilter.CAPABILITY_NAMES;
        }
      }
      case REGION -> {
        if (!value.matches("[A-Za-z0-9-]{1,32}")) {
          problem = "a region id such as eu or us";
          valid = ScopeFilter.UPLIFT_REGIONS;
        }
      }
      default -> {}
    }
    if (problem != null) {
      r.report(
          ScopeRule.SELECTOR_VALUE,
          r.at(at),
          "'" + text + "': the value must be " + problem + "; the selector is ignored.",
          r.suggest(value, valid));
      return Optional.empty();
    }
    return Optional.of(GateSelector.of(kind.get(), value));
  }

  void budget(YamlNode v, ImmutableScope.Builder b) {
    ImmutableBudget.Builder bb = Budget.builder();
    r.section(
        v,
        "budget",
        ScopeFileReader.BUDGET_KEYS,
        (key, n) ->
            decimal(n, "budget." + key, BigDecimal.ZERO, null)
                .ifPresent(
                    d -> {
                      if (key.equals("per_run_usd")) {
                        bb.perRun(Money.usd(d)).perRunLocation(r.at(n));
                      } else {
                        bb.perMonth(Money.usd(d)).perMonthLocation(r.at(n));
                      }
                    }));
    b.budget(bb.build());
  }

  void thresholds(YamlNode v, ImmutableScope.Builder b) {
    ImmutableThresholds.Builder tb = Thresholds.builder();
    r.section(
        v,
        "thresholds",
        ScopeFileReader.THRESHOLD_KEYS,
        (key, n) -> {
          if (key.equals("croms_max")) {
            decimal(n, "thresholds.croms_max", BigDecimal.ZERO, null)
                .ifPresent(x -> tb.cromsMax(x).cromsMaxLocation(r.at(n)));
          } else if (key.equals("risk_max")) {
            DataRulesReader.level(r, n).ifPresent(x -> tb.riskMax(x).riskMaxLocation(r.at(n)));
          } else {
            count(n, "thresholds.score_min", 100)
                .ifPresent(x -> tb.scoreMin((int) x).scoreMinLocation(r.at(n)));
          }
        });
    b.thresholds(tb.build());
  }

  void assumptions(YamlNode v, ImmutableScope.Builder b) {
    ImmutableAssumptions.Builder ab = Assumptions.builder();
    r.section(
        v,
        "assumptions",
        ScopeFileReader.ASSUMPTION_KEYS,
        (key, n) ->
            decimal(n, "assumptions." + key, BigDecimal.ZERO, null)
                .ifPresent(
                    d -> {
                      switch (key) {
                        case "review_hours_per_run" -> ab.reviewHoursPerRun(d);
                        case "hourly_rate_usd" -> ab.hourlyRate(Money.usd(d));
                        case "correction_cost_usd" -> ab.correctionCost(Money.usd(d));
                        case "maintenance_usd_per_month" -> ab.maintenancePerMonth(Money.usd(d));
                        case "monitoring_usd_per_month" -> ab.monitoringPerMonth(Money.usd(d));
                        default -> ab.integrationPerMonth(Money.usd(d));
                      }
                    }));
    b.assumptions(ab.build());
  }

  void failureRates(YamlNode v, ImmutableScope.Builder b) {
    r.section(
        v,
        "failure_rates",
        Scope.FAILURE_RATE_KEYS,
        (key, n) ->
            decimal(n, "failure_rates." + key, BigDecimal.ZERO, BigDecimal.ONE)
                .ifPresent(d -> b.putFailureRates(key, d)));
  }

  Optional<CostMode> mode(String s, YamlNode v) {
    if (s.trim().toLowerCase(Locale.ROOT).startsWith("enforc")) {
      r.report(
          ScopeRule.ENFORCE_REFUSED,
          r.at(v),
          "'mode: " + s + "' asks Cromus to enforce the scope at run time; this is refused.",
          ScopeFileReader.WHY_NO_ENFORCE + ".");
      return Optional.empty();
    }
    var m = Enums.find(CostMode.class, s);
    if (m.isEmpty()) {
      r.report(
          ScopeRule.VALUE,
          r.at(v),
          "'" + s + "' is not a cost-quality mode; it is ignored.",
          r.suggest(s, ScopeFileReader.ids(CostMode.class)));
    }
    return m;
  }

  /** The constant of {@code type} that {@code s} names, or a {@code SCOPE-VALUE} diagnostic. */
  <E extends Enum<E>> Optional<E> enumValue(Class<E> type, String s, YamlNode v) {
    var m = Enums.find(type, s);
    if (m.isEmpty()) {
      r.report(
          ScopeRule.VALUE,
          r.at(v),
          "'" + s + "' is not one of " + ScopeFileReader.ids(type) + "; it is ignored.",
          r.suggest(s, ScopeFileReader.ids(type)));
    }
    return m;
  }

  OptionalLong count(YamlNode v, String key, long max) {
    UserNumbers.Read n = v.isValue() ? UserNumbers.whole(v.text(), max) : null;
    if (n != null && n.ok()) {
      return OptionalLong.of(n.value().get().longValueExact());
    }
    r.report(
        ScopeRule.VALUE,
        r.at(v),
        "'"
            + key
            + "' must be a whole number from 0 to "
            + String.format(Locale.ROOT, "%,d", max)
            + (n == null ? "" : "; " + v.describe() + " " + n.problem())
            + "; it is ignored.",
        null);
    return OptionalLong.empty();
  }

  /**
   * A decimal from {@code min} to {@code maxExclusive} (excluded), or to {@link
   * ScopeFileReader#MAX_DECIMAL} (included) when that is null, with at most {@link
   * UserNumbers#MAX_DECIMALS} decimal places; a {@code $} may lead.
   */
  Optional<BigDecimal> decimal(YamlNode v, String key, BigDecimal min, BigDecimal maxExclusive) {
    UserNumbers.Read n = null;
    if (v.isValue()) {
      String t = v.text().strip();
      if (t.startsWith("$")) {
        t = t.substring(1);
      }
      n =
          UserNumbers.decimal(
              t,
              min,
              maxExclusive == null ? ScopeFileReader.MAX_DECIMAL : maxExclusive,
              UserNumbers.MAX_DECIMALS);
      if (n.ok() && maxExclusive != null && n.value().get().compareTo(maxExclusive) == 0) {
        n = null;
      }
    }
    if (n != null && n.ok()) {
      return n.value();
    }
    r.report(
        ScopeRule.VALUE,
        r.at(v),
        "'"
            + key
            + "' must be a decimal number of at least "
            + min.toPlainString()
            + (maxExclusive == null
                ? " and at most "
                    + String.format(Locale.ROOT, "%,d", ScopeFileReader.MAX_DECIMAL.longValue())
                : " and below " + maxExclusive.toPlainString())
            + ", with at most "
            + UserNumbers.MAX_DECIMALS
            + " decimal places"
            + (n == null || !v.isValue() ? "" : "; " + v.describe() + " " + n.problem())
            + "; it is ignored.",
        null);
    return Optional.empty();
  }
}
