package ai.cromus.cli.internal;

import ai.cromus.core.CompileResult;
import ai.cromus.core.catalog.EcosystemBadge;
import ai.cromus.core.croms.Croms;
import ai.cromus.core.croms.CromsDimension;
import ai.cromus.core.croms.CromsFinding;
import ai.cromus.core.simulation.Alternative;
import ai.cromus.core.simulation.Baseline;
import ai.cromus.core.simulation.CostMode;
import ai.cromus.core.simulation.MatrixCell;
import ai.cromus.core.simulation.PlanSimulation;
import ai.cromus.core.simulation.Recommendation;
import ai.cromus.core.simulation.Simulation;
import ai.cromus.core.simulation.StepSimulation;
import ai.cromus.core.simulation.Tcwo;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The {@code simulation}, {@code recommendations} and {@code croms} parts of the JSON report. Money
 * is an exact decimal number; keys are written in a fixed order and only ever added.
 */
public final class SimulationJson {
  private SimulationJson() {}

  /** Adds the three parts to {@code root} when the result has a simulation. */
  public static void addTo(ObjectNode root, CompileResult r) {
    r.simulation().ifPresent(s -> root.set("simulation", simulation(s)));
    if (r.simulation().isPresent()) {
      root.set("recommendations", recommendations(r));
    }
    r.croms().ifPresent(c -> root.set("croms", croms(c)));
  }

  public static ObjectNode simulation(Simulation s) {
    ObjectNode n = Json.object();
    n.put("runsPerMonth", s.runsPerMonth());
    n.set("declared", plan(s.declared()));
    ObjectNode modes = n.putObject("modes");
    for (CostMode m : CostMode.values()) {
      if (s.modes().containsKey(m)) {
        modes.set(m.id(), plan(s.modes().get(m)));
      }
    }
    ArrayNode matrix = n.putArray("matrix");
    for (MatrixCell c : s.matrix()) {
      ObjectNode cn = matrix.addObject();
      cn.put("tier", c.tier().id());
      cn.put("mode", c.mode().id());
      cn.put("feasible", c.feasible());
      cn.put("perRunUsd", c.perRun().amount());
      cn.put("perMonthUsd", c.perMonth().amount());
    }
    s.baseline().ifPresent(b -> n.set("baseline", baseline(b)));
    s.tcwo().ifPresent(t -> n.set("tcwo", tcwo(t)));
    return n;
  }

  public static ObjectNode plan(PlanSimulation p) {
    ObjectNode n = Json.object();
    n.put("perRunUsd", p.perRun().amount());
    n.put("perMonthUsd", p.perMonth().amount());
    n.put("latencySeconds", p.latencySeconds());
    n.put("serialLatencySeconds", p.serialLatencySeconds());
    n.put("failureRisk", p.failureRisk());
    n.put("feasible", p.feasible());
    ArrayNode problems = n.putArray("problems");
    p.problems().forEach(problems::add);
    ArrayNode steps = n.putArray("steps");
    for (StepSimulation s : p.steps()) {
      ObjectNode sn = steps.addObject();
      sn.put("id", s.stepId());
      s.model().ifPresent(m -> sn.put("model", m));
      s.channel().ifPresent(c -> sn.put("channel", c));
      s.requiredTier().ifPresent(t -> sn.put("tier", t.id()));
      sn.put("usd", s.cost().amount());
      sn.put("retryUsd", s.retryCost().amount());
      sn.put("latencySeconds", s.latencySeconds());
      sn.put("failureProbability", s.failureProbability());
      sn.put("inputTokens", s.inputTokens());
      sn.put("outputTokens", s.outputTokens());
      sn.put("reasoningTokens", s.reasoningTokens());
      sn.put("expectedCalls", s.expectedCalls());
      sn.put("tokensEstimated", s.estimated());
      sn.put("batch", s.batch());
      sn.put("cached", s.cached());
      ArrayNode notes = sn.putArray("notes");
      s.notes().forEach(notes::add);
    }
    return n;
  }

  static ObjectNode baseline(Baseline b) {
    ObjectNode n = Json.object();
    n.put("apiUsdPerMonth", b.apiPerMonth().amount());
    n.put("humanReviewUsdPerMonth", b.humanReviewPerMonth().amount());
    n.put("errorCorrectionUsdPerMonth", b.errorCorrectionPerMonth().amount());
    n.put("maintenanceUsdPerMonth", b.maintenancePerMonth().amount());
    n.put("monitoringUsdPerMonth", b.monitoringPerMonth().amount());
    n.put("totalUsdPerMonth", b.totalPerMonth().amount());
    return n;
  }

  static ObjectNode tcwo(Tcwo t) {
    ObjectNode n = Json.object();
    n.put("baselineUsdPerMonth", t.baselinePerMonth().amount());
    n.put("cromsWasteUsdPerMonth", t.cromsWastePerMonth().amount());
    n.put("integrationUsdPerMonth", t.integrationPerMonth().amount());
    n.put("totalUsdPerMonth", t.totalPerMonth().amount());
    n.put("outcomesPerMonth", t.outcomesPerMonth());
    t.perOutcome().ifPresent(m -> n.put("usdPerOutcome", m.amount()));
    return n;
  }

  static ObjectNode badge(EcosystemBadge b) {
    ObjectNode n = Json.object();
    n.put("tier", b.tier().id());
    n.put("channel", b.channel());
    n.put("setupEffort", b.setupEffort());
    return n;
  }

  public static ArrayNode recommendations(CompileResult r) {
    ArrayNode arr = Json.mapper().createArrayNode();
    for (Recommendation rec : r.recommendations()) {
      ObjectNode n = arr.addObject();
      n.put("step", rec.stepId());
      n.put("mode", rec.mode().id());
      rec.requiredTier().ifPresent(t -> n.put("tier", t.id()));
      n.put("model", rec.model());
      n.put("channel", rec.channel());
      n.set("badge", badge(rec.badge()));
      n.put("perRunUsd", rec.perRun().amount());
      n.put("savingPerRunUsd", rec.savingPerRun().amount());
      n.put("savingPerMonthUsd", rec.savingPerMonth().amount());
      ArrayNode reasons = n.putArray("reasons");
      rec.reasons().forEach(reasons::add);
      ArrayNode alts = n.putArray("alternatives");
      for (Alternative a : rec.alternatives()) {
        ObjectNode an = alts.addObject();
        an.put("model", a.model());
        an.put("channel", a.channel());
        an.set("badge", badge(a.badge()));
        an.put("perRunUsd", a.perRun().amount());
      }
    }
    return arr;
  }

  public static ObjectNode croms(Croms c) {
    ObjectNode n = Json.object();
    n.put("total", c.total());
    n.put("label", c.label().id());
    n.put("ethicsMultiplier", c.ethicsMultiplier());
    ObjectNode dims = n.putObject("dimensions");
    for (CromsDimension d : CromsDimension.values()) {
      if (c.dimensions().containsKey(d)) {
        dims.put(d.id(), c.dimensions().get(d));
      }
    }
    n.put("wasteUsdPerMonth", c.wasteUsdPerMonth().amount());
    ArrayNode fs = n.putArray("findings");
    for (CromsFinding f : c.findings()) {
      ObjectNode fn = fs.addObject();
      fn.put("kind", f.kind());
      fn.put("dimension", f.dimension().map(CromsDimension::id).orElse("ethics"));
      fn.put("severity", f.severity().id());
      ArrayNode st = fn.putArray("steps");
      f.steps().forEach(st::add);
      fn.put("usdPerMonth", f.usdPerMonth().amount());
      fn.put("secondsPerRun", f.secondsPerRun());
      fn.put("message", f.message());
      fn.put("fix", f.fix());
    }
    return n;
  }
}
