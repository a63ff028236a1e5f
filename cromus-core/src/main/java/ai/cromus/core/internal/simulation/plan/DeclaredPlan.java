package ai.cromus.core.internal.simulation.plan;

import ai.cromus.core.catalog.Model;
import ai.cromus.core.catalog.ModelLookup;
import ai.cromus.core.catalog.ModelStatus;
import ai.cromus.core.catalog.Offering;
import ai.cromus.core.diagnostic.Diagnostic;
import ai.cromus.core.internal.simulation.SimulationContext;
import ai.cromus.core.internal.simulation.pricing.CandidatePricing;
import ai.cromus.core.internal.simulation.pricing.Figures;
import ai.cromus.core.internal.simulation.pricing.Offers;
import ai.cromus.core.internal.simulation.pricing.StepFit;
import ai.cromus.core.internal.text.Similarity;
import ai.cromus.core.scope.ScopeRule;
import ai.cromus.core.simulation.ModelOrigin;
import ai.cromus.core.simulation.SimulationRule;
import ai.cromus.core.workflow.Step;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The declared plan: each model step on the model it names, on that model's cheapest offering the
 * scope allows (else its cheapest priced one), with the step's own fallbacks. A step that names no
 * model, or a model the catalog does not know, runs the balanced choice. Diagnostics say where the
 * named model is unknown, retired, outside the scope, unpriced or on an expired promotional price.
 */
public final class DeclaredPlan {
  /** The declared plan's picks, by step id, and what was wrong with the models named. */
  public record Result(Map<String, Pick> picks, List<Diagnostic> diagnostics) {}

  private final SimulationContext context;
  private final CandidatePricing pricing;
  private final Map<String, Candidate> balanced;
  private final Map<String, Pick> picks = new LinkedHashMap<>();
  private final List<Diagnostic> diagnostics = new ArrayList<>();

  private DeclaredPlan(
      SimulationContext context, CandidatePricing pricing, Map<String, Candidate> balanced) {
    this.context = context;
    this.pricing = pricing;
    this.balanced = balanced;
  }

  /**
   * The declared plan of the model steps {@code steps}.
   *
   * @param balanced the balanced mode's pick of each step that has one
   */
  public static Result of(
      SimulationContext context,
      CandidatePricing pricing,
      List<StepChoices> steps,
      Map<String, Candidate> balanced) {
    DeclaredPlan plan = new DeclaredPlan(context, pricing, balanced);
    for (StepChoices c : steps) {
      plan.add(c);
    }
    return new Result(
        java.util.Collections.unmodifiableMap(plan.picks), List.copyOf(plan.diagnostics));
  }

  private void add(StepChoices c) {
    Step s = c.step();
    if (s.model().isEmpty()) {
      balancedChoice(c, ModelOrigin.CHOSEN, "no model named: the balanced choice");
      return;
    }
    String name = s.model().get();
    ModelLookup l = context.catalog().lookup(name);
    if (l.found()) {
      named(c, l.model().get());
      return;
    }
    Candidate b = balanced.get(s.id());
    diagnostics.add(
        Diagnostic.of(
            SimulationRule.MODEL_UNKNOWN,
            context.at(s),
            "Step '"
                + s.id()
                + "' requests the model '"
                + name
                + "', which is not in catalog "
                + context.catalog().version()
                + (b == null
                    ? "."
                    : "; the balanced choice " + b.model().id() + " is simulated instead."),
            l.nearest().isEmpty()
                ? "Run 'cromus models' for the list of models."
                : "Did you mean " + String.join(" or ", l.nearest()) + "?"));
    balancedChoice(
        c,
        ModelOrigin.REPLACED,
        "requested model '" + name + "' is unknown: the balanced choice is simulated");
  }

  /** The balanced mode's pick, priced with the step's own fallbacks; none when there is none. */
  private void balancedChoice(StepChoices c, ModelOrigin origin, String note) {
    Candidate b = balanced.get(c.step().id());
    if (b != null) {
      Figures f =
          pricing.figures(c.demand(), b.offer(), false, c.declaredFallbacks()).withFirstNote(note);
      picks.put(
          c.step().id(),
          Pick.of(c.step(), c.demand().need(), b.model(), b.offer().offering(), origin, f));
    }
  }

  /** The model the step names, which the catalog knows. */
  private void named(StepChoices c, Model m) {
    Step s = c.step();
    if (m.status() != ModelStatus.ACTIVE) {
      diagnostics.add(notActive(s, m));
    }
    if (!m.offerings().isEmpty() && StepFit.loopOverflows(s, m, m.offerings().get(0))) {
      diagnostics.add(LoopFindings.overflow(context.at(s), s, m, m.offerings().get(0)));
      balancedChoice(
          c,
          ModelOrigin.REPLACED,
          "requested model '"
              + m.id()
              + "' cannot hold the loop's last turn: the balanced choice is simulated");
      return;
    }
    Optional<Offering> allowed = Offers.cheapest(s, m, context.filter(), true);
    Optional<Offering> any = Offers.cheapest(s, m, context.filter(), false);
    if (allowed.isEmpty() && any.isEmpty()) {
      unpriced(c, m);
      return;
    }
    if (allowed.isEmpty()) {
      diagnostics.add(outOfScope(s, m));
    }
    Offering o = allowed.orElse(any.get());
    o.validUntil()
        .filter(d -> d.isBefore(context.asOf()))
        .ifPresent(
            d ->
                diagnostics.add(
                    Diagnostic.of(
                        SimulationRule.PRICE_EXPIRED,
                        context.at(s),
                        "The price of "
                            + m.id()
                            + " on "
                            + o.channel()
                            + " was promotional until "
                            + d
                            + ", before "
                            + context.asOf()
                            + ".",
                        "Check the current price at " + o.source() + ".")));
    Figures f = figures(c, m, o);
    if (!m.capabilityTier().isAtLeast(c.demand().need())) {
      f =
          f.withLastNote(
              "requested model is "
                  + m.capabilityTier().id()
                  + ", below the step's "
                  + c.demand().need().id()
                  + " tier: failure rate doubled per tier of shortfall");
    }
    picks.put(s.id(), Pick.of(s, c.demand().need(), m, o, ModelOrigin.DECLARED, f));
  }

  /** A named model with no priced offering: simulated on its first offering, cost not counted. */
  private void unpriced(StepChoices c, Model m) {
    Step s = c.step();
    diagnostics.add(
        Diagnostic.of(
            SimulationRule.MODEL_UNPRICED,
            context.at(s),
            "Step '"
                + s.id()
                + "' requests "
                + m.id()
                + ", which has no priced offering; its cost is not counted.",
            "Give a self-hosted cost, or request a hosted model."));
    if (!m.offerings().isEmpty()) {
      Offering o = m.offerings().get(0);
      picks.put(
          s.id(), Pick.of(s, c.demand().need(), m, o, ModelOrigin.DECLARED, figures(c, m, o)));
    }
  }

  private Figures figures(StepChoices c, Model m, Offering o) {
    return pricing.figures(
        c.demand(),
        Offers.named(context.catalog(), context.filter(), m, o),
        false,
        c.declaredFallbacks());
  }

  private Diagnostic notActive(Step s, Model m) {
    return Diagnostic.of(
        SimulationRule.MODEL_RETIRED,
        context.at(s),
        "Step '"
            + s.id()
            + "' requests "
            + m.id()
            + ", which is "
            + m.status().id()
            + m.deprecationDate().map(d -> " (retirement " + d + ")").orElse("")
            + ".",
        m.successor()
            .map(x -> "Move to its successor " + x + ".")
            .orElse("Choose an active model."));
  }

  /** SCOPE-MODEL-OUT-OF-SCOPE, with the scope's reasons and the nearest models it allows. */
  private Diagnostic outOfScope(Step s, Model m) {
    String why =
        m.offerings().stream()
            .map(
                o -> context.filter().rejection(m, o).map(r -> o.channel() + ": " + r).orElse(null))
            .filter(Objects::nonNull)
            .collect(Collectors.joining("; "));
    List<String> near = Similarity.nearest(m.id(), new ArrayList<>(allowedModelIds(s)), 3);
    Candidate b = balanced.get(s.id());
    String hint =
        !near.isEmpty()
            ? "Nearest models the scope allows: " + String.join(", ", near) + "."
            : b != null
                ? "The scope's balanced choice for this step is "
                    + b.model().id()
                    + " on "
                    + b.offer().offering().channel()
                    + "."
                : "No model the scope allows fits this step.";
    return Diagnostic.of(
        ScopeRule.MODEL_OUT_OF_SCOPE,
        context.at(s),
        "Step '"
            + s.id()
            + "' requests "
            + m.id()
            + ", which the scope does not allow ("
            + why
            + ").",
        hint);
  }

  /**
   * The ids of the models with an allowed priced offering that fits the step and meets its tier,
   * sorted.
   */
  private SortedSet<String> allowedModelIds(Step s) {
    TreeSet<String> ids = new TreeSet<>();
    for (Model m : context.catalog().models()) {
      for (Offering o : m.offerings()) {
        if (o.pricing().isPresent()
            && context.filter().allows(m, o)
            && context.fits(s, m, o)
            && m.capabilityTier().isAtLeast(context.tierOf(s))) {
          ids.add(m.id());
        }
      }
    }
    return ids;
  }
}
