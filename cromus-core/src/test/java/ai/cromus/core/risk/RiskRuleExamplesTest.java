package ai.cromus.core.risk;

import static org.assertj.core.api.Assertions.assertThat;

import ai.cromus.core.CompileResult;
import ai.cromus.core.VerdictStatus;
import ai.cromus.core.diagnostic.Diagnostic;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every risk rule has an example under {@code examples/risk} that triggers it and a fixed one in
 * which its finding disappears (and which has no risk left at all).
 */
class RiskRuleExamplesTest {
  static Stream<Arguments> rules() {
    return Stream.of(
        Arguments.of("RISK-ACTION-WITHOUT-APPROVAL", "action-without-approval", null),
        Arguments.of("RISK-PROMPT-INJECTION", "prompt-injection", null),
        Arguments.of("RISK-LETHAL-TRIFECTA", "lethal-trifecta", null),
        Arguments.of("RISK-DATA-RULE", "data-rule", "risk/data-rules.yaml"),
        Arguments.of("RISK-ETHOS-APPROVAL", "ethos-approval", null),
        Arguments.of("RISK-ETHOS-PROHIBITED", "ethos-prohibited", null),
        Arguments.of("RISK-ETHOS-ESCALATION", "ethos-escalation", null),
        Arguments.of("RISK-ETHOS-TOLERANCE", "ethos-tolerance", null));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void theExampleTriggersTheRuleAndTheFixedOneDoesNot(String rule, String file, String scope) {
    CompileResult bad = RiskFixtures.example("risk/" + file + ".md", scope);
    assertThat(RiskFixtures.rules(bad)).as(file).contains(rule);
    for (RiskFinding f : bad.risk().findings()) {
      assertThat(f.fix()).isNotBlank();
      assertThat(f.message()).isNotBlank();
      f.step().ifPresent(s -> assertThat(f.path()).endsWith(s));
    }
    CompileResult fixed = RiskFixtures.example("risk/" + file + "-fixed.md", scope);
    assertThat(RiskFixtures.rules(fixed)).as(file + "-fixed").doesNotContain(rule).isEmpty();
    assertThat(fixed.risk().level()).isEqualTo(RiskLevel.NONE);
    assertThat(RiskFixtures.diagnostics(fixed)).doesNotContain("RISK-DATA-RULE");
  }

  @Test
  void eachFindingHasTheLevelItsRuleSays() {
    assertThat(level("action-without-approval", "RISK-ACTION-WITHOUT-APPROVAL"))
        .isEqualTo(RiskLevel.MEDIUM); // irreversible, 50 runs a day
    assertThat(level("prompt-injection", "RISK-ACTION-WITHOUT-APPROVAL"))
        .isEqualTo(RiskLevel.LOW); // external, 200 runs a day
    assertThat(level("prompt-injection", "RISK-PROMPT-INJECTION")).isEqualTo(RiskLevel.HIGH);
    assertThat(level("lethal-trifecta", "RISK-LETHAL-TRIFECTA")).isEqualTo(RiskLevel.CRITICAL);
    assertThat(level("ethos-approval", "RISK-ETHOS-APPROVAL")).isEqualTo(RiskLevel.HIGH);
    assertThat(level("ethos-approval", "RISK-ETHOS-ESCALATION")).isEqualTo(RiskLevel.MEDIUM);
    assertThat(level("ethos-prohibited", "RISK-ETHOS-PROHIBITED")).isEqualTo(RiskLevel.HIGH);
    assertThat(level("ethos-prohibited", "RISK-ETHOS-ESCALATION")).isEqualTo(RiskLevel.LOW);
    assertThat(level("ethos-tolerance", "RISK-ETHOS-TOLERANCE")).isEqualTo(RiskLevel.HIGH);
  }

  private static RiskLevel level(String file, String rule) {
    return RiskFixtures.example("risk/" + file + ".md").risk().findings().stream()
        .filter(f -> f.rule().equals(rule))
        .findFirst()
        .orElseThrow()
        .level();
  }

  @Test
  void dataRuleViolationsAreErrorsAtTheStepAndFailTheVerdict() {
    CompileResult r = RiskFixtures.example("risk/data-rule.md", "risk/data-rules.yaml");
    assertThat(r.verdict().status()).isEqualTo(VerdictStatus.FAIL);
    assertThat(r.diagnostics())
        .filteredOn(d -> d.rule().equals("RISK-DATA-RULE"))
        .extracting(Diagnostic::line, Diagnostic::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                9,
                "The declared plan sends the phi data of step 'summarise-the-visit' to gpt-5-4 on"
                    + " openai-api, which the scope forbids (data_rules.phi.channels: aws-bedrock,"
                    + " google-vertex, azure-foundry)."),
            org.assertj.core.groups.Tuple.tuple(
                16,
                "Step 'prepare-the-portal-upload' puts secrets data in a model prompt, which"
                    + " data_rules.secrets forbid (prompt: never): no model may serve it."));
    assertThat(r.risk().findings())
        .filteredOn(f -> f.rule().equals("RISK-DATA-RULE"))
        .extracting(f -> f.field().orElseThrow())
        .containsExactly("data_rules.phi.channels", "data_rules.secrets.prompt");
    CompileResult fixed = RiskFixtures.example("risk/data-rule-fixed.md", "risk/data-rules.yaml");
    assertThat(fixed.verdict().status()).isEqualTo(VerdictStatus.PASS);
  }

  @Test
  void riskMaxTurnsTheLevelIntoAVerdict() {
    CompileResult r =
        RiskFixtures.example("risk/action-without-approval.md", "risk/risk-max-low.yaml");
    assertThat(r.verdict().status()).isEqualTo(VerdictStatus.FAIL);
    assertThat(r.verdict().reasons())
        .contains("risk medium is above the maximum of low (1 finding above it)");
    assertThat(r.risk().maximum()).contains(RiskLevel.LOW);
    Diagnostic d =
        r.diagnostics().stream()
            .filter(x -> x.rule().equals("THRESHOLD-RISK-MAX"))
            .findFirst()
            .orElseThrow();
    assertThat(d.source()).isEqualTo("risk/risk-max-low.yaml");
    assertThat(d.line()).isEqualTo(4);
    CompileResult fixed =
        RiskFixtures.example("risk/action-without-approval-fixed.md", "risk/risk-max-low.yaml");
    assertThat(fixed.verdict().status()).isEqualTo(VerdictStatus.PASS);
    assertThat(RiskFixtures.diagnostics(fixed)).doesNotContain("THRESHOLD-RISK-MAX");
  }

  @Test
  void inferredEffectsAndTrustAreSaidAndStatedOnesAreNot() {
    CompileResult r = RiskFixtures.example("risk/inference.md");
    assertThat(r.diagnostics())
        .filteredOn(d -> d.rule().startsWith("RISK-INFER"))
        .extracting(Diagnostic::rule, Diagnostic::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "RISK-INFER-TRUST",
                "Step 'classify-the-ticket' is taken to read untrusted content: its input names"
                    + " 'ticket'."),
            org.assertj.core.groups.Tuple.tuple(
                "RISK-INFER-EFFECT",
                "Step 'tag-the-ticket' is taken as effect 'write' from the verb 'update' of the"
                    + " tool 'helpdesk.tickets.update'."));
    CompileResult fixed = RiskFixtures.example("risk/inference-fixed.md");
    assertThat(RiskFixtures.diagnostics(fixed))
        .doesNotContain("RISK-INFER-EFFECT", "RISK-INFER-TRUST");
    assertThat(fixed.risk().step("tag-the-ticket").orElseThrow().effectInferred()).isFalse();
    assertThat(fixed.risk().step("classify-the-ticket").orElseThrow().untrusted()).isTrue();
  }
}
