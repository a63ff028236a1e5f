package ai.cromus.report;

import ai.cromus.core.CompileResult;
import ai.cromus.core.croms.Croms;
import ai.cromus.core.croms.CromsDimension;
import ai.cromus.core.money.Money;
import ai.cromus.core.score.DimensionScore;
import ai.cromus.core.simulation.CostMode;
import ai.cromus.core.simulation.PlanSimulation;
import ai.cromus.core.simulation.Recommendation;
import ai.cromus.core.simulation.Simulation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The figures of the JSON report ({@code cromus compile --format json}, keys as documented in
 * docs/simulation.md), by JSON Pointer, taken from the result's objects independently of the
 * renderer; and the rule by which the report shows each.
 */
final class ExpectedFigures {
  private ExpectedFigures() {}

  static Map<String, BigDecimal> of(CompileResult r) {
    Map<String, BigDecimal> out = new LinkedHashMap<>();
    for (int i = 0; i < r.workflow().steps().size(); i++) {
      out.put(
          "/workflow/steps/" + i + "/inputTokens",
          BigDecimal.valueOf(r.workflow().steps().get(i).inputTokens().tokens()));
      out.put(
          "/workflow/steps/" + i + "/outputTokens",
          BigDecimal.valueOf(r.workflow().steps().get(i).outputTokens().tokens()));
    }
    for (int i = 0; i < r.diagnostics().size(); i++) {
      out.put("/diagnostics/" + i + "/line", BigDecimal.valueOf(r.diagnostics().get(i).line()));
      out.put("/diagnostics/" + i + "/column", BigDecimal.valueOf(r.diagnostics().get(i).column()));
    }
    out.put("/score/overall", BigDecimal.valueOf(r.structuralScore().overall()));
    for (DimensionScore d : r.structuralScore().dimensions()) {
      String at = "/score/dimensions/" + d.dimension().id();
      out.put(at + "/score", BigDecimal.valueOf(d.score()));
      out.put(at + "/weight", BigDecimal.valueOf(d.weight()));
      for (int j = 0; j < d.findings().size(); j++) {
        out.put(
            at + "/findings/" + j + "/pointsLost",
            BigDecimal.valueOf(d.findings().get(j).pointsLost()));
      }
    }
    r.simulation().ifPresent(s -> simulation(s, out));
    for (int i = 0; i < r.recommendations().size(); i++) {
      Recommendation rec = r.recommendations().get(i);
      String at = "/recommendations/" + i;
      out.put(at + "/perRunUsd", rec.perRun().amount());
      out.put(at + "/savingPerRunUsd", rec.savingPerRun().amount());
      out.put(at + "/savingPerMonthUsd", rec.savingPerMonth().amount());
    }
    r.croms().ifPresent(c -> croms(c, out));
    return out;
  }

  private static void simulation(Simulation s, Map<String, BigDecimal> out) {
    out.put("/simulation/runsPerMonth", BigDecimal.valueOf(s.runsPerMonth()));
    plan("/simulation/declared", s.declared(), out);
    for (CostMode m : s.modes().keySet()) {
      plan("/simulation/modes/" + m.id(), s.modes().get(m), out);
    }
    for (int i = 0; i < s.matrix().size(); i++) {
      out.put("/simulation/matrix/" + i + "/perRunUsd", s.matrix().get(i).perRun().amount());
      out.put("/simulation/matrix/" + i + "/perMonthUsd", s.matrix().get(i).perMonth().amount());
    }
  }

  private static void plan(String at, PlanSimulation p, Map<String, BigDecimal> out) {
    out.put(at + "/perRunUsd", p.perRun().amount());
    out.put(at + "/perMonthUsd", p.perMonth().amount());
    out.put(at + "/latencySeconds", p.latencySeconds());
    out.put(at + "/serialLatencySeconds", p.serialLatencySeconds());
    out.put(at + "/failureRisk", p.failureRisk());
    for (int k = 0; k < p.steps().size(); k++) {
      String st = at + "/steps/" + k;
      out.put(st + "/usd", p.steps().get(k).cost().amount());
      out.put(st + "/retryUsd", p.steps().get(k).retryCost().amount());
      out.put(st + "/latencySeconds", p.steps().get(k).latencySeconds());
      out.put(st + "/failureProbability", p.steps().get(k).failureProbability());
    }
  }

  private static void croms(Croms c, Map<String, BigDecimal> out) {
    out.put("/croms/total", c.total());
    out.put("/croms/ethicsMultiplier", c.ethicsMultiplier());
    out.put("/croms/wasteUsdPerMonth", c.wasteUsdPerMonth().amount());
    for (CromsDimension d : c.dimensions().keySet()) {
      out.put("/croms/dimensions/" + d.id(), c.dimensions().get(d));
    }
    for (int i = 0; i < c.findings().size(); i++) {
      out.put("/croms/findings/" + i + "/usdPerMonth", c.findings().get(i).usdPerMonth().amount());
      out.put("/croms/findings/" + i + "/secondsPerRun", c.findings().get(i).secondsPerRun());
    }
  }

  /**
   * How the report shows the figure at {@code pointer}: the text report's rules, chosen by the JSON
   * key alone (amounts a run {@code Money.display()}, a month {@code display(2)}, seconds one
   * decimal, probabilities a percent with two, counts grouped, scores exact).
   */
  static String shown(String pointer, BigDecimal v) {
    String key = pointer.substring(pointer.lastIndexOf('/') + 1);
    if (pointer.startsWith("/croms/dimensions/")) {
      return v.toPlainString();
    }
    return switch (key) {
      case "perRunUsd", "usd", "retryUsd", "savingPerRunUsd" -> Money.usd(v).display();
      case "perMonthUsd", "usdPerMonth", "savingPerMonthUsd", "wasteUsdPerMonth" ->
          Money.usd(v).display(2);
      case "latencySeconds", "serialLatencySeconds", "secondsPerRun" ->
          v.setScale(1, RoundingMode.HALF_EVEN).toPlainString() + " s";
      case "failureRisk", "failureProbability" ->
          v.movePointRight(2).setScale(2, RoundingMode.HALF_EVEN).toPlainString() + " %";
      case "runsPerMonth", "inputTokens", "outputTokens" ->
          String.format(Locale.ROOT, "%,d", v.longValueExact());
      case "line", "column", "overall", "score", "weight", "pointsLost" ->
          Long.toString(v.longValueExact());
      case "total", "ethicsMultiplier" -> v.toPlainString();
      default -> throw new AssertionError("no display rule for " + pointer);
    };
  }
}
