package ai.cromus.core.simulation;

import static ai.cromus.core.simulation.Fixtures.compileSop;
import static org.assertj.core.api.Assertions.assertThat;

import ai.cromus.core.CompileResult;
import ai.cromus.core.croms.Croms;
import ai.cromus.core.croms.CromsDimension;
import ai.cromus.core.croms.CromsFinding;
import ai.cromus.core.croms.CromsLabel;
import ai.cromus.core.croms.FindingSeverity;
import ai.cromus.core.internal.croms.CromsScore;
import ai.cromus.core.money.Money;
import ai.cromus.core.scope.Scope;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** One test per Croms finding kind: the finding appears, and disappears when the SOP is fixed. */
class CromsFindingsTest {
  static final String HEAD =
      "---\nname: t\nethos: ethos-the-operator-v1.0.0\ndomain: operations\n---\n# T\n\n";

  static List<CromsFinding> findings(String sop, String kind) {
    CompileResult r = compileSop(HEAD + sop, Scope.defaults());
    return r.croms().get().findings().stream()
        .filter(f -> f.kind().equals(kind))
        .collect(Collectors.toList());
  }

  @Test
  void overpoweredModel() {
    String bad =
        """
        ## 1. Classify the ticket
        Classify the ticket as bug or question.
        - kind: llm
        - model: claude-opus-4-7
        - input: ticket, 1,000 tokens
        - output: label, 100 tokens
        """;
    List<CromsFinding> f = findings(bad, "CROMS-COST-OVERPOWERED-MODEL");
    assertThat(f).hasSize(1);
    assertThat(f.get(0).dimension()).hasValue(CromsDimension.COST);
    // opus 0.0075 a run against haiku... the balanced choice llama-3-1-8b 0.000058: × 3,000 runs
    assertThat(f.get(0).usdPerMonth()).isEqualTo(Money.usd("22.326"));
    assertThat(f.get(0).severity()).isEqualTo(FindingSeverity.CRITICAL);
    assertThat(f.get(0).fix()).contains("llama-3-1-8b");
    assertThat(
            findings(
                bad.replace("claude-opus-4-7", "claude-haiku-4-5"), "CROMS-COST-OVERPOWERED-MODEL"))
        .isEmpty();
  }

  static final String LOOKUPS =
      """
      ## 1. Extract the fields
      Extract the PO number.
      - kind: llm
      - model: claude-haiku-4-5
      - input: invoice, 1,000 tokens
      - output: JSON {po}, 50 tokens
      - validate: json-schema
      - retry: 1
      - after: none

      ## 2. Look up the purchase order
      - kind: tool
      - tool: erp.po
      - after: 1

      ## 3. Look up the receipts
      - kind: tool
      - tool: erp.receipts

      ## 4. Decide
      Compare and propose a resolution.
      - kind: llm
      - model: claude-haiku-4-5
      - tier: lightweight
      - input: po, receipts, 2,000 tokens
      - output: answer, 100 tokens
      - after: 2, 3
      """;

  @Test
  void independentLookupsInSeries() {
    List<CromsFinding> f = findings(LOOKUPS, "CROMS-LATENCY-SERIAL-INDEPENDENT");
    assertThat(f).hasSize(1);
    assertThat(f.get(0).steps())
        .containsExactly("look-up-the-purchase-order", "look-up-the-receipts");
    assertThat(f.get(0).secondsPerRun()).isEqualByComparingTo("0.5");
    assertThat(f.get(0).fix()).contains("after: extract-the-fields");
    String fixed = LOOKUPS.replace("- tool: erp.receipts\n", "- tool: erp.receipts\n- after: 1\n");
    assertThat(findings(fixed, "CROMS-LATENCY-SERIAL-INDEPENDENT")).isEmpty();
  }

  @Test
  void stepSlowerThanItsLatencyBudget() {
    // opus: 1.5 + 100 / 52 = 3.42 s; the fastest allowed lightweight model, llama-3-1-8b on groq:
    // 0.1 + 100 / 750
    String bad =
        """
        ## 1. Classify the ticket
        Classify the ticket as bug or question.
        - kind: llm
        - model: claude-opus-4-7
        - input: ticket, 1,000 tokens
        - output: label, 100 tokens
        - latency: 2s
        """;
    List<CromsFinding> f = findings(bad, "CROMS-LATENCY-OVER-BUDGET");
    assertThat(f).hasSize(1);
    assertThat(f.get(0).dimension()).hasValue(CromsDimension.LATENCY);
    // 3.423077 − 0.233333
    assertThat(f.get(0).secondsPerRun()).isEqualByComparingTo("3.190");
    assertThat(f.get(0).fix()).contains("llama-3-1-8b", "within the budget");
    assertThat(
            findings(bad.replace("claude-opus-4-7", "llama-3-1-8b"), "CROMS-LATENCY-OVER-BUDGET"))
        .isEmpty();
  }

  static final String UNVALIDATED =
      """
      ## 1. Extract the fields
      Extract the fields.
      - kind: llm
      - model: claude-haiku-4-5
      - input: invoice, 1,000 tokens
      - output: JSON {a, b}, 100 tokens
      - retry: 0

      ## 2. Propose
      Propose a resolution.
      - kind: llm
      - model: claude-sonnet-4-6
      - input: fields, 20,000 tokens
      - output: answer, 2,000 tokens
      """;

  @Test
  void structuredOutputWithoutValidationOrRetry() {
    List<CromsFinding> f = findings(UNVALIDATED, "CROMS-FAILURE-UNVALIDATED-OUTPUT");
    assertThat(f).hasSize(1);
    assertThat(f.get(0).dimension()).hasValue(CromsDimension.FAILURE);
    assertThat(f.get(0).severity()).isEqualTo(FindingSeverity.HIGH);
    assertThat(f.get(0).usdPerMonth().isGreaterThan(Money.ZERO)).isTrue();
    String fixed = UNVALIDATED.replace("- retry: 0\n", "- retry: 1\n- validate: json-schema\n");
    assertThat(findings(fixed, "CROMS-FAILURE-UNVALIDATED-OUTPUT")).isEmpty();
  }

  static final String REDUNDANT =
      """
      ## 1. Summarise the contract
      Summarise the contract.
      - kind: llm
      - model: claude-haiku-4-5
      - input: full contract text, 50,000 tokens
      - output: summary, 1,000 tokens

      ## 2. Draft the memo
      Write a memo.
      - kind: llm
      - model: claude-sonnet-4-6
      - input: summary and full contract text, 52,000 tokens
      - output: memo, 800 tokens
      """;

  @Test
  void redundantContext() {
    List<CromsFinding> f = findings(REDUNDANT, "CROMS-STRUCT-REDUNDANT-CONTEXT");
    assertThat(f).hasSize(1);
    // 49,000 redundant tokens × $3 / 1M × 3,000 runs
    assertThat(f.get(0).usdPerMonth()).isEqualTo(Money.usd("441"));
    String fixed = REDUNDANT.replace("summary and full contract text, 52,000", "summary, 3,000");
    assertThat(findings(fixed, "CROMS-STRUCT-REDUNDANT-CONTEXT")).isEmpty();
  }

  static final String LOOP =
      """
      ## 1. Refine the draft
      Refine the draft until it passes the checks.
      - kind: llm
      - model: claude-sonnet-4-6
      - input: draft and rules, 10,000 tokens
      - output: draft, 500 tokens
      - loop: up to 3 times
      """;

  @Test
  void repeatedPromptWithoutCaching() {
    List<CromsFinding> f = findings(LOOP, "CROMS-STRUCT-UNCACHED-PREFIX");
    assertThat(f).hasSize(1);
    // 2 repeats × 10,000 × (3 − 0.3) / 1M × 3,000 runs
    assertThat(f.get(0).usdPerMonth()).isEqualTo(Money.usd("162"));
    String fixed = LOOP + "- cache: rules, 9,000 tokens\n";
    assertThat(findings(fixed, "CROMS-STRUCT-UNCACHED-PREFIX")).isEmpty();
  }

  @Test
  void sharedInstructionPrefixWithoutCaching() {
    String shared = "You are the support assistant of Example Corp. ".repeat(12);
    String sop =
        "## 1. Answer in English\n"
            + shared
            + "Answer in English.\n- kind: llm\n- model: claude-sonnet-4-6\n"
            + "- input: ticket, 2,000 tokens\n- output: answer, 200 tokens\n\n"
            + "## 2. Answer in French\n"
            + shared
            + "Answer in French.\n- kind: llm\n- model: claude-sonnet-4-6\n"
            + "- input: ticket, 2,000 tokens\n- output: answer, 200 tokens\n- after: none\n";
    assertThat(findings(sop, "CROMS-STRUCT-UNCACHED-PREFIX"))
        .hasSize(1)
        .allSatisfy(x -> assertThat(x.steps()).hasSize(2));
    String fixed =
        sop.replace(
            "- output: answer, 200 tokens\n",
            "- output: answer, 200 tokens\n- cache: system prompt, 150 tokens\n");
    assertThat(findings(fixed, "CROMS-STRUCT-UNCACHED-PREFIX")).isEmpty();
  }

  static final String DUPLICATE =
      """
      ## 1. Translate the reply
      Translate the reply into German, keeping the tone.
      - kind: llm
      - model: claude-haiku-4-5
      - input: reply, 1,000 tokens
      - output: reply, 1,000 tokens

      ## 2. Translate again
      Translate the reply into German, keeping the tone.
      - kind: llm
      - model: claude-haiku-4-5
      - input: reply, 1,000 tokens
      - output: reply, 1,000 tokens
      """;

  @Test
  void duplicatedStep() {
    List<CromsFinding> f = findings(DUPLICATE, "CROMS-STRUCT-DUPLICATE-STEP");
    assertThat(f).hasSize(1);
    assertThat(f.get(0).steps()).containsExactly("translate-the-reply", "translate-again");
    // (1,000 × 1 + 1,000 × 5) / 1M × 3,000
    assertThat(f.get(0).usdPerMonth()).isEqualTo(Money.usd("18"));
    String fixed =
        DUPLICATE.replace(
            "## 2. Translate again\nTranslate the reply into German",
            "## 2. Translate again\nTranslate the reply into French");
    assertThat(findings(fixed, "CROMS-STRUCT-DUPLICATE-STEP")).isEmpty();
  }

  static final String DEAD =
      """
      ## 1. Summarise the call
      Summarise the call.
      - kind: llm
      - model: claude-haiku-4-5
      - input: transcript, 1,000 tokens
      - output: summary, 100 tokens
      - after: none

      ## 2. Score the sentiment
      Score the sentiment of the call.
      - kind: llm
      - model: claude-haiku-4-5
      - input: transcript, 1,000 tokens
      - output: score, 10 tokens
      - after: none

      ## 3. File the summary
      - kind: tool
      - tool: crm.notes
      - after: 1
      """;

  @Test
  void deadBranch() {
    List<CromsFinding> f = findings(DEAD, "CROMS-STRUCT-DEAD-BRANCH");
    assertThat(f).hasSize(1);
    assertThat(f.get(0).steps()).containsExactly("score-the-sentiment");
    String fixed = DEAD.replace("- after: 1\n", "- after: 1, 2\n");
    assertThat(findings(fixed, "CROMS-STRUCT-DEAD-BRANCH")).isEmpty();
  }

  @Test
  void unboundedLoop() {
    String bad =
        """
        ## 1. Refine the draft
        Refine the draft until it passes the checks.
        - kind: llm
        - model: claude-sonnet-4-6
        - input: draft, 500 tokens
        - output: draft, 500 tokens
        - loop: until it passes
        """;
    List<CromsFinding> f = findings(bad, "CROMS-STRUCT-UNBOUNDED-LOOP");
    assertThat(f).hasSize(1);
    assertThat(f.get(0).severity()).isEqualTo(FindingSeverity.HIGH);
    assertThat(
            findings(
                bad.replace("until it passes", "up to 3 times"), "CROMS-STRUCT-UNBOUNDED-LOOP"))
        .isEmpty();
  }

  static final String ONE_STEP =
      """
      ## 1. Draft the reply
      Write a reply.
      - kind: llm
      - model: claude-sonnet-4-6
      - input: email, 1,000 tokens
      - output: reply, 200 tokens
      """;

  static Croms croms(String front) {
    return compileSop("---\nname: t\n" + front + "---\n# T\n\n" + ONE_STEP, Scope.defaults())
        .croms()
        .get();
  }

  @Test
  void ethicsMissingMismatchedAndRegulatedPermissive() {
    Croms missing = croms("domain: customer_success\n");
    assertThat(missing.ethicsMultiplier()).isEqualByComparingTo("1.25");
    assertThat(missing.findings())
        .anyMatch(f -> f.kind().equals("CROMS-ETHICS-MISSING") && f.dimension().isEmpty());
    Croms mismatch = croms("domain: customer_success\nethos: ethos-the-builder-v1.0.0\n");
    assertThat(mismatch.ethicsMultiplier()).isEqualByComparingTo("1.5");
    assertThat(mismatch.findings()).anyMatch(f -> f.kind().equals("CROMS-ETHICS-MISMATCH"));
    Croms pharma = croms("domain: pharmaceutical\nethos: ethos-the-builder-v1.0.0\n");
    assertThat(pharma.ethicsMultiplier()).isEqualByComparingTo("2.0");
    assertThat(pharma.findings())
        .anyMatch(
            f ->
                f.kind().equals("CROMS-ETHICS-MISMATCH")
                    && f.severity() == FindingSeverity.CRITICAL);
    Croms fixed = croms("domain: pharmaceutical\nethos: ethos-the-steward-v1.0.0\n");
    assertThat(fixed.ethicsMultiplier()).isEqualByComparingTo("1");
    assertThat(fixed.findings()).noneMatch(f -> f.kind().startsWith("CROMS-ETHICS"));
  }

  @Test
  void totalIsTheWeightedSumTimesTheMultiplierAndLabelsFollowTheThresholds() {
    CompileResult r =
        compileSop("---\nname: t\ndomain: finance\n---\n# T\n\n" + UNVALIDATED, Scope.defaults());
    Croms c = r.croms().get();
    BigDecimal weighted =
        c.dimensions()
            .get(CromsDimension.COST)
            .multiply(new BigDecimal("0.35"))
            .add(c.dimensions().get(CromsDimension.LATENCY).multiply(new BigDecimal("0.25")))
            .add(c.dimensions().get(CromsDimension.FAILURE).multiply(new BigDecimal("0.25")))
            .add(c.dimensions().get(CromsDimension.STRUCTURAL).multiply(new BigDecimal("0.15")));
    assertThat(c.total())
        .isEqualByComparingTo(
            weighted.multiply(c.ethicsMultiplier()).setScale(2, java.math.RoundingMode.HALF_EVEN));
    assertThat(c.dimensions().get(CromsDimension.FAILURE))
        .isGreaterThanOrEqualTo(new BigDecimal("20"));
    assertThat(CromsScore.label(new BigDecimal("10"))).isEqualTo(CromsLabel.EXCELLENT);
    assertThat(CromsScore.label(new BigDecimal("10.01"))).isEqualTo(CromsLabel.GOOD);
    assertThat(CromsScore.label(new BigDecimal("25.01"))).isEqualTo(CromsLabel.FAIR);
    assertThat(CromsScore.label(new BigDecimal("45.01"))).isEqualTo(CromsLabel.POOR);
    assertThat(CromsScore.label(new BigDecimal("70.01"))).isEqualTo(CromsLabel.CRITICAL);
  }

  @Test
  void wasteDoesNotCountTheSameTokensTwice() {
    // a duplicated step on an overpowered model: both findings touch the second step's tokens
    String sop =
        DUPLICATE
            .replace("claude-haiku-4-5", "claude-opus-4-7")
            .replace(
                "Translate the reply into German, keeping the tone.",
                "Classify the reply as positive or negative, keeping notes.");
    Croms c = compileSop(HEAD + sop, Scope.defaults()).croms().get();
    BigDecimal sum =
        c.findings().stream()
            .map(f -> f.usdPerMonth().amount())
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    assertThat(c.findings()).anyMatch(f -> f.kind().equals("CROMS-STRUCT-DUPLICATE-STEP"));
    assertThat(c.findings()).anyMatch(f -> f.kind().equals("CROMS-COST-OVERPOWERED-MODEL"));
    assertThat(c.wasteUsdPerMonth().amount()).isLessThan(sum);
    // never more than the declared plan costs
    CompileResult r = compileSop(HEAD + sop, Scope.defaults());
    assertThat(c.wasteUsdPerMonth().isGreaterThan(r.simulation().get().declared().perMonth()))
        .isFalse();
  }
}
