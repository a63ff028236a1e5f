package ai.cromus.core.parse;

import static org.assertj.core.api.Assertions.assertThat;

import ai.cromus.core.Cromus;
import ai.cromus.core.WorkflowSource;
import ai.cromus.core.diagnostic.Diagnostic;
import ai.cromus.core.workflow.Parsed;
import ai.cromus.core.workflow.Step;
import ai.cromus.core.workflow.Workflow;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The SOP language where it was read wrongly: step numbers in headings, list annotations and loose
 * numbers (each case failed before its fix).
 */
class SopLanguageTest {
  private static final Cromus ENGINE = Cromus.builder().build();

  private static Parsed<Workflow> parse(String text) {
    return ENGINE.parse(WorkflowSource.sop("t.md", text));
  }

  private static List<String> titles(Parsed<Workflow> p) {
    return p.value().steps().stream().map(Step::title).collect(Collectors.toList());
  }

  private static List<Diagnostic> rule(Parsed<Workflow> p, String rule) {
    return p.diagnostics().stream().filter(d -> d.rule().equals(rule)).collect(Collectors.toList());
  }

  // step numbers

  @ParameterizedTest
  @ValueSource(
      strings = {
        "3D render the product",
        "24h follow-up email",
        "1.5x upscale the image",
        "10,000 users get a reply",
        "2024-01 close the books",
        "7 habits review",
        "Step 3D render"
      })
  void aHeadingThatStartsWithDigitsKeepsItsTitle(String heading) {
    Parsed<Workflow> p = parse("# T\n\n## " + heading + "\nDo it.\n");
    assertThat(titles(p)).containsExactly(heading);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "3. Classify the request|Classify the request",
        "3) Classify the request|Classify the request",
        "3. — Classify the request|Classify the request",
        "Step 3 — Classify the request|Classify the request",
        "Step 3: Classify the request|Classify the request",
        "step 3 Classify the request|Classify the request",
        "Step 3. Classify the request|Classify the request"
      })
  void aStepNumberIsDigitsThenAPointOrParenthesisAndASpace(String heading, String title) {
    Parsed<Workflow> p = parse("# T\n\n## " + heading + "\nDo it.\n");
    assertThat(titles(p)).containsExactly(title);
  }

  @Test
  void aReferenceByNumberDoesNotResolveToATitleThatStartsWithThatNumber() {
    Parsed<Workflow> p =
        parse(
            """
            # T

            ## 24h follow-up email
            Write it.
            - kind: llm

            ## 1. Send it
            Send.
            - kind: tool
            - after: 24
            """);
    Step send = p.value().steps().get(1);
    assertThat(send.dependsOn()).containsExactly("24");
  }

  @Test
  void aReferenceByNumberResolvesToTheNumberedStep() {
    Parsed<Workflow> p =
        parse(
            """
            # T

            ## 24. Draft the email
            Write it.
            - kind: llm

            ## 25. Send it
            Send.
            - kind: tool
            - after: 24
            """);
    assertThat(p.value().steps().get(1).dependsOn()).containsExactly("draft-the-email");
  }

  @Test
  void aReferenceIsStrippedOfStepOnlyBeforeANumber() {
    Parsed<Workflow> p =
        parse(
            """
            # T

            ## Stepwise review
            Review.
            - kind: llm

            ## Check
            Check.
            - kind: llm
            - after: Step 1, stepwise review
            """);
    assertThat(p.value().steps().get(1).dependsOn()).containsExactly("stepwise-review");
  }

  // list annotations

  @ParameterizedTest
  @ValueSource(
      strings = {
        "- tools: [orders.lookup, email.send]",
        "- tools: orders.lookup, email.send",
        "- tools: `orders.lookup`; \"email.send\"",
        "- tools: ['orders.lookup', 'email.send']",
        "- tools:\n  - orders.lookup\n  - email.send",
        "- tools: [orders.lookup]\n- tools:\n  - email.send",
      })
  void toolsAreReadFromFlowCommaAndNestedLists(String annotation) {
    Parsed<Workflow> p = parse("# T\n\n## 1. Look up the order\n" + annotation + "\n");
    assertThat(p.value().steps().get(0).tools()).containsExactly("orders.lookup", "email.send");
    assertThat(rule(p, "SOP-ANNOTATION-VALUE")).isEmpty();
  }

  @Test
  void fallbacksAndReferencesAreReadFromFlowAndNestedLists() {
    Parsed<Workflow> p =
        parse(
            """
            # T

            ## 1. A
            Classify.
            - kind: llm

            ## 2. B
            Classify.
            - kind: llm

            ## 3. C
            Draft.
            - kind: llm
            - fallback: [gpt-5-mini, claude-haiku-4-5]
            - after:
              1. 1
              2. 2
            """);
    Step c = p.value().steps().get(2);
    assertThat(c.fallbacks()).containsExactly("gpt-5-mini", "claude-haiku-4-5");
    assertThat(c.dependsOn()).containsExactly("a", "b");
    assertThat(rule(p, "SOP-ANNOTATION-VALUE")).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "- tools:",
        "- tools: [orders.lookup, email.send",
        "- tools: [orders.lookup, [email.send]]",
        "- tools: {orders: lookup}",
        "- fallback: [gpt-5-mini",
        "- after:",
        "- tools:\n  - orders.lookup\n\n    More about it.\n"
      })
  void aListThatDoesNotReadIsADiagnostic(String annotation) {
    Parsed<Workflow> p = parse("# T\n\n## 1. Look up the order\nLook it up.\n" + annotation + "\n");
    assertThat(rule(p, "SOP-ANNOTATION-VALUE")).hasSize(1);
    assertThat(p.value().steps().get(0).tools()).isEmpty();
  }

  @Test
  void textNestedUnderAnAnnotationWithOneValueIsADiagnostic() {
    Parsed<Workflow> p =
        parse("# T\n\n## 1. A\nClassify.\n- input: the email\n  - its subject\n  - its body\n");
    assertThat(rule(p, "SOP-ANNOTATION-VALUE"))
        .singleElement()
        .satisfies(d -> assertThat(d.message()).contains("nested under 'input:'"));
    assertThat(p.value().steps().get(0).inputDescription()).hasValue("the email");
  }

  // numbers

  @ParameterizedTest
  @ValueSource(strings = {"1,5", "1,,,0", "010", "1,5000", "1_5", "1,000_000"})
  void aLooseNumberInFrontMatterIsADiagnostic(String value) {
    Parsed<Workflow> p =
        parse("---\nruns_per_day: " + value + "\n---\n# T\n\n## 1. A\nClassify.\n- kind: llm\n");
    assertThat(rule(p, "SOP-FRONT-MATTER-VALUE")).hasSize(1);
    assertThat(p.value().runsPerDay()).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"1,500|1500", "1_500|1500", "15|15", "0|0", "'2,000,000'|2000000"})
  void aWellFormedNumberInFrontMatterIsRead(String value, long expected) {
    Parsed<Workflow> p =
        parse("---\nruns_per_day: " + value + "\n---\n# T\n\n## 1. A\nClassify.\n- kind: llm\n");
    assertThat(p.value().runsPerDay()).hasValue(expected);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "- output: 1,5 tokens",
        "- input: email, 1,,,0 tokens",
        "- output: 010 tokens",
        "- retry: 010",
        "- loop: up to 1,5 times"
      })
  void aLooseNumberInAnAnnotationIsADiagnostic(String annotation) {
    Parsed<Workflow> p = parse("# T\n\n## 1. A\nClassify.\n- kind: llm\n" + annotation + "\n");
    assertThat(rule(p, "SOP-ANNOTATION-VALUE")).hasSize(1);
  }

  @Test
  void wellFormedNumbersInAnnotationsAreRead() {
    Parsed<Workflow> p =
        parse(
            """
            # T

            ## 1. A
            Classify.
            - kind: llm
            - input: email, 1,200 tokens
            - output: ~1.5k tokens
            - loop: up to 1,000 times
            - retry: 3 times
            """);
    Step a = p.value().steps().get(0);
    assertThat(a.inputTokens().tokens()).isEqualTo(1200);
    assertThat(a.outputTokens().tokens()).isEqualTo(1500);
    assertThat(a.loopBound()).hasValue(1000);
    assertThat(a.retries()).hasValue(3);
    assertThat(rule(p, "SOP-ANNOTATION-VALUE")).isEmpty();
  }
}
