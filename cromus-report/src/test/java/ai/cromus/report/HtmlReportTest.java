package ai.cromus.report;

import static org.assertj.core.api.Assertions.assertThat;

import ai.cromus.core.CompileResult;
import ai.cromus.core.croms.Croms;
import ai.cromus.core.money.Money;
import ai.cromus.core.scope.Budget;
import ai.cromus.core.simulation.PlanSimulation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.htmlunit.WebClient;
import org.htmlunit.html.DomElement;
import org.htmlunit.html.DomNode;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every example's report: valid HTML5 for the Nu Html Checker, nothing to load, and every figure,
 * read back from a browser's DOM, equal to the JSON report's under the display rule.
 */
class HtmlReportTest {
  static List<Pages.Example> examples() {
    return Pages.examples();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void conformsToHtml5(Pages.Example e) throws Exception {
    assertThat(Pages.check(e.render())).as(e.path()).isEmpty();
  }

  private static final Pattern URL_ATTR =
      Pattern.compile(
          "\\s(src|href|srcset|action|formaction|poster|xlink:href|background)\\s*=\\s*\"([^\"]*)\"",
          Pattern.CASE_INSENSITIVE);

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void loadsNothingAndRunsNothing(Pages.Example e) throws Exception {
    String html = e.render();
    Matcher m = URL_ATTR.matcher(html);
    while (m.find()) {
      assertThat(m.group(2)).as(m.group()).startsWith("#");
    }
    Matcher css = Pattern.compile("url\\(\\s*['\"]?([^)'\"]*)").matcher(html);
    while (css.find()) {
      assertThat(css.group(1)).as(css.group()).startsWith("#");
    }
    assertThat(html.toLowerCase(java.util.Locale.ROOT))
        .doesNotContain(
            "<script",
            "<link",
            "<img",
            "<iframe",
            "<object",
            "<embed",
            "@import",
            "@font-face",
            "javascript:",
            "http://",
            "https://")
        .contains("<meta http-equiv=\"content-security-policy\" content=\"default-src 'none';");
    List<String> requests = new ArrayList<>();
    try (WebClient client = new WebClient()) {
      HtmlPage page = Pages.load(client, html, requests);
      assertThat(page.getTitleText()).contains(e.compile().workflow().title());
      for (DomNode n : page.querySelectorAll("*")) {
        for (var a : ((DomElement) n).getAttributesMap().keySet()) {
          assertThat(a).as("event handler attribute").doesNotStartWith("on");
        }
      }
    }
    assertThat(requests).as("requests the page made").isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void everyFigureIsTheJsonReportsShownByItsRule(Pages.Example e) throws Exception {
    CompileResult r = e.compile();
    Map<String, BigDecimal> expected = ExpectedFigures.of(r);
    Set<String> shown = new HashSet<>();
    try (WebClient client = new WebClient()) {
      HtmlPage page = Pages.load(client, HtmlReport.render(r), new ArrayList<>());
      for (DomNode n : page.querySelectorAll("[data-json]")) {
        DomElement el = (DomElement) n;
        String pointer = el.getAttribute("data-json");
        String value =
            el.hasAttribute("value") ? el.getAttribute("value") : el.getAttribute("data-value");
        assertThat(expected).as(e + ": no such figure in the JSON report").containsKey(pointer);
        assertThat(new BigDecimal(value)).as(pointer).isEqualByComparingTo(expected.get(pointer));
        assertThat(el.getTextContent())
            .as(pointer)
            .isEqualTo(ExpectedFigures.shown(pointer, expected.get(pointer)));
        shown.add(pointer);
      }
      derived(r, page);
    }
    assertThat(shown).as(e.path()).containsAll(mustShow(r));
  }

  @org.junit.jupiter.api.Test
  void withoutACatalogTheReportSaysNothingIsPricedAndShowsTheRest() throws Exception {
    Pages.Example e = Pages.examples().get(0);
    CompileResult r =
        ai.cromus.core.Cromus.builder()
            .build()
            .compileSource(
                ai.cromus.core.WorkflowSource.of(e.path(), e.text()),
                ai.cromus.core.scope.Scope.defaults());
    assertThat(r.simulation()).isEmpty();
    String html = HtmlReport.render(r, HtmlReportOptions.withSource(e.path(), e.text()));
    assertThat(Pages.check(html)).isEmpty();
    assertThat(html)
        .contains("no model catalog", "id=\"workflow\"", "id=\"score\"", "id=\"diagnostics\"")
        .doesNotContain("id=\"cost\"", "id=\"latency\"", "id=\"croms\"", "id=\"budget\"");
  }

  /** The figures a reader must find: the plans, the matrix, Croms, the score, the diagnostics. */
  static List<String> mustShow(CompileResult r) {
    List<String> out = new ArrayList<>(List.of("/score/overall"));
    r.structuralScore()
        .dimensions()
        .forEach(d -> out.add("/score/dimensions/" + d.dimension().id() + "/score"));
    for (int i = 0; i < r.diagnostics().size(); i++) {
      out.add("/diagnostics/" + i + "/line");
    }
    if (r.simulation().isEmpty()) {
      return out;
    }
    out.add("/simulation/runsPerMonth");
    List<PlanSimulation> plans = new ArrayList<>();
    plans.add(r.simulation().get().declared());
    plans.addAll(r.simulation().get().modes().values());
    for (PlanSimulation p : plans) {
      if (p.feasible()) {
        String at = p.mode().map(m -> "/simulation/modes/" + m.id()).orElse("/simulation/declared");
        out.addAll(
            List.of(
                at + "/perRunUsd",
                at + "/perMonthUsd",
                at + "/latencySeconds",
                at + "/failureRisk"));
      }
    }
    for (int k = 0; k < r.simulation().get().declared().steps().size(); k++) {
      out.add("/simulation/declared/steps/" + k + "/usd");
      out.add("/simulation/declared/steps/" + k + "/latencySeconds");
    }
    out.add("/simulation/declared/serialLatencySeconds");
    for (int i = 0; i < r.simulation().get().matrix().size(); i++) {
      if (r.simulation().get().matrix().get(i).feasible()) {
        out.add("/simulation/matrix/" + i + "/perMonthUsd");
      }
    }
    var mode =
        r.scope()
            .mode()
            .or(() -> r.workflow().mode())
            .orElse(ai.cromus.core.simulation.CostMode.BALANCED);
    for (int i = 0; i < r.recommendations().size(); i++) {
      if (r.recommendations().get(i).mode() == mode) {
        out.addAll(
            List.of(
                "/recommendations/" + i + "/perRunUsd",
                "/recommendations/" + i + "/savingPerMonthUsd"));
      }
    }
    Croms c = r.croms().orElseThrow();
    out.addAll(List.of("/croms/total", "/croms/ethicsMultiplier", "/croms/wasteUsdPerMonth"));
    c.dimensions().keySet().forEach(d -> out.add("/croms/dimensions/" + d.id()));
    for (int i = 0; i < c.findings().size(); i++) {
      out.addAll(
          List.of(
              "/croms/findings/" + i + "/usdPerMonth", "/croms/findings/" + i + "/secondsPerRun"));
    }
    return out;
  }

  /**
   * Budget limits and headroom are not in the JSON report: each limit is one the workflow or scope
   * states, each headroom a limit minus the declared plan's cost, exact.
   */
  private static void derived(CompileResult r, HtmlPage page) {
    Set<BigDecimal> limits = new HashSet<>();
    Set<BigDecimal> headrooms = new HashSet<>();
    for (Budget b : List.of(r.workflow().budget(), r.scope().budget())) {
      PlanSimulation d = r.simulation().map(s -> s.declared()).orElse(null);
      b.perRun().ifPresent(l -> limits.add(l.amount().stripTrailingZeros()));
      b.perMonth().ifPresent(l -> limits.add(l.amount().stripTrailingZeros()));
      if (d != null) {
        b.perRun().ifPresent(l -> headrooms.add(l.minus(d.perRun()).amount().stripTrailingZeros()));
        b.perMonth()
            .ifPresent(l -> headrooms.add(l.minus(d.perMonth()).amount().stripTrailingZeros()));
      }
    }
    for (DomNode n : page.querySelectorAll("[data-derived]")) {
      DomElement el = (DomElement) n;
      BigDecimal v = new BigDecimal(el.getAttribute("value")).stripTrailingZeros();
      String text = el.getTextContent();
      switch (el.getAttribute("data-derived")) {
        case "budget" -> assertThat(limits).contains(v);
        case "headroom" -> assertThat(headrooms).contains(v);
        case "sum" -> {}
        default -> throw new AssertionError(el.asXml());
      }
      Money m = Money.usd(v.abs());
      assertThat(text).isIn(m.display(), m.display(2));
    }
  }
}
