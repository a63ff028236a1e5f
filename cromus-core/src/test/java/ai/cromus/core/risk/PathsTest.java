package ai.cromus.core.risk;

import static ai.cromus.core.risk.RiskFixtures.step;
import static org.assertj.core.api.Assertions.assertThat;

import ai.cromus.core.CompileResult;
import ai.cromus.core.workflow.DataClass;
import ai.cromus.core.workflow.Effect;
import ai.cromus.core.workflow.Step;
import ai.cromus.core.workflow.StepKind;
import ai.cromus.core.workflow.Trust;
import ai.cromus.core.workflow.ValidationMethod;
import ai.cromus.core.workflow.Workflow;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How the rules follow the paths of the graph: approvals, conditions, untrusted text, data. */
class PathsTest {
  static final Step PAY =
      step("pay", StepKind.TOOL, "check").addTools("payments.payouts.create").build();

  static List<RiskFinding> findings(Step... steps) {
    return RiskFixtures.compile(RiskFixtures.workflow(steps)).risk().findings();
  }

  static List<String> rules(Step... steps) {
    return findings(steps).stream()
        .map(RiskFinding::rule)
        .collect(java.util.stream.Collectors.toList());
  }

  @Test
  void anApprovalOnEveryPathCoversTheAction() {
    Step check = step("check", StepKind.HUMAN).approver("Controller").build();
    assertThat(rules(check, PAY)).isEmpty();
    Step validated = step("check", StepKind.LLM).validation(ValidationMethod.HUMAN).build();
    assertThat(rules(validated, PAY)).isEmpty();
    Step decision = step("check", StepKind.DECISION).approver("Controller").build();
    assertThat(rules(decision, PAY)).isEmpty();
    Step model = step("check", StepKind.LLM).build();
    assertThat(rules(model, PAY)).containsExactly("RISK-ACTION-WITHOUT-APPROVAL");
  }

  @Test
  void aSecondPathAroundTheApprovalIsFound() {
    Step start = step("start", StepKind.LLM).build();
    Step check = step("check", StepKind.HUMAN, "start").approver("Controller").build();
    Step pay =
        step("pay", StepKind.TOOL, "check", "start").addTools("payments.payouts.create").build();
    List<RiskFinding> f = findings(start, check, pay);
    assertThat(f).hasSize(1);
    assertThat(f.get(0).path()).containsExactly("start", "pay");
  }

  @Test
  void aConditionalApprovalCoversOnlyTheRunsOfItsCondition() {
    Step check =
        step("check", StepKind.HUMAN).approver("Controller").condition("amount > 200").build();
    List<RiskFinding> f = findings(check, PAY);
    assertThat(f).extracting(RiskFinding::rule).containsExactly("RISK-ACTION-WITHOUT-APPROVAL");
    assertThat(f.get(0).message()).contains("runs only when 'amount > 200'");
    assertThat(f.get(0).path()).containsExactly("check", "pay");
    Step sameCondition =
        step("pay", StepKind.TOOL, "check")
            .addTools("payments.payouts.create")
            .condition("Amount  >  200")
            .build();
    assertThat(rules(check, sameCondition)).isEmpty();
  }

  @Test
  void theLevelGrowsWithTheRunsADay() {
    Step check = step("check", StepKind.LLM).build();
    Step send = step("pay", StepKind.TOOL, "check").addTools("email.send").build();
    assertThat(level(100, check, PAY)).isEqualTo(RiskLevel.MEDIUM);
    assertThat(level(1_000, check, PAY)).isEqualTo(RiskLevel.HIGH);
    assertThat(level(100_000, check, PAY)).isEqualTo(RiskLevel.CRITICAL);
    assertThat(level(999, check, send)).isEqualTo(RiskLevel.LOW);
    assertThat(level(1_000, check, send)).isEqualTo(RiskLevel.MEDIUM);
    assertThat(level(100_000, check, send)).isEqualTo(RiskLevel.HIGH);
  }

  private static RiskLevel level(long perDay, Step... steps) {
    Workflow w = Workflow.builder().name("wf").runsPerDay(perDay).addSteps(steps).build();
    return RiskFixtures.compile(w).risk().level();
  }

  @Test
  void untrustedTextMustPassAModelToSteerAnAction() {
    Step read = step("read", StepKind.TOOL).addTools("gmail.messages.get").build();
    Step forward = step("forward", StepKind.TOOL, "read").addTools("email.send").build();
    assertThat(rules(read, forward)).containsExactly("RISK-ACTION-WITHOUT-APPROVAL");
    Step write = step("write", StepKind.LLM, "read").build();
    Step send = step("send", StepKind.TOOL, "write").addTools("email.send").build();
    assertThat(rules(read, write, send))
        .containsExactly("RISK-PROMPT-INJECTION", "RISK-ACTION-WITHOUT-APPROVAL");
    Step agent = step("agent", StepKind.LLM, "read").addTools("email.send").build();
    assertThat(rules(read, agent)).contains("RISK-PROMPT-INJECTION");
  }

  @Test
  void aSchemaOrAPersonStopsUntrustedTextAndAConditionalPersonDoesNot() {
    Step read = step("read", StepKind.LLM).trust(Trust.UNTRUSTED).build();
    Step schema =
        step("read", StepKind.LLM)
            .trust(Trust.UNTRUSTED)
            .validation(ValidationMethod.JSON_SCHEMA)
            .build();
    Step send = step("send", StepKind.TOOL, "read").addTools("email.send").build();
    assertThat(rules(read, send)).contains("RISK-PROMPT-INJECTION");
    assertThat(rules(schema, send)).doesNotContain("RISK-PROMPT-INJECTION");
    Step sometimes =
        step("gate", StepKind.HUMAN, "read").approver("Lead").condition("risky").build();
    Step after = step("send", StepKind.TOOL, "gate").addTools("email.send").build();
    assertThat(rules(read, sometimes, after)).contains("RISK-PROMPT-INJECTION");
  }

  @Test
  void theTrifectaNeedsPrivateDataBeforeTheExternalStep() {
    Step read = step("read", StepKind.LLM).trust(Trust.UNTRUSTED).build();
    Step send = step("send", StepKind.TOOL, "read").addTools("email.send").build();
    assertThat(rules(read, send)).doesNotContain("RISK-LETHAL-TRIFECTA");
    Step privateRead =
        step("read", StepKind.LLM).trust(Trust.UNTRUSTED).addData(DataClass.PII).build();
    assertThat(rules(privateRead, send)).contains("RISK-LETHAL-TRIFECTA");
    Step publicRead =
        step("read", StepKind.LLM).trust(Trust.UNTRUSTED).addData(DataClass.PUBLIC).build();
    assertThat(rules(publicRead, send)).doesNotContain("RISK-LETHAL-TRIFECTA");
    Step pay = step("send", StepKind.TOOL, "read").effect(Effect.IRREVERSIBLE).build();
    assertThat(rules(privateRead, pay)).doesNotContain("RISK-LETHAL-TRIFECTA");
    Workflow wide =
        Workflow.builder().name("wf").addData(DataClass.PHI).addSteps(read, send).build();
    assertThat(RiskFixtures.compile(wide).risk().findings())
        .extracting(RiskFinding::rule)
        .contains("RISK-LETHAL-TRIFECTA");
    assertThat(RiskFixtures.compile(wide).risk().level()).isEqualTo(RiskLevel.CRITICAL);
  }

  @Test
  void cyclesAndUnknownReferencesNeitherHangNorHideAnAction() {
    Step a = step("a", StepKind.LLM, "b").build();
    Step b = step("b", StepKind.TOOL, "a").addTools("email.send").build();
    Step c = step("c", StepKind.TOOL, "ghost").addTools("archive.records.delete").build();
    CompileResult r = RiskFixtures.compile(RiskFixtures.workflow(a, b, c));
    assertThat(r.risk().findings())
        .extracting(f -> f.step().orElseThrow())
        .containsExactlyInAnyOrder("b", "c");
  }

  @Test
  void stepLevelsAreTheirHighestFindingAndTheWorkflowsIsTheHighest() {
    Step read = step("read", StepKind.LLM).trust(Trust.UNTRUSTED).addData(DataClass.PII).build();
    Step send = step("send", StepKind.TOOL, "read").addTools("email.send").build();
    RiskAnalysis a = RiskFixtures.compile(RiskFixtures.workflow(read, send)).risk();
    assertThat(a.step("send").orElseThrow().level()).isEqualTo(RiskLevel.CRITICAL);
    assertThat(a.step("read").orElseThrow().level()).isEqualTo(RiskLevel.NONE);
    assertThat(a.level()).isEqualTo(RiskLevel.CRITICAL);
    assertThat(a.findings()).isSortedAccordingTo((x, y) -> y.level().compareTo(x.level()));
    assertThat(a.findings(RiskLevel.HIGH))
        .extracting(RiskFinding::rule)
        .containsExactly("RISK-LETHAL-TRIFECTA", "RISK-PROMPT-INJECTION");
  }
}
