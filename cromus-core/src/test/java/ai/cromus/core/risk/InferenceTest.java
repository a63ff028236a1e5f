package ai.cromus.core.risk;

import static ai.cromus.core.risk.RiskFixtures.step;
import static org.assertj.core.api.Assertions.assertThat;

import ai.cromus.core.CompileResult;
import ai.cromus.core.workflow.Effect;
import ai.cromus.core.workflow.Step;
import ai.cromus.core.workflow.StepKind;
import ai.cromus.core.workflow.Trust;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a step may do and whether it reads untrusted content, inferred from its tools and text. */
class InferenceTest {
  static StepRisk only(Step s) {
    CompileResult r = RiskFixtures.compile(RiskFixtures.workflow(s));
    return r.risk().steps().get(0);
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
    "erp.invoices.release, irreversible",
    "payments.refunds.create, irreversible",
    "stripe.charges.create, irreversible",
    "payroll.payouts.create, irreversible",
    "archive.records.delete, irreversible",
    "k8s.deployments.create, irreversible",
    "users.update, irreversible",
    "iam.permissions.grant, irreversible",
    "email.send, external",
    "notify.email, external",
    "sendEmail, external",
    "slack.messages.create, external",
    "social.posts.publish, external",
    "store.reviews.replies.create, external",
    "jira.issues.create, write",
    "docs.create_from_template, write",
    "erp.invoices.block, write",
    "audit.log, write",
    "orders.lookup, read_only",
    "erp.purchase_orders.get, read_only",
    "flags.audit_log, read_only",
    "copy.lint, read_only",
    "phi.redact, read_only",
    "github.deployments.list, read_only",
    "slack.conversations.history, read_only",
    "shop.orders, write",
    "crm.sync_now, write"
  })
  void theToolsNameSaysWhatTheStepDoes(String tool, String effect) {
    StepRisk s = only(step("s", StepKind.TOOL).addTools(tool).build());
    assertThat(s.effect()).as(tool).contains(Effect.of(effect));
    assertThat(s.effectInferred()).isTrue();
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Delete the expired backups | irreversible",
        "Refund the customer | irreversible",
        "Issue the refund to the card | irreversible",
        "Send the new hire the welcome pack | external",
        "Look up the order in the order system | read_only",
        "Create the employee record, then notify the manager | external",
        "Close the customer's account | irreversible",
        "Schedule the sessions | write",
        "If it is a refund over $200, ask the team lead to look at it | write"
      })
  void withoutAToolTheVerbsOfTheTitleDo(String title, String effect) {
    StepRisk s = only(Step.builder().id("s").title(title).kind(StepKind.TOOL).build());
    assertThat(s.effect()).as(title).contains(Effect.of(effect));
  }

  @Test
  void theFirstSentenceCountsWhenTheTitleSaysNothing() {
    StepRisk s =
        only(
            Step.builder()
                .id("s")
                .title("Outcome")
                .kind(StepKind.TOOL)
                .instructions("Release the invoice for payment. Then wait.")
                .build());
    assertThat(s.effect()).contains(Effect.IRREVERSIBLE);
  }

  @Test
  void aStatedEffectWinsAndStepsThatCannotActHaveNone() {
    StepRisk stated =
        only(step("s", StepKind.TOOL).addTools("email.send").effect(Effect.WRITE).build());
    assertThat(stated.effect()).contains(Effect.WRITE);
    assertThat(stated.effectInferred()).isFalse();
    assertThat(only(step("m", StepKind.LLM).build()).effect()).isEmpty();
    assertThat(only(step("h", StepKind.HUMAN).addTools("email.send").build()).effect()).isEmpty();
    assertThat(only(step("d", StepKind.DECISION).build()).effect()).isEmpty();
    StepRisk retrieval = only(step("r", StepKind.RETRIEVAL).addTools("kb.search").build());
    assertThat(retrieval.effect()).contains(Effect.READ_ONLY);
    assertThat(retrieval.effectInferred()).isFalse();
    assertThat(only(step("c", StepKind.CODE).build()).effect()).contains(Effect.READ_ONLY);
    assertThat(only(step("m", StepKind.LLM).addTools("email.send").build()).effect())
        .contains(Effect.EXTERNAL);
    StepRisk declaredOnModel = only(step("m", StepKind.LLM).effect(Effect.EXTERNAL).build());
    assertThat(declaredOnModel.effect()).contains(Effect.EXTERNAL);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "input | customer email, ~900 tokens | true",
        "input | email address and order number | false",
        "input | the contract text | false",
        "input | uploaded receipts | true",
        "input | web page HTML | true",
        "input | source report as received | true",
        "title | Read the customer's email | true",
        "title | Classify the support ticket | true",
        "title | Write a personal welcome email | false",
        "title | Tag the ticket | false",
        "title | Set the area and urgency tags on the ticket | false",
        "title | Summarise the live chat | true",
        "title | Verify the documents once they are uploaded | true",
        "title | Send the link to upload the documents | false"
      })
  void untrustedContentIsRecognizedByWhatTheStepReads(
      String where, String text, boolean untrusted) {
    var b = Step.builder().id("s").kind(StepKind.LLM);
    if (where.equals("input")) {
      b.title("Do it").inputDescription(text);
    } else {
      b.title(text);
    }
    StepRisk s = only(b.build());
    assertThat(s.untrusted()).as(text).isEqualTo(untrusted);
    assertThat(s.trustInferred()).isEqualTo(untrusted);
  }

  @Test
  void readingToolsOfMailWebAndHelpDesksAreUntrusted() {
    assertThat(only(step("s", StepKind.TOOL).addTools("gmail.messages.get").build()).untrusted())
        .isTrue();
    assertThat(only(step("s", StepKind.TOOL).addTools("web.fetch").build()).untrusted()).isTrue();
    assertThat(only(step("s", StepKind.TOOL).addTools("zendesk.tickets.get").build()).untrusted())
        .isTrue();
    assertThat(only(step("s", StepKind.TOOL).addTools("email.send").build()).untrusted()).isFalse();
    assertThat(only(step("s", StepKind.TOOL).addTools("orders.lookup").build()).untrusted())
        .isFalse();
  }

  @Test
  void aStatedTrustWinsAndPeopleAreNeverSteered() {
    StepRisk trusted =
        only(
            step("s", StepKind.LLM)
                .inputDescription("customer email")
                .trust(Trust.TRUSTED)
                .build());
    assertThat(trusted.untrusted()).isFalse();
    assertThat(trusted.trustInferred()).isFalse();
    StepRisk stated = only(step("s", StepKind.LLM).trust(Trust.UNTRUSTED).build());
    assertThat(stated.untrusted()).isTrue();
    assertThat(stated.trustInferred()).isFalse();
    assertThat(
            only(step("h", StepKind.HUMAN).inputDescription("customer email").build()).untrusted())
        .isFalse();
  }

  @Test
  void everyInferenceIsAnInfoDiagnosticAtTheStep() {
    CompileResult r =
        RiskFixtures.compile(
            RiskFixtures.workflow(
                step("read", StepKind.LLM)
                    .inputDescription("customer email")
                    .position(ai.cromus.core.workflow.SourcePosition.of(3, 1))
                    .build(),
                step("send", StepKind.TOOL, "read")
                    .addTools("email.send")
                    .position(ai.cromus.core.workflow.SourcePosition.of(9, 1))
                    .build()));
    assertThat(r.diagnostics())
        .filteredOn(d -> d.rule().startsWith("RISK-INFER"))
        .extracting(d -> d.rule() + "@" + d.line() + " " + d.severity().id() + " " + d.hint())
        .containsExactly(
            "RISK-INFER-TRUST@3 info Optional[Add '- trust: untrusted' to confirm it, or '- trust:"
                + " trusted' if the company controls that content.]",
            "RISK-INFER-EFFECT@9 info Optional[Add '- effect: external' (or the right effect) to"
                + " pin it down.]");
    assertThat(Optional.of(r.verdict().status().name())).contains("PASS");
  }
}
