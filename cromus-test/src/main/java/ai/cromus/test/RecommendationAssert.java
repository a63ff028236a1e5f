package ai.cromus.test;

import static org.apiguardian.api.API.Status.STABLE;

import ai.cromus.core.CompileResult;
import ai.cromus.core.catalog.EcosystemTier;
import ai.cromus.core.catalog.Model;
import ai.cromus.core.catalog.ModelCatalog;
import ai.cromus.core.simulation.Recommendation;
import ai.cromus.core.workflow.CapabilityTier;
import ai.cromus.test.internal.Breakdown;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on the model Cromus recommends for one step under one mode. Facts about the model
 * itself (open weights, capability tier) are looked up in the catalog given to {@link
 * CompileResultAssert#usingCatalog(ModelCatalog)}, by default the catalog of {@link
 * ai.cromus.core.Cromus#defaultEngine()}.
 */
@API(status = STABLE, since = "0.1")
public final class RecommendationAssert
    extends AbstractAssert<RecommendationAssert, Recommendation> {
  private final CompileResult result;
  private final Optional<ModelCatalog> catalog;

  RecommendationAssert(
      Recommendation actual, CompileResult result, Optional<ModelCatalog> catalog) {
    super(actual, RecommendationAssert.class);
    this.result = result;
    this.catalog = catalog;
  }

  /** Asserts the recommended model id. */
  public RecommendationAssert isModel(String modelId) {
    Objects.requireNonNull(modelId, "modelId must not be null");
    if (!actual.model().equals(modelId)) {
      fail("to be model " + modelId);
    }
    return this;
  }

  /** Asserts the recommended model's weights are open (per the catalog). */
  public RecommendationAssert isOpenWeights() {
    if (!model().openWeights()) {
      fail("to have open weights (licence of " + actual.model() + ": " + model().license() + ")");
    }
    return this;
  }

  /** Asserts the recommended model's weights are closed (per the catalog). */
  public RecommendationAssert isNotOpenWeights() {
    if (model().openWeights()) {
      fail("not to have open weights");
    }
    return this;
  }

  /** Asserts the ecosystem tier of the channel the model is reached through. */
  public RecommendationAssert isInTier(EcosystemTier tier) {
    Objects.requireNonNull(tier, "tier must not be null");
    if (actual.badge().tier() != tier) {
      fail("to be reached through the " + tier.id() + " tier");
    }
    return this;
  }

  /** Asserts the model's capability tier (per the catalog) is at least {@code tier}. */
  public RecommendationAssert hasCapabilityTierAtLeast(CapabilityTier tier) {
    Objects.requireNonNull(tier, "tier must not be null");
    CapabilityTier has = model().capabilityTier();
    if (!has.isAtLeast(tier)) {
      fail("to have capability tier " + tier.id() + " or above (it is " + has.id() + ")");
    }
    return this;
  }

  /** Asserts the model's capability tier (per the catalog) is at most {@code tier}. */
  public RecommendationAssert hasCapabilityTierAtMost(CapabilityTier tier) {
    Objects.requireNonNull(tier, "tier must not be null");
    CapabilityTier has = model().capabilityTier();
    if (has.compareTo(tier) > 0) {
      fail("to have capability tier " + tier.id() + " or below (it is " + has.id() + ")");
    }
    return this;
  }

  /** Asserts the channel id, e.g. {@code aws-bedrock}. */
  public RecommendationAssert isOnChannel(String channel) {
    Objects.requireNonNull(channel, "channel must not be null");
    if (!actual.channel().equals(channel)) {
      fail("to be on channel " + channel);
    }
    return this;
  }

  /** The step's cost per run with the recommended model. */
  public MoneyAssert costPerRun() {
    return new MoneyAssert(
        actual.perRun(),
        "the cost per run of step "
            + actual.stepId()
            + " with "
            + actual.model()
            + " ("
            + actual.mode().id()
            + " mode)",
        () -> Breakdown.forCost(result, Optional.of(actual.mode())));
  }

  private Model model() {
    if (catalog.isEmpty()) {
      failWithMessage(
          "%s",
          "No model catalog to look up "
              + actual.model()
              + " in: put cromus-catalog on the test class path or pass one with usingCatalog(...).");
    }
    Optional<Model> m = catalog.get().find(actual.model());
    if (m.isEmpty()) {
      failWithMessage(
          "%s",
          "Model "
              + actual.model()
              + " is not in catalog "
              + catalog.get().version()
              + " (the result was compiled with catalog "
              + result.catalogVersion().orElse("none")
              + "); pass the catalog the result was compiled with to usingCatalog(...).");
    }
    return m.get();
  }

  private void fail(String expectation) {
    String why =
        actual.reasons().isEmpty()
            ? ""
            : "\nWhy it was chosen: " + String.join("; ", actual.reasons());
    String alternatives =
        actual.alternatives().isEmpty()
            ? ""
            : "\nAlternatives: "
                + actual.alternatives().stream()
                    .map(
                        a ->
                            a.model()
                                + " on "
                                + a.channel()
                                + " ("
                                + a.badge().tier().id()
                                + ", "
                                + a.perRun().display()
                                + "/run)")
                    .collect(Collectors.joining(", "));
    failWithMessage(
        "%s",
        "Expected the "
            + actual.mode().id()
            + "-mode recommendation for step "
            + actual.stepId()
            + " "
            + expectation
            + " but it is "
            + actual.model()
            + " on "
            + actual.channel()
            + " ("
            + actual.badge().label()
            + ", "
            + actual.perRun().display()
            + "/run)."
            + why
            + alternatives
            + "\n\n"
            + Breakdown.forCost(result, Optional.of(actual.mode())));
  }
}
