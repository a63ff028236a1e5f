package ai.cromus.core.internal.simulation.pricing;

import ai.cromus.core.catalog.Model;
import ai.cromus.core.catalog.ModelCatalog;
import ai.cromus.core.catalog.ModelLookup;
import ai.cromus.core.catalog.Offering;
import ai.cromus.core.diagnostic.Diagnostic;
import ai.cromus.core.diagnostic.SourceLocation;
import ai.cromus.core.internal.scope.ScopeFilter;
import ai.cromus.core.simulation.SimulationRule;
import ai.cromus.core.workflow.CapabilityTier;
import ai.cromus.core.workflow.Step;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The fallback models a step names, resolved against the catalog. */
public final class Fallbacks {
  private Fallbacks() {}

  /**
   * The step's fallbacks the catalog knows, each on its cheapest priced offering for the step: only
   * offerings the scope allows with {@code allowedOnly} (the modes), else allowed ones first (the
   * declared plan). A fallback with no such offering is left out.
   */
  public static List<Fallback> resolve(
      Step s, CapabilityTier need, ModelCatalog catalog, ScopeFilter filter, boolean allowedOnly) {
    List<Fallback> out = new ArrayList<>();
    for (String name : s.fallbacks()) {
      Optional<Model> found = catalog.lookup(name).model();
      if (found.isEmpty()) {
        continue;
      }
      Model m = found.get();
      Optional<Offering> best = Offers.cheapest(s, m, filter, allowedOnly);
      if (best.isPresent()) {
        Offer offer = Offers.named(catalog, filter, m, best.get());
        out.add(
            new Fallback(
                m,
                best.get(),
                offer.rates(s.inputTokens().tokens(), false),
                Reasoning.tokens(s, need, m)));
      }
    }
    return List.copyOf(out);
  }

  /** A SIM-MODEL-UNKNOWN warning for each fallback the catalog does not know. */
  public static List<Diagnostic> unknown(Step s, ModelCatalog catalog, SourceLocation at) {
    List<Diagnostic> out = new ArrayList<>();
    for (String name : s.fallbacks()) {
      ModelLookup l = catalog.lookup(name);
      if (l.found()) {
        continue;
      }
      out.add(
          Diagnostic.of(
              SimulationRule.MODEL_UNKNOWN,
              at,
              "Step '"
                  + s.id()
                  + "' names the fallback model '"
                  + name
                  + "', which is not in catalog "
                  + catalog.version()
                  + "; the fallback is not simulated.",
              l.nearest().isEmpty()
                  ? "Run 'cromus models' for the list."
                  : "Did you mean " + String.join(" or ", l.nearest()) + "?"));
    }
    return out;
  }
}
