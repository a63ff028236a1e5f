package ai.cromus.core.internal.risk;

import ai.cromus.core.catalog.Model;
import ai.cromus.core.catalog.ModelCatalog;
import ai.cromus.core.catalog.Offering;
import ai.cromus.core.internal.scope.ScopeFilter;
import ai.cromus.core.scope.DataRule;
import ai.cromus.core.scope.GateSelector;
import ai.cromus.core.scope.Scope;
import ai.cromus.core.workflow.DataClass;
import ai.cromus.core.workflow.Step;
import ai.cromus.core.workflow.Workflow;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The scope's {@code data_rules} as a predicate on a model offering for a step: an offering may
 * serve a step only when every rule of every class of data the step handles (its own, else the
 * workflow's) allows it. The simulation calls {@link #allows} where it filters a step's candidates,
 * as it applies the model gates; without data rules it allows everything at once.
 */
public final class DataGate {
  private final Workflow workflow;
  private final Scope scope;
  private final ScopeFilter filter;
  private final boolean none;

  private DataGate(Workflow workflow, Scope scope, ModelCatalog catalog) {
    this.workflow = workflow;
    this.scope = scope;
    this.filter = new ScopeFilter(scope, catalog);
    this.none = scope.dataRules().isEmpty();
  }

  /** The gate of a workflow under a scope; offerings are matched against the catalog. */
  public static DataGate of(Workflow workflow, Scope scope, ModelCatalog catalog) {
    return new DataGate(workflow, scope, catalog);
  }

  /** True when the data rules let this offering of this model serve the step. */
  public boolean allows(Step s, Model m, Offering o) {
    return none || rejection(s, m, o).isEmpty();
  }

  /**
   * Why the data rules keep this offering from the step, e.g. {@code data_rules.phi.channels:
   * aws-bedrock, azure-foundry}; empty when they allow it.
   */
  public Optional<String> rejection(Step s, Model m, Offering o) {
    if (none) {
      return Optional.empty();
    }
    for (DataClass c : s.data().isEmpty() ? workflow.data() : s.data()) {
      Optional<DataRule> r = scope.dataRule(c);
      if (r.isPresent()) {
        Optional<String> why = rejection(r.get(), m, o);
        if (why.isPresent()) {
          return why;
        }
      }
    }
    return Optional.empty();
  }

  private Optional<String> rejection(DataRule r, Model m, Offering o) {
    String at = "data_rules." + r.dataClass().id() + ".";
    if (!r.inPrompts()) {
      return Optional.of(at + "prompt: never");
    }
    if (!r.channels().isEmpty() && !r.channels().contains(o.channel())) {
      return Optional.of(at + "channels: " + String.join(", ", r.channels()));
    }
    if (!r.tiers().isEmpty() && !r.tiers().contains(o.tier())) {
      return Optional.of(
          at + "tiers: " + r.tiers().stream().map(t -> t.id()).collect(Collectors.joining(", ")));
    }
    if (!r.regions().isEmpty()
        && r.regions().stream().noneMatch(x -> ScopeFilter.servesRegion(o, x))) {
      return Optional.of(at + "regions: " + String.join(", ", r.regions()));
    }
    for (GateSelector d : r.deny()) {
      if (filter.matches(d, m, o)) {
        return Optional.of(at + "deny: " + d.text());
      }
    }
    return Optional.empty();
  }

  /** The rules of the classes a step handles, in the scope's order. */
  List<DataRule> rules(Step s) {
    List<DataClass> classes = s.data().isEmpty() ? workflow.data() : s.data();
    return scope.dataRules().stream()
        .filter(r -> classes.contains(r.dataClass()))
        .collect(Collectors.toList());
  }
}
