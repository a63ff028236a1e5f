package ai.cromus.report.internal;

import ai.cromus.core.CompileResult;
import ai.cromus.core.Verdict;
import ai.cromus.core.croms.Croms;
import ai.cromus.core.risk.RiskAnalysis;
import ai.cromus.core.risk.RiskLevel;
import ai.cromus.core.scope.Scope;
import ai.cromus.core.simulation.PlanSimulation;
import ai.cromus.core.simulation.Simulation;
import ai.cromus.core.simulation.StepSimulation;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The top of the page: what the workflow is, the verdict and its reasons, the key figures as tiles
 * (declared cost, budget headroom, the cheapest mode, latency, Croms, risk, structural score), and
 * the scope and catalog in force.
 */
final class HeaderSection {
  private HeaderSection() {}

  static void render(ReportModel m, Html h) {
    CompileResult r = m.result();
    h.open("header", "class", "top").open("div", "class", "wrap").newline();
    h.element(
            "p",
            "Cromus report"
                + r.catalogVersion()
                    .map(v -> " · model catalog " + v)
                    .orElse(" · no model catalog"),
            "class",
            "eyebrow")
        .newline();
    h.element("h1", heading(r)).newline();
    int steps = r.workflow().steps().size();
    h.element(
            "p",
            r.workflow().name()
                + " · "
                + r.workflow().format().id()
                + " · "
                + steps
                + (steps == 1 ? " step" : " steps")
                + " · "
                + r.workflow().source(),
            "class",
            "sub")
        .newline();
    verdict(r.verdict(), h);
    tiles(m, h);
    scope(m, h);
    h.close("div").close("header").newline();
  }

  /** The workflow's title, or "Untitled workflow" when it is blank (a heading may not be empty). */
  static String heading(CompileResult r) {
    return r.workflow().title().isBlank() ? "Untitled workflow" : r.workflow().title();
  }

  private static void verdict(Verdict v, Html h) {
    String id = v.status().id();
    h.open("div", "class", "verdict " + id).open("p");
    h.element("span", v.status().name(), "class", "status");
    h.text(
        switch (v.status()) {
          case PASS -> "Ready to run: no errors, every budget and threshold met.";
          case WARN -> "Can run, with warnings to review first.";
          case FAIL -> "Should not run as written.";
        });
    h.close("p");
    if (!v.reasons().isEmpty()) {
      h.open("ul");
      for (String reason : v.reasons()) {
        h.element("li", reason);
      }
      h.close("ul");
    }
    h.close("div").newline();
  }

  private static void tiles(ReportModel m, Html h) {
    CompileResult r = m.result();
    h.open("dl", "class", "tiles").newline();
    if (r.simulation().isPresent()) {
      Simulation s = r.simulation().get();
      PlanSimulation d = s.declared();
      tile(h, "Declared plan");
      h.open("dd", "class", "big");
      ReportFigures.perMonth(
          h, ReportFigures.pointer("simulation", "declared", "perMonthUsd"), d.perMonth());
      h.text(" a month").close("dd").open("dd", "class", "small");
      ReportFigures.perRun(
          h, ReportFigures.pointer("simulation", "declared", "perRunUsd"), d.perRun());
      h.text(" a run × ");
      ReportFigures.count(h, ReportFigures.pointer("simulation", "runsPerMonth"), s.runsPerMonth());
      h.text(" runs").close("dd").close("div").newline();
      BudgetSection.tile(m, h);
      cheapest(m, h);
      tile(h, "Latency");
      h.open("dd", "class", "big");
      ReportFigures.seconds(
          h, ReportFigures.pointer("simulation", "declared", "latencySeconds"), d.latencySeconds());
      h.close("dd").open("dd", "class", "small").text("critical path; ");
      ReportFigures.seconds(
          h,
          ReportFigures.pointer("simulation", "declared", "serialLatencySeconds"),
          d.serialLatencySeconds());
      h.text(" one after another").close("dd").close("div").newline();
    }
    r.croms().ifPresent(c -> croms(c, h));
    if (!r.workflow().steps().isEmpty()) {
      risk(r.risk(), h);
    }
    tile(h, "Structural score");
    h.open("dd", "class", "big");
    ReportFigures.integer(
        h, ReportFigures.pointer("score", "overall"), r.structuralScore().overall());
    h.text(" / 100")
        .close("dd")
        .element("dd", "six dimensions of the written SOP", "class", "small");
    h.close("div").newline();
    h.close("dl").newline();
  }

  static void tile(Html h, String title) {
    h.open("div").element("dt", title);
  }

  /** The feasible mode that costs least a month; ties go to the first in mode order. */
  private static void cheapest(ReportModel m, Html h) {
    Optional<PlanSimulation> best = Optional.empty();
    for (PlanSimulation p : m.plans()) {
      if (p.mode().isPresent()
          && p.feasible()
          && (best.isEmpty() || p.perMonth().compareTo(best.get().perMonth()) < 0)) {
        best = Optional.of(p);
      }
    }
    if (best.isEmpty()) {
      return;
    }
    PlanSimulation p = best.get();
    String at = ReportModel.planPointer(p);
    tile(h, "Cheapest mode");
    h.open("dd", "class", "big good");
    ReportFigures.perMonth(h, at + "/perMonthUsd", p.perMonth());
    h.text(" a month").close("dd").open("dd", "class", "small");
    h.text(ReportModel.planName(p) + " mode, ");
    ReportFigures.perRun(h, at + "/perRunUsd", p.perRun());
    h.text(" a run").close("dd").close("div").newline();
  }

  private static void croms(Croms c, Html h) {
    tile(h, "Croms");
    h.open("dd", "class", "big");
    ReportFigures.exact(h, ReportFigures.pointer("croms", "total"), c.total());
    h.text(" " + c.label().id()).close("dd").open("dd", "class", "small").text("waste ");
    ReportFigures.perMonth(
        h, ReportFigures.pointer("croms", "wasteUsdPerMonth"), c.wasteUsdPerMonth());
    h.text(" a month").close("dd").close("div").newline();
  }

  private static void risk(RiskAnalysis a, Html h) {
    tile(h, "Risk");
    int n = a.findings().size();
    h.open("dd", "class", "big" + (a.level().isAbove(RiskLevel.LOW) ? " bad" : ""))
        .text(a.level().id())
        .close("dd")
        .element(
            "dd",
            n
                + (n == 1 ? " finding" : " findings")
                + a.maximum().map(x -> ", risk_max " + x.id()).orElse(""),
            "class",
            "small");
    h.close("div").newline();
  }

  private static void scope(ReportModel m, Html h) {
    CompileResult r = m.result();
    Scope s = r.scope();
    StringBuilder b = new StringBuilder("Scope: ");
    b.append(
        m.options()
            .scopeFile()
            .orElse(s.equals(Scope.defaults()) ? "the defaults" : "built in code"));
    s.workspace().ifPresent(w -> b.append(" · workspace ").append(w));
    b.append(" · mode in force: ").append(m.mode().id()).append(" (").append(m.modeSource());
    b.append(") · channels enabled: ");
    b.append(
        s.channels().isEmpty() ? "every channel of the catalog" : String.join(", ", s.channels()));
    if (!s.tiers().isEmpty()) {
      b.append(" · preferred tiers: ");
      b.append(String.join(", ", s.tiers().stream().map(t -> t.id()).toList()));
    }
    r.simulation()
        .ifPresent(
            sim -> {
              TreeSet<String> used = new TreeSet<>();
              for (StepSimulation st : sim.declared().steps()) {
                st.channel().ifPresent(used::add);
              }
              b.append(" · used by the declared plan: ");
              b.append(used.isEmpty() ? "none" : String.join(", ", used));
            });
    b.append(" · Cromus ").append(r.cromusVersion());
    b.append(
        r.catalogVersion().map(v -> ", catalog " + v).orElse(", no catalog: nothing is priced"));
    h.element("p", b.toString(), "class", "scope").newline();
  }
}
