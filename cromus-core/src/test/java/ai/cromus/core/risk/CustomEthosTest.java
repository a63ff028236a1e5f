package ai.cromus.core.risk;

import static org.assertj.core.api.Assertions.assertThat;

import ai.cromus.core.diagnostic.Diagnostic;
import ai.cromus.core.spec.SpecFile;
import ai.cromus.core.spec.SpecReport;
import ai.cromus.core.spec.SpecType;
import ai.cromus.core.spec.SpecValidator;
import ai.cromus.core.workflow.Workflow;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A custom ETHOS.md validated with a workflow is checked against what the workflow does, as the
 * built-in profile a workflow names is in its compile result.
 */
class CustomEthosTest {
  static List<Diagnostic> validate(String workflowFile) {
    Workflow w = RiskFixtures.example(workflowFile).workflow();
    String ethos = RiskFixtures.read(RiskFixtures.EXAMPLES.resolve("specs/ETHOS.md"));
    List<SpecReport> reports =
        SpecValidator.create()
            .validateAll(List.of(SpecFile.of("ETHOS.md", ethos, SpecType.ETHOS)), Optional.of(w));
    return reports.get(0).diagnostics();
  }

  @Test
  void theAcmeProfileAgainstTheAutoReply() {
    assertThat(validate("sops/refund-auto-reply.md"))
        .filteredOn(d -> d.rule().startsWith("RISK-"))
        .extracting(d -> d.rule() + " " + d.severity().id() + " " + d.message())
        .containsExactly(
            "RISK-ETHOS-PROHIBITED warning Risk high for workflow 'refund-auto-reply': The ETHOS"
                + " profile 'Acme Customer Care' prohibits 'disclose_other_customers_data', and"
                + " step 'send-the-reply' performs it (disclose: external (inferred from the verb"
                + " 'send' of the tool 'email.send')).",
            "RISK-ETHOS-PROHIBITED warning Risk medium for workflow 'refund-auto-reply': The ETHOS"
                + " profile 'Acme Customer Care' prohibits"
                + " 'issue_refund_above_200_usd_without_approval', and step"
                + " 'issue-refunds-up-to-200' performs it (refund: irreversible (inferred from the"
                + " verb 'create' of the tool 'payments.refunds.create')); Cromus cannot see"
                + " whether it is 'above 200 usd'.",
            "RISK-ETHOS-TOLERANCE warning Risk high for workflow 'refund-auto-reply': The ETHOS"
                + " profile 'Acme Customer Care' tolerates little risk (risk_tolerance: low), and"
                + " step 'issue-refunds-up-to-200' is irreversible (inferred from the verb"
                + " 'create' of the tool 'payments.refunds.create') with no human approval before"
                + " it on every path.");
  }

  @Test
  void theAcmeProfileAgainstTheTriageThatCannotAct() {
    assertThat(validate("sops/refund-triage.md"))
        .extracting(Diagnostic::rule)
        .noneMatch(r -> r.startsWith("RISK-"));
  }
}
