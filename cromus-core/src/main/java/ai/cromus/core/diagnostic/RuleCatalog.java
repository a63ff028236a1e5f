package ai.cromus.core.diagnostic;

import static org.apiguardian.api.API.Status.STABLE;

import ai.cromus.core.VerdictRule;
import ai.cromus.core.catalog.CatalogRule;
import ai.cromus.core.croms.CromsRule;
import ai.cromus.core.export.ExportRule;
import ai.cromus.core.risk.RiskRule;
import ai.cromus.core.scope.ScopeRule;
import ai.cromus.core.simulation.SimulationRule;
import ai.cromus.core.spec.SpecRule;
import ai.cromus.core.workflow.FrameworkRule;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/** The rule catalogue: every rule Cromus can emit, in id order. */
@API(status = STABLE, since = "0.1")
public final class RuleCatalog {
  private static final List<Rule> ALL;

  static {
    List<Rule> all = new ArrayList<>();
    all.addAll(Arrays.asList(CoreRule.values()));
    all.addAll(Arrays.asList(CatalogRule.values()));
    all.addAll(Arrays.asList(ExportRule.values()));
    all.addAll(Arrays.asList(ScopeRule.values()));
    all.addAll(Arrays.asList(SimulationRule.values()));
    all.addAll(Arrays.asList(SpecRule.values()));
    all.addAll(Arrays.asList(FrameworkRule.values()));
    all.addAll(Arrays.asList(VerdictRule.values()));
    all.addAll(Arrays.asList(CromsRule.values()));
    all.addAll(Arrays.asList(RiskRule.values()));
    all.sort(Comparator.comparing(Rule::id));
    ALL = Collections.unmodifiableList(all);
  }

  private RuleCatalog() {}

  /** Every rule, sorted by id. */
  public static List<Rule> all() {
    return ALL;
  }

  /** The rule with this id, if any. */
  public static Optional<Rule> find(String id) {
    return ALL.stream().filter(r -> r.id().equals(id)).findFirst();
  }
}
