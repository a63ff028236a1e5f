package ai.cromus.report.internal;

import ai.cromus.core.diagnostic.Diagnostic;
import ai.cromus.core.diagnostic.Severity;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every diagnostic, errors first as the result orders them: severity, rule, where (source, line and
 * column), the message, the hint, and, when the options carry the source's text, the lines around
 * it with the diagnostic's line marked. Past {@value #MAX_EXCERPTS} diagnostics the rest are listed
 * without excerpts, so that a hostile input with thousands of findings stays readable.
 */
final class DiagnosticsSection implements Section {
  static final int MAX_EXCERPTS = 200;

  @Override
  public String id() {
    return "diagnostics";
  }

  @Override
  public String title() {
    return "Diagnostics";
  }

  @Override
  public void body(ReportModel m, Html h) {
    List<Diagnostic> ds = m.result().diagnostics();
    long errors = ds.stream().filter(d -> d.severity() == Severity.ERROR).count();
    long warnings = ds.stream().filter(d -> d.severity() == Severity.WARNING).count();
    h.element(
            "p",
            ds.isEmpty()
                ? "No diagnostics."
                : errors
                    + plural(errors, " error")
                    + ", "
                    + warnings
                    + plural(warnings, " warning")
                    + ", "
                    + (ds.size() - errors - warnings)
                    + " info.",
            "class",
            "note")
        .newline();
    Map<String, SourceLines> sources = new HashMap<>();
    for (int i = 0; i < ds.size(); i++) {
      Diagnostic d = ds.get(i);
      String at = ReportFigures.pointer("diagnostics", i);
      h.open("div", "class", "diag").open("p");
      h.element("span", d.severity().id(), "class", "sev " + d.severity().id()).text(" ");
      h.element("code", d.rule()).text(" · ").open("span", "class", "mono").text(d.source() + ":");
      ReportFigures.integer(h, at + "/line", d.line());
      h.text(":");
      ReportFigures.integer(h, at + "/column", d.column());
      h.close("span").close("p");
      h.element("p", d.message());
      d.hint().ifPresent(x -> h.element("p", "Hint: " + x, "class", "hint"));
      String text = m.options().sources().get(d.source());
      if (text != null && i < MAX_EXCERPTS) {
        excerpt(sources.computeIfAbsent(d.source(), k -> new SourceLines(text)), d, m, h);
      }
      h.close("div").newline();
    }
  }

  private static void excerpt(SourceLines lines, Diagnostic d, ReportModel m, Html h) {
    if (d.line() > lines.count()) {
      return;
    }
    int context = m.options().excerptLines();
    int from = Math.max(1, d.line() - context);
    int to = Math.min(lines.count(), d.line() + context);
    h.open("pre", "class", "excerpt");
    for (int n = from; n <= to; n++) {
      h.open("span", "class", n == d.line() ? "hit" : null);
      h.element("span", Integer.toString(n), "class", "ln");
      h.text(lines.shown(n, n == d.line() ? d.column() : 1)).close("span");
    }
    h.close("pre");
  }

  private static String plural(long n, String word) {
    return n == 1 ? word : word + "s";
  }
}
