package ai.cromus.report;

import static org.assertj.core.api.Assertions.assertThat;

import ai.cromus.core.CompileResult;
import ai.cromus.core.WorkflowSource;
import ai.cromus.core.scope.Scope;
import ai.cromus.export.HostileText;
import ai.cromus.report.internal.Html;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.htmlunit.WebClient;
import org.htmlunit.html.DomElement;
import org.htmlunit.html.DomNode;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile text (the exporters' hostile titles, seeded random ones, and an SOP with markup in every
 * field) appears as text: the page stays valid HTML5, has no element or attribute the renderer did
 * not write, and shows the title as {@link Html#safe} shows it.
 */
class HostileTitleHtmlTest {
  static final List<String> TITLES = HostileText.TITLES;

  @ParameterizedTest(name = "[{index}] {0}")
  @FieldSource("TITLES")
  void titleIsText(String title) throws Exception {
    check(title, "title " + title);
  }

  static LongStream seeds() {
    return LongStream.range(0, 40);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void randomTitleIsText(long seed) throws Exception {
    String title = HostileText.random(new Random(seed));
    check(title, "seed " + seed + " (rerun: HostileText.random(new Random(" + seed + ")))");
  }

  private static void check(String title, String where) throws Exception {
    CompileResult r = Pages.ENGINE.compile(HostileText.workflow(title), Scope.defaults());
    String html = HtmlReport.render(r);
    assertThat(Pages.check(html)).as(where).isEmpty();
    try (WebClient client = new WebClient()) {
      HtmlPage page = Pages.load(client, html, new ArrayList<>());
      onlyOurMarkup(page, where);
      String shown = Html.safe(title);
      assertThat(page.querySelector("h1").getTextContent())
          .as(where)
          .isEqualTo(title.isBlank() ? "Untitled workflow" : shown);
      assertThat(page.querySelector("#workflow tbody th").getTextContent())
          .as(where)
          .startsWith(shown);
    }
  }

  /** No script, no event handler, no element the renderer does not write. */
  static void onlyOurMarkup(HtmlPage page, String where) {
    List<String> ours =
        List.of(
            "html",
            "head",
            "meta",
            "title",
            "style",
            "body",
            "header",
            "div",
            "p",
            "h1",
            "h2",
            "span",
            "ul",
            "li",
            "dl",
            "dt",
            "dd",
            "nav",
            "a",
            "main",
            "section",
            "table",
            "caption",
            "thead",
            "tbody",
            "tr",
            "th",
            "td",
            "data",
            "figure",
            "figcaption",
            "svg",
            "desc",
            "defs",
            "marker",
            "path",
            "g",
            "rect",
            "text",
            "tspan",
            "code",
            "br",
            "strong",
            "pre",
            "footer");
    for (DomNode n : page.querySelectorAll("*")) {
      DomElement el = (DomElement) n;
      assertThat(ours).as(where + ": element " + el.getTagName()).contains(el.getLocalName());
      for (String a : el.getAttributesMap().keySet()) {
        assertThat(a).as(where + ": attribute of " + el.getTagName()).doesNotStartWith("on");
      }
      if (el.hasAttribute("href")) {
        assertThat(el.getAttribute("href")).as(where).startsWith("#");
      }
    }
  }

  @Test
  void markupInEveryFieldOfAnSopIsText() throws Exception {
    String name = "sops/<b>bold</b>&amp;.md";
    String sop =
        """
        ---
        name: hostile
        title: "<script>alert(1)</script> & co"
        owner: "</title><img src=x onerror=alert(1)>"
        budget:
          per_run_usd: 0.000001
        ---

        # <img src=x onerror=alert(1)>

        ## 1. Classify </text><script>alert(2)</script>
        Read "it" & classify <it>.
        - kind: llm
        - model: <b>bold</b>"'
        - input: <i>email</i>, 900 tokens
        - output: JSON {category}, 60 tokens

        ## 2. Decide ]]><!-- -->
        - kind: decision
        - after: 1

        ## 3. Escalate \u202eevil\u202c
        - kind: human
        - when: a < b && c > d </title>
        - after: 2\
        """;
    CompileResult r = Pages.ENGINE.compileSource(WorkflowSource.of(name, sop), Scope.defaults());
    String html = HtmlReport.render(r, HtmlReportOptions.withSource(name, sop));
    assertThat(Pages.check(html)).isEmpty();
    assertThat(html).doesNotContain("<script", "<img", "<b>", "<i>", "\u202e");
    try (WebClient client = new WebClient()) {
      HtmlPage page = Pages.load(client, html, new ArrayList<>());
      onlyOurMarkup(page, "hostile SOP");
      String title = r.workflow().title();
      assertThat(page.querySelector("h1").getTextContent())
          .isEqualTo(title.isBlank() ? "Untitled workflow" : Html.safe(title));
      assertThat(page.querySelectorAll("pre.excerpt"))
          .as("excerpts of the diagnostics")
          .isNotEmpty();
      assertThat(page.asNormalizedText())
          .contains("<script>alert(2)</script>", "\\u202eevil\\u202c");
    }
  }
}
