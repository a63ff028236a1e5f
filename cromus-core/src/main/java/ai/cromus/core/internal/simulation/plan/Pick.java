package ai.cromus.core.internal.simulation.plan;

import ai.cromus.core.catalog.Model;
import ai.cromus.core.catalog.Offering;
import ai.cromus.core.internal.simulation.pricing.Figures;
import ai.cromus.core.simulation.ModelOrigin;

/** The model a plan runs one model step on, who chose it, and the step's figures on it. */
public record Pick(Model model, Offering offering, ModelOrigin origin, Figures figures) {}
