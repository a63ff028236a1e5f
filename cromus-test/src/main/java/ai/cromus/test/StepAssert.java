package ai.cromus.test;

import static org.apiguardian.api.API.Status.STABLE;

import ai.cromus.core.CompileResult;
import ai.cromus.core.catalog.ModelCatalog;
import ai.cromus.core.risk.RiskLevel;
import ai.cromus.core.risk.StepRisk;
import ai.cromus.core.simulation.CostMode;
import ai.cromus.core.simulation.CostRange;
import ai.cromus.core.simulation.PlanSimulation;
import ai.cromus.core.simulation.Recommendation;
import ai.cromus.core.simulation.StepSimulation;
import ai.cromus.core.workflow.Effect;
import ai.cromus.core.workflow.Step;
import ai.cromus.test.internal.Breakdown;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on one step of a compiled workflow: its recommendation, its simulated cost per mode,
 * what it may do and its risk.
 */
@API(status = STABLE, since = "0.1")
public final class StepAssert extends AbstractAssert<StepAssert, Step> {
  private final CompileResult result;
  private final Optional<ModelCatalog> catalog;

  StepAssert(Step actual, CompileResult result, Optional<ModelCatalog> catalog) {
    super(actual, StepAssert.class);
    this.result = result;
    this.catalog = catalog;
  }

  /**
   * Asserts what the step may do, stated or inferred ({@code read_only} to {@code irreversible}).
   */
  public StepAssert hasEffect(Effect effect) {
    Objects.requireNonNull(effect, "effect must not be null");
    Optional<Effect> e = risk().effect();
    if (!e.equals(Optional.of(effect))) {
      failWithMessage(
          "%s",
          "Expected step "
              + actual.id()
              + " to have effect "
              + effect.id()
              + " but it has "
              + e.map(Effect::id).orElse("none")
              + ".\n\n"
              + Breakdown.forRisk(result));
    }
    return this;
  }

  /** Asserts the step's risk level (the highest finding about it) is at most {@code level}. */
  public StepAssert hasRiskAtMost(RiskLevel level) {
    Objects.requireNonNull(level, "level must not be null");
    if (risk().level().isAbove(level)) {
      failWithMessage(
          "%s",
          "Expected the risk of step "
              + actual.id()
              + " to be at most "
              + level.id()
              + " but it is "
              + risk().level().id()
              + ".\n\n"
              + Breakdown.forRisk(result));
    }
    return this;
  }

  private StepRisk risk() {
    return result.risk().step(actual.id()).orElseThrow();
  }

  /** The model recommended for this step under {@code mode}. */
  public RecommendationAssert recommendedModel(CostMode mode) {
    Objects.requireNonNull(mode, "mode must not be null");
    Optional<Recommendation> r =
        result.recommendations(mode).stream()
            .filter(x -> x.stepId().equals(actual.id()))
            .findFirst();
    if (r.isEmpty()) {
      failWithMessage(
          "%s",
          "Expected a "
              + mode.id()
              + "-mode recommendation for step "
              + actual.id()
              + " (kind "
              + actual.kind().name().toLowerCase(java.util.Locale.ROOT)
              + ") but there is none;"
              + " steps with recommendations: "
              + result.recommendations(mode).stream()
                  .map(Recommendation::stepId)
                  .collect(Collectors.joining(", ", "[", "]"))
              + ".\n\n"
              + Breakdown.forCost(result, Optional.of(mode)));
    }
    return new RecommendationAssert(r.get(), result, catalog);
  }

  /** This step's expected cost per run under {@code mode}, retries and loops included. */
  public MoneyAssert costPerRun(CostMode mode) {
    Objects.requireNonNull(mode, "mode must not be null");
    StepSimulation s = stepSimulation(Optional.of(mode));
    return new MoneyAssert(
        s.cost(),
        s.costRange().orElse(CostRange.point(s.cost())),
        "the cost per run of step " + actual.id() + " in " + mode.id() + " mode",
        () -> Breakdown.forCost(result, Optional.of(mode)));
  }

  /** This step's expected cost per run under the declared plan. */
  public MoneyAssert costPerRun() {
    StepSimulation s = stepSimulation(Optional.empty());
    return new MoneyAssert(
        s.cost(),
        s.costRange().orElse(CostRange.point(s.cost())),
        "the cost per run of step " + actual.id() + " in the declared plan",
        () -> Breakdown.forCost(result, Optional.empty()));
  }

  private StepSimulation stepSimulation(Optional<CostMode> mode) {
    String label = Breakdown.planLabel(mode);
    if (result.simulation().isEmpty()) {
      failWithMessage(
          "%s",
          "Expected a simulation of step "
              + actual.id()
              + " but the result has none.\n\n"
              + Breakdown.forCost(result, mode));
    }
    PlanSimulation plan =
        mode.isEmpty()
            ? result.simulation().get().declared()
            : result.simulation().get().modes().get(mode.get());
    Optional<StepSimulation> s = plan == null ? Optional.empty() : plan.step(actual.id());
    if (s.isEmpty()) {
      failWithMessage(
          "%s",
          "Expected step "
              + actual.id()
              + " in the "
              + label
              + " but it is not simulated there.\n\n"
              + Breakdown.forCost(result, mode));
    }
    return s.get();
  }
}
