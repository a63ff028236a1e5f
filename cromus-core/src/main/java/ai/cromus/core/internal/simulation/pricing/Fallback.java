package ai.cromus.core.internal.simulation.pricing;

import ai.cromus.core.catalog.Model;
import ai.cromus.core.catalog.Offering;
import ai.cromus.core.internal.simulation.Rates;
import java.util.Optional;

/**
 * A fallback model of one step, on its cheapest offering for that step.
 *
 * @param rates the rates of the step's prompt on the offering; empty when it has no prices
 * @param reasoning the model's reasoning tokens per call on the step
 */
public record Fallback(Model model, Offering offering, Optional<Rates> rates, long reasoning) {}
