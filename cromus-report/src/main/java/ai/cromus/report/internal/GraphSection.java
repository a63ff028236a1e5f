package ai.cromus.report.internal;

import ai.cromus.core.simulation.StepSimulation;
import ai.cromus.core.workflow.Step;
import java.util.List;
import java.util.Optional;

/**
 * The workflow as a graph (inline SVG, up to {@value #MAX_DRAWN} steps; larger workflows are listed
 * only), its legend, and the table of steps that is its text equivalent: number, title, kind,
 * dependencies, model and token sizes.
 */
final class GraphSection implements Section {
  static final int MAX_DRAWN = 150;

  @Override
  public String id() {
    return "workflow";
  }

  @Override
  public String title() {
    return "Workflow";
  }

  @Override
  public void body(ReportModel m, Html h) {
    int n = m.graph().size();
    if (n == 0) {
      h.element("p", "The workflow has no steps.", "class", "note").newline();
      return;
    }
    if (n <= MAX_DRAWN) {
      h.open("figure", "class", "graphfig");
      h.open("div", "class", "scroll");
      new GraphSvg(m).render(h);
      h.close("div");
      h.element(
          "figcaption",
          "Each box is a step: number and title, kind and model, then its cost a run and latency in"
              + " the declared plan. Arrows run from a step to the steps that need its output.");
      h.close("figure").newline();
      legend(m, h);
    } else {
      h.element(
              "p",
              "The workflow has "
                  + n
                  + " steps, too many to draw legibly (the graph is drawn up to "
                  + MAX_DRAWN
                  + "); the table lists them.",
              "class",
              "note")
          .newline();
    }
    table(m, h);
  }

  private static void legend(ReportModel m, Html h) {
    h.open("ul", "class", "legend");
    if (m.critical().isPresent()) {
      h.open("li").open("span", "class", "sw crit").close("span").text("critical path").close("li");
    }
    h.open("li").open("span", "class", "sw").close("span").text("dependency").close("li");
    h.open("li").open("span", "class", "sw back").close("span").text("closes a cycle").close("li");
    h.element("li", "↻ loop  ◆ decision  ◇ runs only when its condition holds");
    h.close("ul").newline();
  }

  private static void table(ReportModel m, Html h) {
    List<Step> steps = m.result().workflow().steps();
    h.open("div", "class", "scroll").open("table");
    h.element("caption", "Steps (~ marks estimated token sizes)");
    h.open("thead").open("tr");
    for (String c : List.of("#", "step", "kind", "after", "model", "in tokens", "out tokens")) {
      h.element("th", c, "scope", "col", "class", c.endsWith("tokens") ? "num" : null);
    }
    h.close("tr").close("thead").open("tbody").newline();
    Optional<PlanCriticalPath> cp = m.critical();
    for (int i = 0; i < steps.size(); i++) {
      Step s = steps.get(i);
      int node = m.number(s.id()) - 1;
      boolean crit = cp.isPresent() && node == i && cp.get().contains(node);
      String at = ReportFigures.pointer("workflow", "steps", i);
      h.open("tr", "class", crit ? "crit" : null).element("td", Integer.toString(i + 1));
      h.open("th", "scope", "row").text(s.title()).element("span", s.id(), "class", "detail");
      h.close("th");
      h.element("td", s.kind().id() + (s.kindDeclared() ? "" : " (inferred)"));
      h.element(
          "td",
          s.dependsOn().isEmpty()
              ? "—"
              : String.join(", ", s.dependsOn()) + (s.dependenciesDeclared() ? "" : " (inferred)"),
          "class",
          "long");
      String model =
          (node == i ? m.declared(s.id()) : Optional.<StepSimulation>empty())
              .flatMap(StepSimulation::model)
              .or(s::model)
              .orElse("—");
      h.element("td", model);
      h.open("td", "class", "num");
      ReportFigures.count(h, at + "/inputTokens", s.inputTokens().tokens());
      h.text(s.inputTokens().declared() ? "" : "~").close("td").open("td", "class", "num");
      ReportFigures.count(h, at + "/outputTokens", s.outputTokens().tokens());
      h.text(s.outputTokens().declared() ? "" : "~").close("td").close("tr").newline();
    }
    h.close("tbody").close("table").close("div").newline();
  }
}
