package ai.cromus.report.internal;

import ai.cromus.core.risk.RiskAnalysis;
import ai.cromus.core.risk.RiskFinding;
import ai.cromus.core.risk.StepRisk;
import ai.cromus.core.workflow.DataClass;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Risk, what the workflow may do: its level and the scope's maximum, what each step may do, reads
 * and handles and whether a person approves it first, and every finding with the steps that lead to
 * it and its fix, highest level first.
 */
final class RiskSection implements Section {
  @Override
  public String id() {
    return "risk";
  }

  @Override
  public String title() {
    return "Risk: what the workflow may do";
  }

  @Override
  public boolean applies(ReportModel m) {
    return !m.result().workflow().steps().isEmpty();
  }

  @Override
  public void body(ReportModel m, Html h) {
    RiskAnalysis a = m.result().risk();
    int n = a.findings().size();
    h.open("p").text("Risk ");
    h.element("span", a.level().id(), "class", "sev " + a.level().id());
    h.text(", " + n + (n == 1 ? " finding" : " findings") + ". ");
    h.text(
        a.maximum()
            .map(x -> "The scope's risk_max is " + x.id() + ": a higher level fails the verdict.")
            .orElse("The scope sets no risk_max, so risk does not change the verdict."));
    h.close("p").newline();
    steps(a, m, h);
    findings(a, m, h);
  }

  private static void steps(RiskAnalysis a, ReportModel m, Html h) {
    h.open("div", "class", "scroll")
        .open("table")
        .element(
            "caption", "What each step may do (* inferred from its tools and text, not stated)");
    h.open("thead").open("tr");
    for (String col : List.of("step", "effect", "input", "data", "approved first", "level")) {
      h.element("th", col, "scope", "col");
    }
    h.close("tr").close("thead").open("tbody").newline();
    for (StepRisk s : a.steps()) {
      h.open("tr");
      h.element("td", CromsSection.steps(m, List.of(s.step())), "class", "long");
      h.element("td", s.effect().map(e -> e.id() + (s.effectInferred() ? " *" : "")).orElse("—"));
      h.element("td", s.untrusted() ? "untrusted" + (s.trustInferred() ? " *" : "") : "—");
      h.element(
          "td",
          s.data().isEmpty()
              ? "—"
              : s.data().stream().map(DataClass::id).collect(Collectors.joining(", ")));
      h.element("td", s.approvedBefore() ? "yes" : "no");
      h.open("td").element("span", s.level().id(), "class", "sev " + s.level().id()).close("td");
      h.close("tr").newline();
    }
    h.close("tbody").close("table").close("div").newline();
  }

  private static void findings(RiskAnalysis a, ReportModel m, Html h) {
    if (a.findings().isEmpty()) {
      h.element("p", "No findings: nothing the workflow does needs a change.", "class", "note")
          .newline();
      return;
    }
    h.open("div", "class", "scroll")
        .open("table")
        .element("caption", "Findings, each with the steps that lead to it and its fix");
    h.open("thead").open("tr");
    for (String col : List.of("finding", "path", "fix")) {
      h.element("th", col, "scope", "col");
    }
    h.close("tr").close("thead").open("tbody").newline();
    for (RiskFinding f : a.findings()) {
      h.open("tr").open("td", "class", "long");
      h.element("span", f.level().id(), "class", "sev " + f.level().id()).text(" ");
      h.element("code", f.rule());
      f.field().ifPresent(x -> h.text(" (" + x + ")"));
      h.open("br").text(f.message()).close("td");
      h.element(
          "td",
          f.path().isEmpty() ? "the whole workflow" : CromsSection.steps(m, f.path()),
          "class",
          "long");
      h.element("td", f.fix(), "class", "long").close("tr").newline();
    }
    h.close("tbody").close("table").close("div").newline();
  }
}
