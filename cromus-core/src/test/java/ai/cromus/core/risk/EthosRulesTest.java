package ai.cromus.core.risk;

import static ai.cromus.core.risk.RiskFixtures.step;
import static org.assertj.core.api.Assertions.assertThat;

import ai.cromus.core.workflow.DataClass;
import ai.cromus.core.workflow.Step;
import ai.cromus.core.workflow.StepKind;
import ai.cromus.core.workflow.Trust;
import ai.cromus.core.workflow.Workflow;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The built-in ETHOS profiles against what workflows do; every finding names its field. */
class EthosRulesTest {
  static List<String> ethos(String profile, Step... steps) {
    Workflow w = Workflow.builder().name("wf").ethos(profile).addSteps(steps).build();
    return RiskFixtures.compile(w).risk().findings().stream()
        .filter(f -> f.rule().startsWith("RISK-ETHOS"))
        .map(f -> f.rule() + " " + f.field().orElseThrow() + " " + f.step().orElse("-"))
        .collect(Collectors.toList());
  }

  static final Step HUMAN = step("lead", StepKind.HUMAN).approver("Lead").build();

  @Test
  void theStewardForbidsBypassingApprovalAndActingOnUnverifiedContent() {
    Step read = step("read", StepKind.LLM).trust(Trust.UNTRUSTED).build();
    Step close = step("close", StepKind.TOOL, "read").addTools("cases.close_all.delete").build();
    assertThat(ethos("ethos-the-steward-v1.0.0", HUMAN, read, close))
        .containsExactly(
            "RISK-ETHOS-PROHIBITED prohibited_actions: act_on_incomplete_data close",
            "RISK-ETHOS-PROHIBITED prohibited_actions: bypass_approval_gates close",
            "RISK-ETHOS-TOLERANCE risk_tolerance: low close");
    Step approved = step("close", StepKind.TOOL, "lead").addTools("cases.close_all.delete").build();
    Step lead = step("lead", StepKind.HUMAN, "read").approver("Lead").build();
    assertThat(ethos("ethos-the-steward-v1.0.0", read, lead, approved)).isEmpty();
  }

  @Test
  void theGuardianForbidsDisclosingConfidentialData() {
    Step draft = step("draft", StepKind.LLM).addData(DataClass.CONFIDENTIAL).build();
    Step send = step("send", StepKind.TOOL, "draft").addTools("email.send").build();
    assertThat(ethos("ethos-the-guardian-v1.0.0", draft, send))
        .containsExactly(
            "RISK-ETHOS-APPROVAL human_approval_required: true -",
            "RISK-ETHOS-PROHIBITED prohibited_actions: disclose_confidential_information send",
            "RISK-ETHOS-ESCALATION escalation_threshold: early -");
    Step open = step("draft", StepKind.LLM).addData(DataClass.PUBLIC).build();
    assertThat(ethos("ethos-the-guardian-v1.0.0", HUMAN, open, send)).isEmpty();
  }

  @Test
  void theGuardianForbidsBindingCommitmentsEvenWithApproval() {
    Step sign = step("sign", StepKind.TOOL, "lead").addTools("contracts.envelopes.sign").build();
    assertThat(ethos("ethos-the-guardian-v1.0.0", HUMAN, sign))
        .containsExactly("RISK-ETHOS-PROHIBITED prohibited_actions: make_binding_commitments sign");
  }

  @Test
  void theBuildersDeployWithoutARollbackPlanIsMediumBecauseCromusCannotSeeThePlan() {
    Step deploy = step("deploy", StepKind.TOOL).addTools("k8s.deployments.create").build();
    Workflow w =
        Workflow.builder()
            .name("wf")
            .ethos("ethos-the-builder-v1.0.0")
            .addSteps(HUMAN, deploy)
            .build();
    RiskFinding f =
        RiskFixtures.compile(w).risk().findings().stream()
            .filter(x -> x.rule().equals("RISK-ETHOS-PROHIBITED"))
            .findFirst()
            .orElseThrow();
    assertThat(f.level()).isEqualTo(RiskLevel.MEDIUM);
    assertThat(f.message()).contains("cannot see whether 'rollback plan' is in place");
  }

  @Test
  void uncheckableActionsAndUnknownProfilesGiveNothing() {
    Step reply = step("reply", StepKind.LLM).build();
    assertThat(ethos("ethos-the-diplomat-v1.0.0", HUMAN, reply)).isEmpty();
    assertThat(ethos("ethos-no-such-profile-v1.0.0", reply)).isEmpty();
  }
}
