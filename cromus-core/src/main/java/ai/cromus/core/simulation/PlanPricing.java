package ai.cromus.core.simulation;

import static org.apiguardian.api.API.Status.STABLE;

import ai.cromus.core.CompileResult;
import ai.cromus.core.catalog.ModelCatalog;
import ai.cromus.core.internal.simulation.SimulationStage;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Prices a configuration that fixes the model of each step, as an exporter writes one: an agent
 * that runs every step on one model, or a runtime config whose models differ from the plan's. The
 * figures are those of the simulation (the same token sizes, retries, caching and runs a month as
 * the compile result), so a configuration and the plan it came from compare exactly.
 *
 * <pre>{@code
 * PlanSimulation agent = PlanPricing.price(result, catalog, Map.of(
 *     "classify-the-request", PinnedModel.of("claude-sonnet-4-6", Optional.of("anthropic-api"))));
 * agent.perRun();
 * }</pre>
 */
@API(status = STABLE, since = "0.1")
public final class PlanPricing {
  private PlanPricing() {}

  /**
   * The plan that runs each model step of {@code result}'s workflow on its pinned model, without
   * fallbacks, under the result's scope. A model step without a pin, or pinned to a model the
   * catalog does not know or cannot price, makes the plan infeasible ({@link
   * PlanSimulation#feasible()} false, the step named in {@link PlanSimulation#problems()}); its
   * cost is then not counted.
   *
   * @param pins by step id
   */
  public static PlanSimulation price(
      CompileResult result, ModelCatalog catalog, Map<String, PinnedModel> pins) {
    Objects.requireNonNull(result, "result must not be null");
    Objects.requireNonNull(catalog, "catalog must not be null");
    Objects.requireNonNull(pins, "pins must not be null");
    Map<String, Map.Entry<String, Optional<String>>> raw = new LinkedHashMap<>();
    pins.forEach((id, p) -> raw.put(id, Map.entry(p.model(), p.channel())));
    return SimulationStage.configuration(
        result.workflow(), result.scope(), catalog, catalog.asOf(), raw);
  }
}
