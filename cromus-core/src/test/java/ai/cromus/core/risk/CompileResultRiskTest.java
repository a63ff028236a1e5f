package ai.cromus.core.risk;

import static ai.cromus.core.risk.RiskFixtures.step;
import static org.assertj.core.api.Assertions.assertThat;

import ai.cromus.core.CompileResult;
import ai.cromus.core.CromusJson;
import ai.cromus.core.workflow.Step;
import ai.cromus.core.workflow.StepKind;
import ai.cromus.core.workflow.Trust;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** {@code CompileResult.risk()}: in the report, in JSON, and for a result built in code. */
class CompileResultRiskTest {
  static final Step READ = step("read", StepKind.LLM).trust(Trust.UNTRUSTED).build();
  static final Step SEND = step("send", StepKind.TOOL, "read").addTools("email.send").build();

  @Test
  void aResultBuiltInCodeGetsTheRiskOfItsWorkflow() {
    CompileResult compiled = RiskFixtures.compile(RiskFixtures.workflow(READ, SEND));
    CompileResult built =
        CompileResult.builder()
            .cromusVersion(compiled.cromusVersion())
            .workflow(compiled.workflow())
            .scope(compiled.scope())
            .verdict(compiled.verdict())
            .structuralScore(compiled.structuralScore())
            .build();
    assertThat(built.risk()).isEqualTo(compiled.risk());
    assertThat(built.risk().level()).isEqualTo(RiskLevel.HIGH);
  }

  @Test
  void theReportEndsWithTheRiskSection() {
    CompileResult r = RiskFixtures.compile(RiskFixtures.workflow(READ, SEND));
    JsonNode report = CromusJson.read(CromusJson.write(r), JsonNode.class);
    java.util.List<String> keys = new java.util.ArrayList<>();
    report.fieldNames().forEachRemaining(keys::add);
    assertThat(keys.get(keys.size() - 1)).isEqualTo("risk");
    JsonNode risk = report.get("risk");
    assertThat(risk.get("level").asText()).isEqualTo("high");
    assertThat(risk.get("steps").get(1).get("effect").asText()).isEqualTo("external");
    assertThat(risk.get("findings").get(0).get("rule").asText()).isEqualTo("RISK-PROMPT-INJECTION");
    assertThat(risk.get("findings").get(0).get("path").toString()).isEqualTo("[\"read\",\"send\"]");
    RiskAnalysis back = CromusJson.read(CromusJson.write(r.risk()), RiskAnalysis.class);
    assertThat(back).isEqualTo(r.risk());
  }
}
