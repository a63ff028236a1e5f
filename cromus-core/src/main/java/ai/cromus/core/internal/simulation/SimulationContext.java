package ai.cromus.core.internal.simulation;

import ai.cromus.core.catalog.EcosystemTier;
import ai.cromus.core.catalog.Model;
import ai.cromus.core.catalog.ModelCatalog;
import ai.cromus.core.catalog.Offering;
import ai.cromus.core.diagnostic.SourceLocation;
import ai.cromus.core.internal.risk.DataGate;
import ai.cromus.core.internal.scope.ScopeFilter;
import ai.cromus.core.internal.simulation.pricing.Offer;
import ai.cromus.core.internal.simulation.pricing.Offers;
import ai.cromus.core.internal.simulation.pricing.StepFit;
import ai.cromus.core.scope.Scope;
import ai.cromus.core.workflow.CapabilityTier;
import ai.cromus.core.workflow.Step;
import ai.cromus.core.workflow.StepKind;
import ai.cromus.core.workflow.Workflow;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What every stage of one simulation reads, fixed before the first stage runs: the inputs, the
 * scope's filter, budgets and failure rates, the runs a month, the steps the plans cover (the first
 * step of each id, in workflow order), the capability tier each model step needs, and the offers
 * the scope allows.
 */
public record SimulationContext(
    Workflow workflow,
    Scope scope,
    ModelCatalog catalog,
    LocalDate asOf,
    ScopeFilter filter,
    long runsPerMonth,
    Budgets budgets,
    FailureRates failureRates,
    List<Step> steps,
    Map<String, StepTiers.Classified> tiers,
    List<Offer> allowed,
    List<EcosystemTier> enabledTiers,
    DataGate dataGate) {

  /** Days in a month for monthly figures. */
  public static final long DAYS_PER_MONTH = 30;

  /** Runs per day when neither the scope nor the workflow gives a volume. */
  public static final long DEFAULT_RUNS_PER_DAY = 100;

  public static SimulationContext of(
      Workflow workflow, Scope scope, ModelCatalog catalog, LocalDate asOf) {
    ScopeFilter filter = new ScopeFilter(scope, catalog);
    List<Step> steps = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    Map<String, StepTiers.Classified> tiers = new LinkedHashMap<>();
    for (Step s : workflow.steps()) {
      if (ids.add(s.id())) {
        steps.add(s);
        StepTiers.classify(s).ifPresent(c -> tiers.put(s.id(), c));
      }
    }
    return new SimulationContext(
        workflow,
        scope,
        catalog,
        asOf,
        filter,
        runsPerMonth(workflow, scope),
        Budgets.of(workflow, scope),
        new FailureRates(scope),
        List.copyOf(steps),
        Collections.unmodifiableMap(tiers),
        Offers.allowed(catalog, filter),
        enabledTiers(catalog, filter),
        DataGate.of(workflow, scope, catalog));
  }

  /**
   * Whether a model on a channel can serve a step: it fits the step ({@link StepFit}) and the
   * scope's data rules let it handle the step's data (they remove offerings as the gates do).
   */
  public boolean fits(Step s, Model m, Offering o) {
    return StepFit.fits(s, m, o) && dataGate.allows(s, m, o);
  }

  /** The steps that call a model, of those the plans cover. */
  public List<Step> modelSteps() {
    List<Step> out = new ArrayList<>();
    for (Step s : steps) {
      if (s.kind() == StepKind.LLM) {
        out.add(s);
      }
    }
    return out;
  }

  /** The capability tier a model step needs (balanced for any other step). */
  public CapabilityTier tierOf(Step s) {
    StepTiers.Classified c = tiers.get(s.id());
    return c == null ? CapabilityTier.BALANCED : c.tier();
  }

  /** Where a step is written, for its diagnostics. */
  public SourceLocation at(Step s) {
    return SourceLocation.of(workflow.source(), s.position().line(), s.position().column());
  }

  /** Runs per month: the scope's, else the workflow's, else 100 a day; a month is 30 days. */
  public static long runsPerMonth(Workflow workflow, Scope scope) {
    if (scope.runsPerMonth().isPresent()) {
      return scope.runsPerMonth().getAsLong();
    }
    if (scope.runsPerDay().isPresent()) {
      return perMonth(scope.runsPerDay().getAsLong());
    }
    if (workflow.runsPerMonth().isPresent()) {
      return workflow.runsPerMonth().getAsLong();
    }
    if (workflow.runsPerDay().isPresent()) {
      return perMonth(workflow.runsPerDay().getAsLong());
    }
    return DEFAULT_RUNS_PER_DAY * DAYS_PER_MONTH;
  }

  /** Runs a day times 30, saturating at {@link Long#MAX_VALUE} instead of overflowing. */
  static long perMonth(long perDay) {
    return perDay > Long.MAX_VALUE / DAYS_PER_MONTH
        ? Long.MAX_VALUE
        : Math.max(0, perDay) * DAYS_PER_MONTH;
  }

  /** The ecosystem tiers with at least one channel the scope enables, in tier order. */
  private static List<EcosystemTier> enabledTiers(ModelCatalog catalog, ScopeFilter filter) {
    List<EcosystemTier> out = new ArrayList<>();
    for (EcosystemTier tier : EcosystemTier.values()) {
      if (catalog.channels().stream()
          .anyMatch(c -> c.tier() == tier && filter.channelEnabled(c.id()))) {
        out.add(tier);
      }
    }
    return List.copyOf(out);
  }
}
