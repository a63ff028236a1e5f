package ai.cromus.report.internal;

import ai.cromus.core.croms.Croms;
import ai.cromus.core.croms.CromsDimension;
import ai.cromus.core.croms.CromsFinding;
import java.math.BigDecimal;
import java.util.List;

/**
 * Croms, the score of preventable waste: the total and its label, the ethics multiplier, the four
 * dimensions as bars (0 to 100, higher is more waste), and every finding with what it costs a
 * month, the seconds a run it loses, and its fix.
 */
final class CromsSection implements Section {
  /** The dimensions' weights in the total (docs/simulation.md, section 4). */
  private static final List<String> WEIGHTS = List.of("35 %", "25 %", "25 %", "15 %");

  @Override
  public String id() {
    return "croms";
  }

  @Override
  public String title() {
    return "Croms: preventable waste";
  }

  @Override
  public boolean applies(ReportModel m) {
    return m.result().croms().isPresent();
  }

  @Override
  public void body(ReportModel m, Html h) {
    Croms c = m.result().croms().get();
    h.open("p").text("Croms ");
    ReportFigures.exact(h, ReportFigures.pointer("croms", "total"), c.total());
    h.text(" (" + c.label().id() + "), ethics multiplier ");
    ReportFigures.exact(
        h, ReportFigures.pointer("croms", "ethicsMultiplier"), c.ethicsMultiplier());
    h.text(", preventable waste ");
    ReportFigures.perMonth(
        h, ReportFigures.pointer("croms", "wasteUsdPerMonth"), c.wasteUsdPerMonth());
    h.text(" a month. Lower is better: 0 is a workflow with nothing to prevent.").close("p");
    h.newline();
    BarTable t =
        new BarTable(
                "Croms by dimension (0 to 100, lower is better)",
                List.of("dimension", "weight", "score"))
            .scale(BigDecimal.valueOf(100));
    for (CromsDimension d : CromsDimension.values()) {
      BigDecimal v = c.dimensions().getOrDefault(d, BigDecimal.ZERO);
      String weight = WEIGHTS.get(d.ordinal());
      t.row(
          d.id(),
          v,
          "b-bad",
          List.of(
              x -> x.text(weight),
              x -> {
                if (c.dimensions().containsKey(d)) {
                  ReportFigures.exact(x, ReportFigures.pointer("croms", "dimensions", d.id()), v);
                } else {
                  x.text("—");
                }
              }));
    }
    t.render(h);
    findings(c, m, h);
  }

  private static void findings(Croms c, ReportModel m, Html h) {
    if (c.findings().isEmpty()) {
      h.element("p", "No findings: nothing to prevent.", "class", "note").newline();
      return;
    }
    h.open("div", "class", "scroll")
        .open("table")
        .element("caption", "Findings, each with its fix");
    h.open("thead").open("tr");
    for (String col : List.of("finding", "steps", "a month", "s a run", "fix")) {
      h.element(
          "th",
          col,
          "scope",
          "col",
          "class",
          col.startsWith("a ") || col.startsWith("s ") ? "num" : null);
    }
    h.close("tr").close("thead").open("tbody").newline();
    for (int i = 0; i < c.findings().size(); i++) {
      CromsFinding f = c.findings().get(i);
      String at = ReportFigures.pointer("croms", "findings", i);
      h.open("tr").open("td", "class", "long");
      h.element("span", f.severity().id(), "class", "sev " + f.severity().id()).text(" ");
      h.element("code", f.kind()).open("br").text(f.message()).close("td");
      h.element("td", steps(m, f.steps()), "class", "long");
      h.open("td", "class", "num");
      ReportFigures.perMonth(h, at + "/usdPerMonth", f.usdPerMonth());
      h.close("td").open("td", "class", "num");
      ReportFigures.seconds(h, at + "/secondsPerRun", f.secondsPerRun());
      h.close("td").element("td", f.fix(), "class", "long").close("tr").newline();
    }
    h.close("tbody").close("table").close("div").newline();
  }

  static String steps(ReportModel m, List<String> ids) {
    if (ids.isEmpty()) {
      return "the whole workflow";
    }
    StringBuilder b = new StringBuilder();
    for (String id : ids) {
      int n = m.number(id);
      b.append(b.length() == 0 ? "" : ", ").append(n > 0 ? n + ". " : "").append(id);
    }
    return b.toString();
  }
}
