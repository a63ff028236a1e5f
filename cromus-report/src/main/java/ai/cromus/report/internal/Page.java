package ai.cromus.report.internal;

import ai.cromus.core.CompileResult;
import ai.cromus.report.HtmlReportOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The document: head (charset, viewport, a Content-Security-Policy that forbids every load and
 * every script, the inline style sheet), the header, the table of contents, one {@code <section>}
 * per {@link Section} that applies, and the footer.
 */
public final class Page {
  /** The sections, in the order they appear. */
  static final List<Section> SECTIONS =
      List.of(
          new BudgetSection(),
          new GraphSection(),
          new PlansSection(),
          new StepCostSection(),
          new MatrixSection(),
          new LatencySection(),
          new CromsSection(),
          new RiskSection(),
          new ScoreSection(),
          new RecommendationsSection(),
          new DiagnosticsSection());

  /** Nothing may load or run: styles are inline, images none. */
  static final String POLICY =
      "default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; script-src 'none';"
          + " form-action 'none'; base-uri 'none'";

  private static final String CSS = css();

  private Page() {}

  public static String render(CompileResult r, HtmlReportOptions o) {
    ReportModel m = new ReportModel(r, o);
    Html h = new Html();
    h.raw("<!DOCTYPE html>\n").open("html", "lang", "en").newline();
    head(m, h);
    h.open("body").newline();
    HeaderSection.render(m, h);
    List<Section> shown = SECTIONS.stream().filter(s -> s.applies(m)).toList();
    h.open("nav", "class", "toc", "aria-label", "Sections").open("div", "class", "wrap").open("ul");
    for (Section s : shown) {
      h.open("li").element("a", s.title(), "href", "#" + s.id()).close("li");
    }
    h.close("ul").close("div").close("nav").newline();
    h.open("main", "class", "wrap").newline();
    for (Section s : shown) {
      h.open("section", "id", s.id(), "aria-labelledby", s.id() + "-h").newline();
      h.element("h2", s.title(), "id", s.id() + "-h").newline();
      s.body(m, h);
      h.close("section").newline();
    }
    h.close("main").newline();
    footer(m, h);
    h.close("body").newline().close("html").newline();
    return h.toString();
  }

  private static void head(ReportModel m, Html h) {
    CompileResult r = m.result();
    h.open("head").newline();
    h.open("meta", "charset", "utf-8").newline();
    h.open("meta", "http-equiv", "Content-Security-Policy", "content", POLICY).newline();
    h.open("meta", "name", "viewport", "content", "width=device-width, initial-scale=1").newline();
    h.open("meta", "name", "generator", "content", "Cromus " + r.cromusVersion()).newline();
    h.element("title", r.workflow().title() + " · Cromus report · " + r.verdict().status().name())
        .newline();
    h.open("style").raw(CSS).close("style").newline();
    h.close("head").newline();
  }

  private static void footer(ReportModel m, Html h) {
    CompileResult r = m.result();
    h.open("footer", "class", "wrap");
    h.open("p")
        .text("Cromus " + r.cromusVersion())
        .text(r.catalogVersion().map(v -> ", model catalog " + v).orElse(", no model catalog"))
        .text(
            ". Amounts are US dollars: a run with 4 decimals (two significant digits where those"
                + " show fewer), a month with 2, rounded half-even; seconds with one decimal. Each"
                + " figure carries its exact value, the one in the JSON report (cromus compile"
                + " --format json).")
        .close("p");
    h.close("footer").newline();
  }

  private static String css() {
    try (InputStream in = Page.class.getResourceAsStream("report.css")) {
      if (in == null) {
        throw new IllegalStateException("report.css is missing from the cromus-report jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
