package ai.cromus.core.internal;

import ai.cromus.core.VerdictRule;
import ai.cromus.core.croms.Croms;
import ai.cromus.core.diagnostic.Diagnostic;
import ai.cromus.core.diagnostic.SourceLocation;
import ai.cromus.core.money.Money;
import ai.cromus.core.risk.RiskAnalysis;
import ai.cromus.core.risk.RiskLevel;
import ai.cromus.core.scope.Budget;
import ai.cromus.core.scope.BudgetBasis;
import ai.cromus.core.scope.Scope;
import ai.cromus.core.score.StructuralScore;
import ai.cromus.core.simulation.CostRange;
import ai.cromus.core.simulation.PlanSimulation;
import ai.cromus.core.workflow.Workflow;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The limits the verdict checks, as diagnostics located where each limit was declared: budgets
 * against the declared plan (the plan the cost envelope of {@code cromus.yaml} and the policy check
 * price too), the scope's thresholds, and limits that cannot be checked without a catalog.
 */
public final class VerdictChecks {
  private VerdictChecks() {}

  /** The budgets (the workflow's, then the scope's) the declared plan breaks. */
  public static List<Diagnostic> budgets(Workflow w, Scope scope, PlanSimulation declared) {
    List<Diagnostic> out = new ArrayList<>();
    SourceLocation fallback = SourceLocation.start(w.source());
    Budget wb = w.budget();
    Budget sb = scope.budget();
    boolean high = scope.budgetBasis().orElse(BudgetBasis.EXPECTED) == BudgetBasis.HIGH;
    Money perRun = high ? declared.costPerRun().high() : declared.perRun();
    Money perMonth = high ? declared.costPerMonth().high() : declared.perMonth();
    String basis = high ? " at the high end of its size ranges" : " at the expected sizes";
    String runBasis = declared.costPerRun().spread() ? basis + range(declared.costPerRun(), 4) : "";
    String monthBasis =
        declared.costPerRun().spread() ? basis + range(declared.costPerMonth(), 2) : "";
    check(
        out,
        perRun,
        wb.perRun(),
        wb.perRunLocation(),
        fallback,
        "a run" + runBasis,
        "the workflow's per-run budget");
    check(
        out,
        perRun,
        sb.perRun(),
        sb.perRunLocation(),
        fallback,
        "a run" + runBasis,
        "the scope's per-run budget");
    check(
        out,
        perMonth,
        wb.perMonth(),
        wb.perMonthLocation(),
        fallback,
        "a month" + monthBasis,
        "the workflow's per-month budget");
    check(
        out,
        perMonth,
        sb.perMonth(),
        sb.perMonthLocation(),
        fallback,
        "a month" + monthBasis,
        "the scope's per-month budget");
    return out;
  }

  /** {@code " (low $0.0060, expected $0.0090, high $0.0120)"}. */
  private static String range(CostRange r, int decimals) {
    return " (low "
        + r.low().display(decimals)
        + ", expected "
        + r.expected().display(decimals)
        + ", high "
        + r.high().display(decimals)
        + ")";
  }

  private static void check(
      List<Diagnostic> out,
      Money cost,
      Optional<Money> budget,
      Optional<SourceLocation> at,
      SourceLocation fallback,
      String per,
      String whose) {
    if (budget.isEmpty() || !cost.isGreaterThan(budget.get())) {
      return;
    }
    Money over = cost.minus(budget.get());
    int decimals = per.startsWith("a month") ? 2 : Money.DISPLAY_SCALE;
    out.add(
        Diagnostic.of(
            VerdictRule.BUDGET_EXCEEDED,
            at.orElse(fallback),
            "The declared plan costs "
                + cost.display(decimals)
                + " "
                + per
                + ", over "
                + whose
                + " of "
                + budget.get().display(decimals)
                + " (by "
                + over.display(decimals)
                + ").",
            "Use the recommended models (see the recommendations and their savings), or raise the"
                + " budget."));
  }

  /** The scope's Croms maximum, when the Croms score is above it. */
  public static List<Diagnostic> croms(Workflow w, Scope scope, Croms croms) {
    List<Diagnostic> out = new ArrayList<>();
    scope
        .thresholds()
        .cromsMax()
        .filter(max -> croms.total().compareTo(max) > 0)
        .ifPresent(
            max ->
                out.add(
                    Diagnostic.of(
                        VerdictRule.THRESHOLD_CROMS_MAX,
                        scope
                            .thresholds()
                            .cromsMaxLocation()
                            .orElse(SourceLocation.start(w.source())),
                        "Croms "
                            + croms.total().toPlainString()
                            + " is above the maximum of "
                            + max.toPlainString()
                            + ".",
                        "Apply the fixes of the Croms findings, or raise croms_max.")));
    return out;
  }

  /** The scope's maximum risk level, when the workflow's risk is above it. */
  public static List<Diagnostic> risk(Workflow w, Scope scope, RiskAnalysis risk) {
    List<Diagnostic> out = new ArrayList<>();
    Optional<RiskLevel> max = scope.thresholds().riskMax();
    if (max.isPresent() && risk.level().isAbove(max.get())) {
      long above = risk.findings().stream().filter(f -> f.level().isAbove(max.get())).count();
      out.add(
          Diagnostic.of(
              VerdictRule.THRESHOLD_RISK_MAX,
              scope.thresholds().riskMaxLocation().orElse(SourceLocation.start(w.source())),
              "Risk "
                  + risk.level().id()
                  + " is above the maximum of "
                  + max.get().id()
                  + " ("
                  + above
                  + (above == 1 ? " finding" : " findings")
                  + " above it).",
              "Apply the fixes of the risk findings, or raise risk_max."));
    }
    return out;
  }

  /** The scope's minimum structural score, when the score is below it. */
  public static List<Diagnostic> score(Workflow w, Scope scope, StructuralScore score) {
    List<Diagnostic> out = new ArrayList<>();
    if (scope.thresholds().scoreMin().isPresent()
        && score.overall() < scope.thresholds().scoreMin().getAsInt()) {
      out.add(
          Diagnostic.of(
              VerdictRule.THRESHOLD_SCORE_MIN,
              scope.thresholds().scoreMinLocation().orElse(SourceLocation.start(w.source())),
              "Structural score "
                  + score.overall()
                  + " is below the minimum of "
                  + scope.thresholds().scoreMin().getAsInt()
                  + ".",
              "Fix the findings of the structural score, or lower score_min."));
    }
    return out;
  }

  /**
   * Without a catalog nothing is priced: every declared budget and a Croms maximum cannot be
   * checked, and each is an error rather than a silent pass.
   */
  public static List<Diagnostic> noCatalog(Workflow w, Scope scope) {
    List<Diagnostic> out = new ArrayList<>();
    SourceLocation fallback = SourceLocation.start(w.source());
    Budget wb = w.budget();
    Budget sb = scope.budget();
    unchecked(out, wb.perRun(), wb.perRunLocation(), fallback, "the workflow's per-run budget", 4);
    unchecked(
        out, wb.perMonth(), wb.perMonthLocation(), fallback, "the workflow's per-month budget", 2);
    unchecked(out, sb.perRun(), sb.perRunLocation(), fallback, "the scope's per-run budget", 4);
    unchecked(
        out, sb.perMonth(), sb.perMonthLocation(), fallback, "the scope's per-month budget", 2);
    scope
        .thresholds()
        .cromsMax()
        .ifPresent(
            max ->
                out.add(
                    Diagnostic.of(
                        VerdictRule.BUDGET_NO_CATALOG,
                        scope.thresholds().cromsMaxLocation().orElse(fallback),
                        "No model catalog was found, so the Croms maximum of "
                            + max.toPlainString()
                            + " cannot be checked.",
                        HINT)));
    return out;
  }

  static final String HINT =
      "Add the dependency ai.cromus:cromus-catalog (it brings cromus-core with it), or build the"
          + " engine with Cromus.builder().catalog(...).";

  private static void unchecked(
      List<Diagnostic> out,
      Optional<Money> budget,
      Optional<SourceLocation> at,
      SourceLocation fallback,
      String whose,
      int decimals) {
    budget.ifPresent(
        b ->
            out.add(
                Diagnostic.of(
                    VerdictRule.BUDGET_NO_CATALOG,
                    at.orElse(fallback),
                    "No model catalog was found, so nothing is priced and "
                        + whose
                        + " of "
                        + b.display(decimals)
                        + " cannot be checked.",
                    HINT)));
  }

  /** A verdict reason from a diagnostic's message: lower-case start, no final period. */
  static String reason(Diagnostic d) {
    String m = d.message();
    if (m.endsWith(".")) {
      m = m.substring(0, m.length() - 1);
    }
    if (!m.startsWith("Croms") && !m.isEmpty()) {
      m = Character.toLowerCase(m.charAt(0)) + m.substring(1);
    }
    return m;
  }
}
