package ai.cromus.report.internal;

import ai.cromus.core.CompileResult;
import ai.cromus.core.money.Money;
import ai.cromus.core.simulation.Alternative;
import ai.cromus.core.simulation.Recommendation;
import java.util.ArrayList;
import java.util.List;

/**
 * The recommended model of each model step under the mode in force, with its ecosystem badge (tier,
 * channel, setup effort), its cost a run, the saving against the declared plan a run and a month,
 * and the next best choices.
 */
final class RecommendationsSection implements Section {
  @Override
  public String id() {
    return "recommendations";
  }

  @Override
  public String title() {
    return "Recommendations";
  }

  @Override
  public boolean applies(ReportModel m) {
    return m.simulation().isPresent();
  }

  @Override
  public void body(ReportModel m, Html h) {
    CompileResult r = m.result();
    List<Integer> shown = new ArrayList<>();
    for (int i = 0; i < r.recommendations().size(); i++) {
      if (r.recommendations().get(i).mode() == m.mode()) {
        shown.add(i);
      }
    }
    h.element(
            "p",
            "The model Cromus recommends for each model step under the "
                + m.mode().id()
                + " mode ("
                + m.modeSource()
                + "), and what it saves against the declared plan. The badge says where the model"
                + " runs and what it takes to set up.",
            "class",
            "note")
        .newline();
    if (shown.isEmpty()) {
      h.element("p", "No model steps: nothing to recommend.").newline();
      return;
    }
    h.open("div", "class", "scroll").open("table");
    h.element("caption", "Recommended models, mode " + m.mode().id());
    h.open("thead").open("tr");
    for (String col :
        List.of("step", "model", "a run", "saves a run", "saves a month", "next best")) {
      boolean num = col.startsWith("a ") || col.startsWith("saves");
      h.element("th", col, "scope", "col", "class", num ? "num" : null);
    }
    h.close("tr").close("thead").open("tbody").newline();
    for (int i : shown) {
      row(m, r.recommendations().get(i), ReportFigures.pointer("recommendations", i), h);
    }
    h.close("tbody").close("table").close("div").newline();
  }

  private static void row(ReportModel m, Recommendation rec, String at, Html h) {
    int n = m.number(rec.stepId());
    String title = m.result().workflow().step(rec.stepId()).map(s -> s.title()).orElse("");
    h.open("tr").open("th", "scope", "row").text((n > 0 ? n + ". " : "") + title);
    h.element("span", rec.stepId(), "class", "detail").close("th");
    h.open("td", "class", "long").element("strong", rec.model()).open("br");
    h.element(
        "span", rec.badge().label(), "class", "pill", "title", "ecosystem tier · channel · setup");
    h.close("td").open("td", "class", "num");
    ReportFigures.perRun(h, at + "/perRunUsd", rec.perRun());
    h.close("td").open("td", "class", "num");
    saving(h, at + "/savingPerRunUsd", rec.savingPerRun(), false);
    h.close("td").open("td", "class", "num");
    saving(h, at + "/savingPerMonthUsd", rec.savingPerMonth(), true);
    h.close("td").open("td", "class", "long");
    List<String> alts = new ArrayList<>();
    for (Alternative a : rec.alternatives()) {
      alts.add(a.model() + " (" + a.channel() + ")");
    }
    h.text(alts.isEmpty() ? "—" : String.join(", ", alts)).close("td").close("tr").newline();
  }

  /** A saving; a negative one (the recommendation costs more) in red. */
  private static void saving(Html h, String pointer, Money m, boolean month) {
    h.open("span", "class", m.isNegative() ? "bad" : m.isZero() ? null : "good");
    if (month) {
      ReportFigures.perMonth(h, pointer, m);
    } else {
      ReportFigures.perRun(h, pointer, m);
    }
    h.close("span");
  }
}
