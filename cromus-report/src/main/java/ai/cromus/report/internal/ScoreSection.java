package ai.cromus.report.internal;

import ai.cromus.core.score.DimensionScore;
import ai.cromus.core.score.ScoreFinding;
import ai.cromus.core.score.StructuralScore;
import java.math.BigDecimal;
import java.util.List;

/**
 * The structural score of the written workflow: the overall score, each of the six dimensions as a
 * bar (0 to 100, higher is better) with its weight, and every finding with the points it costs and
 * its fix.
 */
final class ScoreSection implements Section {
  @Override
  public String id() {
    return "score";
  }

  @Override
  public String title() {
    return "Structural score";
  }

  @Override
  public void body(ReportModel m, Html h) {
    StructuralScore s = m.result().structuralScore();
    h.open("p").text("Overall ");
    ReportFigures.integer(h, ReportFigures.pointer("score", "overall"), s.overall());
    h.text(
            " of 100: how completely and clearly the workflow is written, and how well it handles"
                + " failure and governance.")
        .close("p")
        .newline();
    BarTable t =
        new BarTable(
                "Score by dimension (0 to 100, higher is better)",
                List.of("dimension", "weight", "score"))
            .scale(BigDecimal.valueOf(100));
    for (DimensionScore d : s.dimensions()) {
      String at = ReportFigures.pointer("score", "dimensions", d.dimension().id());
      t.row(
          d.dimension().id(),
          BigDecimal.valueOf(d.score()),
          d.score() >= 80 ? "b-good" : d.score() >= 50 ? "b-alt" : "b-bad",
          List.of(
              x -> {
                ReportFigures.integer(x, at + "/weight", d.weight());
                x.text(" %");
              },
              x -> ReportFigures.integer(x, at + "/score", d.score())));
    }
    t.render(h);
    findings(m, s, h);
  }

  private static void findings(ReportModel m, StructuralScore s, Html h) {
    boolean any = s.dimensions().stream().anyMatch(d -> !d.findings().isEmpty());
    if (!any) {
      h.element("p", "No findings.", "class", "note").newline();
      return;
    }
    h.open("div", "class", "scroll")
        .open("table")
        .element("caption", "Findings, each with its fix");
    h.open("thead").open("tr");
    for (String col : List.of("dimension", "finding", "points lost", "steps", "fix")) {
      h.element("th", col, "scope", "col", "class", col.equals("points lost") ? "num" : null);
    }
    h.close("tr").close("thead").open("tbody").newline();
    for (DimensionScore d : s.dimensions()) {
      for (int i = 0; i < d.findings().size(); i++) {
        ScoreFinding f = d.findings().get(i);
        String at = ReportFigures.pointer("score", "dimensions", d.dimension().id(), "findings", i);
        h.open("tr").element("td", d.dimension().id());
        h.open("td", "class", "long").element("code", f.check()).open("br").text(f.message());
        h.close("td").open("td", "class", "num");
        ReportFigures.integer(h, at + "/pointsLost", f.pointsLost());
        h.close("td");
        h.element("td", CromsSection.steps(m, f.steps()), "class", "long");
        h.element("td", f.fix(), "class", "long").close("tr").newline();
      }
    }
    h.close("tbody").close("table").close("div").newline();
  }
}
