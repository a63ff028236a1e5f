package ai.cromus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The risk section of {@code cromus compile}: text, JSON, SARIF, and risk_max in the verdict. */
class RiskReportTest {
  private static String[] run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = CromusCommand.execute(new PrintWriter(out), new PrintWriter(err), args);
    return new String[] {Integer.toString(code), out.toString(), err.toString()};
  }

  @Test
  void theTextReportShowsWhatEachStepMayDoAndEveryFinding() {
    String[] r = run("compile", "../examples/sops/refund-auto-reply.md");
    assertThat(r[2]).isEmpty();
    String text = r[1];
    String risk = text.substring(text.indexOf("\nRisk  ") + 1, text.indexOf("\nArtifacts"));
    assertThat(risk)
        .startsWith(
            "Risk  critical, 5 findings (the scope sets no risk_max)  (* inferred)\n"
                + "  step                               effect         input       data "
                + " approved first  level\n")
        .contains(
            "  issue-refunds-up-to-200            irreversible*  -           pii   no         "
                + "     high\n",
            "  send-the-reply                     external*      -           pii   no         "
                + "     critical\n",
            "  critical  RISK-LETHAL-TRIFECTA  send-the-reply\n",
            "  high  RISK-ETHOS-TOLERANCE  issue-refunds-up-to-200  (risk_tolerance: low)\n",
            "      fix: Put a human approval before 'send-the-reply', or check what the model");
    for (String line : risk.split("\n")) {
      assertThat(line.length()).as(line).isLessThanOrEqualTo(100);
    }
    String quiet = run("compile", "../examples/sops/refund-triage.md")[1];
    assertThat(quiet).contains("Risk  none, 0 findings (the scope sets no risk_max)");
  }

  /** The README shows part of this section: every line it shows is printed, in that order. */
  @Test
  void theReadmesRiskSectionIsWhatTheCommandPrints() throws Exception {
    String readme =
        java.nio.file.Files.readString(
            java.nio.file.Path.of("../README.md"), java.nio.charset.StandardCharsets.UTF_8);
    int at = readme.indexOf("```\nRisk  ", readme.indexOf("## Risk: what an agent may do"));
    String block = readme.substring(at + 4, readme.indexOf("```", at + 4));
    List<String> printed =
        List.of(run("compile", "../examples/sops/refund-auto-reply.md")[1].split("\n"));
    int from = 0;
    for (String line : block.split("\n")) {
      int i = printed.subList(from, printed.size()).indexOf(line);
      assertThat(i).as("README line not printed (in order): %s", line).isNotNegative();
      from += i + 1;
    }
  }

  @Test
  void sarifReportsEveryFindingAtItsStepUnderItsRule() throws Exception {
    String[] r = run("compile", "../examples/sops/refund-auto-reply.md", "--format", "sarif");
    JsonNode run = new ObjectMapper().readTree(r[1]).at("/runs/0");
    List<String> risk = new ArrayList<>();
    for (JsonNode x : run.get("results")) {
      if ((x.get("ruleId").asText().startsWith("RISK-") && !x.get("level").asText().equals("note"))
          || x.get("ruleId").asText().equals("RISK-ACTION-WITHOUT-APPROVAL")) {
        risk.add(
            x.get("ruleId").asText()
                + " "
                + x.get("level").asText()
                + " "
                + x.at("/locations/0/physicalLocation/region/startLine").asInt());
      }
    }
    assertThat(risk)
        .containsExactly(
            "RISK-LETHAL-TRIFECTA warning 62",
            "RISK-ETHOS-TOLERANCE warning 37",
            "RISK-PROMPT-INJECTION warning 62",
            "RISK-ACTION-WITHOUT-APPROVAL warning 37",
            "RISK-ACTION-WITHOUT-APPROVAL note 62");
    List<String> rules = new ArrayList<>();
    run.at("/tool/driver/rules").forEach(x -> rules.add(x.get("id").asText()));
    assertThat(rules).contains("RISK-LETHAL-TRIFECTA", "THRESHOLD-RISK-MAX", "RISK-INFER-EFFECT");
  }

  @Test
  void riskMaxFailsTheVerdictAndTurnsTheFindingsAboveItIntoErrors() throws Exception {
    String[] r =
        run(
            "compile",
            "../examples/risk/action-without-approval.md",
            "--scope",
            "../examples/risk/risk-max-low.yaml",
            "--format",
            "sarif");
    assertThat(r[0]).isEqualTo("1");
    JsonNode run = new ObjectMapper().readTree(r[1]).at("/runs/0");
    List<String> results = new ArrayList<>();
    run.get("results")
        .forEach(
            x -> {
              if (!x.get("level").asText().equals("note")
                  && !x.get("ruleId").asText().startsWith("CROMS-")) {
                results.add(x.get("ruleId").asText() + " " + x.get("level").asText());
              }
            });
    assertThat(results)
        .containsExactlyInAnyOrder(
            "THRESHOLD-RISK-MAX error", "RISK-ACTION-WITHOUT-APPROVAL error");
    String text =
        run(
            "compile",
            "../examples/risk/action-without-approval.md",
            "--scope",
            "../examples/risk/risk-max-low.yaml")[1];
    assertThat(text)
        .contains("Risk  medium, 1 finding (the scope's risk_max is low)")
        .contains("Verdict  FAIL: risk medium is above the maximum of low (1 finding above it)");
  }
}
