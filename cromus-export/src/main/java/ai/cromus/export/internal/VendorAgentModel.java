package ai.cromus.export.internal;

import ai.cromus.core.catalog.Model;
import ai.cromus.core.catalog.Offering;
import ai.cromus.core.diagnostic.Diagnostic;
import ai.cromus.core.export.ExportOptions;
import ai.cromus.core.export.ExportRule;
import ai.cromus.core.scope.ScopeGate;
import ai.cromus.core.workflow.CapabilityTier;
import ai.cromus.core.workflow.Step;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * The model of a single-agent target bound to one vendor, for {@link ExportContext#agentModel}: the
 * first model of that vendor among the main step's model and fallbacks, then the other steps' (main
 * step first, then by tier); else the target's default, with the diagnostic that says why. One
 * instance per call.
 */
final class VendorAgentModel {
  private final ExportContext ctx;
  private final StepModels models;
  private final String vendor;
  private final String channel;
  private final List<String> seen = new ArrayList<>();
  private String deniedName;
  private String deniedWhy;

  private VendorAgentModel(ExportContext ctx, StepModels models, String vendor, String channel) {
    this.ctx = ctx;
    this.models = models;
    this.vendor = vendor;
    this.channel = channel;
  }

  /** The agent's model of {@code vendor} on {@code channel}, else {@code fallback}. */
  static ModelChoice choose(
      ExportContext ctx, StepModels models, String vendor, String channel, String fallback) {
    return new VendorAgentModel(ctx, models, vendor, channel).choose(fallback);
  }

  private ModelChoice choose(String fallback) {
    for (Step s : ranked()) {
      Optional<ModelChoice> m = firstAllowed(s);
      if (m.isPresent()) {
        return m.get();
      }
    }
    Step at = ctx.mainStep().orElse(ctx.steps().get(0));
    ModelChoice def = models.resolveQuiet(fallback, Optional.of(channel));
    Optional<String> defDenied = models.rejection(def);
    if (defDenied.isPresent()) {
      return deniedDefault(at, def, fallback, defDenied.get());
    }
    reportDefault(at, fallback);
    return def;
  }

  /** The main step, then the other steps that call a model, by tier, then in order. */
  private List<Step> ranked() {
    List<Step> byRank = new ArrayList<>();
    ctx.mainStep().ifPresent(byRank::add);
    ctx.steps().stream()
        .filter(ExportContext::callsModel)
        .filter(s -> !byRank.contains(s))
        .sorted(
            Comparator.comparing((Step s) -> models.tier(s))
                .reversed()
                .thenComparingInt(s -> ctx.indexOf(s.id())))
        .forEach(byRank::add);
    return byRank;
  }

  /**
   * The first of the step's model and fallbacks that is the vendor's and that the scope allows; the
   * first of the vendor's that it denies is remembered for the diagnostic.
   */
  private Optional<ModelChoice> firstAllowed(Step s) {
    List<String> names = new ArrayList<>();
    models.ownModel(s).ifPresent(m -> names.add(m.catalogId().orElse(m.nativeId())));
    names.addAll(s.fallbacks());
    for (String n : names) {
      ModelChoice m = models.resolveQuiet(n, Optional.of(channel));
      seen.add(n);
      if (m.vendor().filter(vendor::equals).isPresent()) {
        Optional<String> denied = models.rejection(m);
        if (denied.isEmpty()) {
          return Optional.of(m);
        }
        if (deniedName == null) {
          deniedName = m.catalogId().orElse(n);
          deniedWhy = denied.get();
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The scope denies the default too: the cheapest allowed model of the vendor, with {@code
   * EXPORT-MODEL-OUT-OF-SCOPE}; else {@code EXPORT-NO-ALLOWED-MODEL} and the default.
   */
  private ModelChoice deniedDefault(Step at, ModelChoice def, String fallback, String why) {
    Optional<ModelChoice> other = allowedOfVendor(at);
    if (other.isPresent()) {
      ctx.report(
          Diagnostic.of(
              ExportRule.MODEL_OUT_OF_SCOPE,
              ctx.at(at),
              (deniedName != null
                      ? deniedName + " is not allowed by the scope (" + deniedWhy + "), nor"
                      : "The target's default")
                  + " is "
                  + fallback
                  + " ("
                  + why
                  + "); "
                  + other.get().catalogId().orElse(other.get().nativeId())
                  + ", the cheapest "
                  + vendor
                  + " model the scope allows on "
                  + channel
                  + " at the main step's tier, is exported.",
              "Name a " + vendor + " model the scope allows for the main step."));
      return other.get();
    }
    models.fail(
        ctx.at(at),
        "The target runs only "
            + vendor
            + " models on "
            + channel
            + ", and the scope allows none: "
            + (deniedName != null ? deniedName + " (" + deniedWhy + "), " : "")
            + fallback
            + " ("
            + why
            + "); nothing is exported.");
    return def;
  }

  /** Why the default is exported: a denied model of the vendor, no model, or another vendor's. */
  private void reportDefault(Step at, String fallback) {
    if (deniedName != null) {
      ctx.report(
          Diagnostic.of(
              ExportRule.MODEL_OUT_OF_SCOPE,
              ctx.at(at),
              deniedName
                  + " is not allowed by the scope ("
                  + deniedWhy
                  + "); the target's default "
                  + fallback
                  + " is exported.",
              "Name a " + vendor + " model the scope allows for the main step."));
    } else if (seen.isEmpty()) {
      ctx.report(
          Diagnostic.of(
              ExportRule.NO_MODEL,
              ctx.at(at),
              "No step has a model in the plan or a requested model; " + fallback + " is exported.",
              "Compile with a catalog, or write '- model: <id>' under the main step."));
    } else {
      ctx.report(
          Diagnostic.of(
              ExportRule.MODEL_VENDOR,
              ctx.at(at),
              "The target runs only "
                  + vendor
                  + " models and the plan names none ("
                  + String.join(", ", new LinkedHashSet<>(seen))
                  + "); "
                  + fallback
                  + " is exported.",
              "Add a " + vendor + " model as the main step's model or fallback, or override it."));
    }
  }

  /**
   * The cheapest model of the vendor the scope allows on the channel, at the lowest capability tier
   * at or above the main step's; else at any tier.
   */
  private Optional<ModelChoice> allowedOfVendor(Step main) {
    Optional<ScopeGate> gate = models.gate();
    ExportOptions options = ctx.options();
    if (gate.isEmpty()) {
      return Optional.empty();
    }
    CapabilityTier need = models.tier(main);
    Comparator<Model> order =
        Comparator.comparing((Model m) -> m.capabilityTier().isAtLeast(need) ? 0 : 1)
            .thenComparing(
                m -> m.capabilityTier().isAtLeast(need) ? m.capabilityTier() : null,
                Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(
                m ->
                    m.offering(channel)
                        .flatMap(Offering::pricing)
                        .map(p -> p.input().add(p.output()))
                        .orElse(BigDecimal.ZERO))
            .thenComparing(Model::id);
    return options.catalog().get().models().stream()
        .filter(m -> m.vendor().equals(vendor))
        .filter(
            m ->
                m.offering(channel)
                    .filter(o -> o.pricing().isPresent() && gate.get().allows(m, o))
                    .isPresent())
        .sorted(order)
        .findFirst()
        .map(
            m ->
                new ModelChoice(
                    Optional.of(m.id()),
                    Optional.of(channel),
                    m.offering(channel).get().channelModelId(),
                    Optional.of(vendor)));
  }
}
