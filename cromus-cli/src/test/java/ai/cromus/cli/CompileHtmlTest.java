package ai.cromus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ai.cromus.core.money.Money;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.htmlunit.WebClient;
import org.htmlunit.WebRequest;
import org.htmlunit.WebResponse;
import org.htmlunit.html.DomElement;
import org.htmlunit.html.DomNode;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.util.WebConnectionWrapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code cromus compile FILE --format html} against {@code --format json} of the same file, for
 * every example (and one under a scope file): the page loads nothing in a browser DOM, and every
 * figure it shows carries the JSON report's exact value at its JSON Pointer and shows it by the
 * rounding rule of its key.
 */
class CompileHtmlTest {
  /** Decimals exactly as written, trailing zeros kept: the JSON report's numbers are exact. */
  private static final ObjectMapper JSON =
      com.fasterxml.jackson.databind.json.JsonMapper.builder()
          .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .disable(
              com.fasterxml.jackson.databind.cfg.JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
          .build();

  static Stream<Arguments> examples() throws IOException {
    List<Arguments> out = new ArrayList<>();
    for (String dir : List.of("../examples/sops", "../examples/workflows")) {
      try (Stream<Path> s = Files.list(Path.of(dir))) {
        s.sorted().forEach(p -> out.add(Arguments.of(p.toString(), null)));
      }
    }
    out.add(
        Arguments.of("../examples/sops/refund-triage.md", "../examples/scopes/acme-support.yaml"));
    out.add(
        Arguments.of(
            "../examples/sops/invoice-exception-review.md",
            "../examples/scopes/strict-budget.json"));
    return out.stream();
  }

  private static String[] run(String file, String scope, String format) {
    List<String> args = new ArrayList<>(List.of("compile", file, "--format", format));
    if (scope != null) {
      args.addAll(List.of("--scope", scope));
    }
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        CromusCommand.execute(
            new PrintWriter(out), new PrintWriter(err), args.toArray(new String[0]));
    return new String[] {Integer.toString(code), out.toString(), err.toString()};
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("examples")
  void everyFigureIsTheJsonReports(String file, String scope) throws Exception {
    String[] json = run(file, scope, "json");
    String[] html = run(file, scope, "html");
    assertThat(html[0]).as("exit code, as for json").isEqualTo(json[0]);
    assertThat(html[2]).isEmpty();
    JsonNode report = JSON.readTree(json[1]);
    List<String> requests = new ArrayList<>();
    int figures = 0;
    try (WebClient client = new WebClient()) {
      client.getOptions().setJavaScriptEnabled(false);
      new WebConnectionWrapper(client) {
        @Override
        public WebResponse getResponse(WebRequest request) throws IOException {
          requests.add(request.getUrl().toString());
          throw new IOException("no network");
        }
      };
      HtmlPage page = client.loadHtmlCodeIntoCurrentWindow(html[1]);
      for (DomNode n : page.querySelectorAll("[data-json]")) {
        DomElement el = (DomElement) n;
        String pointer = el.getAttribute("data-json");
        JsonNode v = report.at(pointer);
        assertThat(v.isNumber())
            .as(file + ": " + pointer + " is a number of the JSON report")
            .isTrue();
        String exact =
            el.hasAttribute("value") ? el.getAttribute("value") : el.getAttribute("data-value");
        assertThat(new BigDecimal(exact)).as(pointer).isEqualByComparingTo(v.decimalValue());
        assertThat(el.getTextContent()).as(pointer).isEqualTo(shown(pointer, v.decimalValue()));
        figures++;
      }
      assertThat(page.querySelector("h1").getTextContent())
          .isEqualTo(report.at("/workflow/title").asText());
      assertThat(page.querySelectorAll(".verdict li"))
          .extracting(DomNode::getTextContent)
          .containsExactlyElementsOf(textValues(report.at("/verdict/reasons")));
      if (report.at("/diagnostics").size() > 0) {
        assertThat(page.querySelectorAll("pre.excerpt")).as("source excerpts").isNotEmpty();
      }
    }
    assertThat(requests).isEmpty();
    assertThat(figures).as(file).isGreaterThan(30);
  }

  private static List<String> textValues(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(x -> out.add(x.asText()));
    return out;
  }

  /** The text report's rule for the figure under each JSON key. */
  static String shown(String pointer, BigDecimal v) {
    String key = pointer.substring(pointer.lastIndexOf('/') + 1);
    if (pointer.startsWith("/croms/dimensions/")) {
      return v.toPlainString();
    }
    return switch (key) {
      case "perRunUsd", "usd", "retryUsd", "savingPerRunUsd" -> Money.usd(v).display();
      case "perMonthUsd", "usdPerMonth", "savingPerMonthUsd", "wasteUsdPerMonth" ->
          Money.usd(v).display(2);
      case "latencySeconds", "serialLatencySeconds", "secondsPerRun" ->
          v.setScale(1, RoundingMode.HALF_EVEN).toPlainString() + " s";
      case "failureRisk", "failureProbability" ->
          v.movePointRight(2).setScale(2, RoundingMode.HALF_EVEN).toPlainString() + " %";
      case "runsPerMonth", "inputTokens", "outputTokens" ->
          String.format(Locale.ROOT, "%,d", v.longValueExact());
      case "line", "column", "overall", "score", "weight", "pointsLost" ->
          Long.toString(v.longValueExact());
      case "total", "ethicsMultiplier" -> v.toPlainString();
      default -> throw new AssertionError("no display rule for " + pointer);
    };
  }
}
