package ai.cromus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 21, done: {@code cromus compile} on an SOP with a 5-turn tool loop, a paid tool and a size
 * range shows the loop's cost, the fees and the low / expected / high figures in text, JSON, SARIF
 * (the budget breach) and the cost diff, on the bundled catalog.
 */
class AgentLoopReportTest {
  static final String SOP =
      """
      ---
      name: supplier-research
      runs_per_day: 100
      budget:
        per_run_usd: 0.15
      ---
      # Supplier research

      ## 1. Look up the company registry
      Fetch the supplier's entry from the company registry.
      - kind: tool
      - tools: registry.lookup
      - fee: $0.02 per call
      - output: registry entry, 400 tokens
      - after: none

      ## 2. Research the supplier
      Search the web for the supplier's filings and summarise what you find.
      - kind: llm
      - model: claude-sonnet-4-6
      - input: registry entry and brief, 1,000–3,000 tokens
      - output: research notes, 300 tokens
      - turns: 5
      - tool_result: 700 tokens
      - tool_fee: $0.01 per call
      - tools: web.search
      - after: 1
      """;

  @TempDir Path dir;

  private String run(int code, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int c = CromusCommand.execute(new PrintWriter(out), new PrintWriter(err), args);
    assertThat(c).as(err.toString()).isEqualTo(code);
    return out.toString();
  }

  private Path sop(String name, String text) throws Exception {
    Path p = dir.resolve(name);
    Files.writeString(p, text);
    return p;
  }

  @Test
  void textShowsTheLoopTheFeesAndTheRange() throws Exception {
    String text = run(1, "compile", sop("research.md", SOP).toString());
    assertThat(text)
        .contains("Ranges, loops and fees")
        .contains("loop of 5 turns")
        .contains("fees $0.0500")
        .contains("tool fees of the declared plan: $0.0700 a run")
        .contains(
            "research-the-supplier: agent loop of 5 turns: 5·2000 + (300 + 700)·10 = 20000 input"
                + " tokens");
  }

  @Test
  void jsonCarriesTheRangeTheFeesAndTheTurns() throws Exception {
    JsonNode plan =
        new ObjectMapper()
            .readTree(run(1, "compile", sop("research.md", SOP).toString(), "--format", "json"))
            .at("/simulation/declared");
    BigDecimal low = plan.at("/perRunRangeUsd/lowUsd").decimalValue();
    BigDecimal expected = plan.at("/perRunRangeUsd/expectedUsd").decimalValue();
    BigDecimal high = plan.at("/perRunRangeUsd/highUsd").decimalValue();
    assertThat(low).isLessThan(expected);
    assertThat(expected)
        .isLessThan(high)
        .isEqualByComparingTo(plan.get("perRunUsd").decimalValue());
    assertThat(plan.get("feesPerRunUsd").decimalValue()).isEqualByComparingTo("0.07");
    assertThat(plan.at("/steps/1/turns").asInt()).isEqualTo(5);
    assertThat(plan.at("/steps/1/feeUsd").decimalValue()).isEqualByComparingTo("0.05");
    assertThat(plan.at("/steps/0/feeUsd").decimalValue()).isEqualByComparingTo("0.02");
  }

  @Test
  void sarifNamesTheBudgetBreachWithTheRange() throws Exception {
    JsonNode results =
        new ObjectMapper()
            .readTree(run(1, "compile", sop("research.md", SOP).toString(), "--format", "sarif"))
            .at("/runs/0/results");
    assertThat(results)
        .filteredOn(r -> r.get("ruleId").asText().equals("BUDGET-EXCEEDED"))
        .singleElement()
        .satisfies(
            r ->
                assertThat(r.at("/message/text").asText())
                    .contains("a run at the expected sizes (low $")
                    .contains(", high $"));
  }

  @Test
  void theCostDiffShowsTheRangeTheFeesAndTheLoop() throws Exception {
    Path three = sop("three.md", SOP.replace("- turns: 5", "- turns: 3"));
    Path five = sop("five.md", SOP);
    String text = run(0, "diff", three.toString(), five.toString());
    assertThat(text)
        .contains("declared low / expected / high a run: ")
        .contains("declared tool fees a run: $0.0500 → $0.0700 (+$0.0200)")
        .contains("loop 'research-the-supplier': 5 turns");
    JsonNode json =
        new ObjectMapper()
            .readTree(run(0, "diff", three.toString(), five.toString(), "--format", "json"));
    assertThat(json.at("/declared/perRunRangeUsdNew/highUsd").decimalValue())
        .isGreaterThan(json.at("/declared/perRunRangeUsdOld/highUsd").decimalValue());
    assertThat(json.at("/declared/feesPerRunUsdNew").decimalValue()).isEqualByComparingTo("0.07");
  }
}
