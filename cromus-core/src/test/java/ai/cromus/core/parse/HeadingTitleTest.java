package ai.cromus.core.parse;

import static org.assertj.core.api.Assertions.assertThat;

import ai.cromus.core.Cromus;
import ai.cromus.core.WorkflowSource;
import ai.cromus.core.diagnostic.Diagnostic;
import ai.cromus.core.diagnostic.Severity;
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
 * A title is its heading's text as Markdown reads it, with inline HTML kept as written; whatever of
 * the heading the title leaves out is quoted in {@code SOP-TITLE-MARKUP} or {@code
 * SOP-TITLE-LINK-TARGET}. Before, commonmark's inline HTML was skipped without a word: {@code
 * </text><script>} vanished from a step title and {@code # <img src=x>} left the workflow without
 * one.
 */
class HeadingTitleTest {
  private static final Cromus ENGINE = Cromus.builder().build();

  private static Parsed<Workflow> parse(String text) {
    return ENGINE.parse(WorkflowSource.sop("t.md", text));
  }

  private static List<String> titles(Parsed<Workflow> p) {
    return p.value().steps().stream().map(Step::title).collect(Collectors.toList());
  }

  private static List<Diagnostic> titleDiagnostics(Parsed<Workflow> p) {
    return p.diagnostics().stream()
        .filter(d -> d.rule().startsWith("SOP-TITLE-"))
        .collect(Collectors.toList());
  }

  @Test
  void inlineHtmlInAStepHeadingStaysInTheTitle() {
    Parsed<Workflow> p =
        parse("# T\n\n## 1. Classify </text><script>alert(2)</script>\nRead the email.\n");
    assertThat(titles(p)).containsExactly("Classify </text><script>alert(2)</script>");
    assertThat(p.value().steps().get(0).id()).isEqualTo("classify-text-script-alert-2-script");
    assertThat(titleDiagnostics(p)).isEmpty();
  }

  @Test
  void aWorkflowTitleOfHtmlAloneIsKept() {
    Parsed<Workflow> p = parse("# <img src=x>\n\n## 1. Classify the request\nRead it.\n");
    assertThat(p.value().title()).isEqualTo("<img src=x>");
    assertThat(p.diagnostics()).extracting(Diagnostic::rule).doesNotContain("SOP-NO-TITLE");
    assertThat(titleDiagnostics(p)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Send the <b>final</b> reply",
        "Classify <!-- note --> it",
        "Look up <order-id>",
        "Write in C#",
        "Approve refunds over $200 {{x}} ${y}",
        "Classify </text><script>alert(2)</script>"
      })
  void plainTextAndInlineHtmlAreKeptWithoutADiagnostic(String title) {
    Parsed<Workflow> p = parse("# T\n\n## 1. " + title + "\nDo it.\n");
    assertThat(titles(p)).containsExactly(title);
    assertThat(titleDiagnostics(p)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "## 1. Call `orders.lookup` for the order|Call orders.lookup for the order",
        "## 1. Classify the **urgent** emails|Classify the urgent emails",
        "## 1. Reply to Q&amp;A|Reply to Q&A",
        "## 1. Escape \\*this\\*|Escape *this*",
        "## 1. Count the tickets \\#|Count the tickets #",
        "## Review <https://example.com/a>|Review https://example.com/a"
      })
  void markupThatTheTitleLeavesOutIsQuotedInAnInfo(String heading, String title) {
    Parsed<Workflow> p = parse("# T\n\n" + heading + "\nDo it.\n");
    assertThat(titles(p)).containsExactly(title);
    String written = heading.substring(heading.indexOf(' ') + 1).replaceFirst("^1\\. ", "");
    assertThat(titleDiagnostics(p))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.rule()).isEqualTo("SOP-TITLE-MARKUP");
              assertThat(d.severity()).isEqualTo(Severity.INFO);
              assertThat(d.line()).isEqualTo(3);
              assertThat(d.column()).isEqualTo(1);
              assertThat(d.message())
                  .isEqualTo(
                      "Markdown in this heading is not part of its title: written '"
                          + written
                          + "', read as the title '"
                          + title
                          + "'.");
            });
  }

  @Test
  void aLinkTargetThatTheTitleLeavesOutIsAWarningThatNamesIt() {
    Parsed<Workflow> p =
        parse(
            """
            # [Refund triage](https://wiki.example/refunds)

            ## 1. Read [the policy](https://example.com/p "Policy") and ![logo](logo.png)
            Do it.
            """);
    assertThat(p.value().title()).isEqualTo("Refund triage");
    assertThat(titles(p)).containsExactly("Read the policy and logo");
    assertThat(titleDiagnostics(p))
        .extracting(Diagnostic::rule, Diagnostic::severity, Diagnostic::line, Diagnostic::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "SOP-TITLE-LINK-TARGET",
                Severity.WARNING,
                1,
                "The target of a link or image in this heading is not part of its title:"
                    + " 'https://wiki.example/refunds' (written '[Refund triage]"
                    + "(https://wiki.example/refunds)', read as the title 'Refund triage')."),
            org.assertj.core.groups.Tuple.tuple(
                "SOP-TITLE-LINK-TARGET",
                Severity.WARNING,
                3,
                "The target of a link or image in this heading is not part of its title:"
                    + " 'https://example.com/p', 'logo.png' (written 'Read [the policy]"
                    + "(https://example.com/p \"Policy\") and ![logo](logo.png)', read as the"
                    + " title 'Read the policy and logo')."));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "## 1. Classify the request ##|Classify the request",
        "## 1. Classify the request #####   |Classify the request",
        "   ## 1. Classify the request|Classify the request",
        "##\t1. Classify the request|Classify the request"
      })
  void theMarkersOfAnAtxHeadingAreNotPartOfItsText(String heading, String title) {
    Parsed<Workflow> p = parse("# T\n\n" + heading + "\nDo it.\n");
    assertThat(titles(p)).containsExactly(title);
    assertThat(titleDiagnostics(p)).isEmpty();
  }

  @Test
  void aSetextHeadingIsReadTheSameWay() {
    Parsed<Workflow> p =
        parse("Refund <em>triage</em>\n===\n\nClassify the **request**\n---\nRead it.\n");
    assertThat(p.value().title()).isEqualTo("Refund <em>triage</em>");
    assertThat(titles(p)).containsExactly("Classify the request");
    assertThat(titleDiagnostics(p))
        .extracting(Diagnostic::rule, Diagnostic::line)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("SOP-TITLE-MARKUP", 4));
  }

  @Test
  void aListStepKeepsInlineHtmlInItsTitleAndInstructions() {
    Parsed<Workflow> p = parse("# T\n\n1. Classify the <b>email</b> by topic.\n2. Reply.\n");
    assertThat(titles(p)).containsExactly("Classify the <b>email</b> by topic", "Reply");
    assertThat(p.value().steps().get(0).instructions())
        .isEqualTo("Classify the <b>email</b> by topic.");
  }

  @Test
  void anAnnotationValueKeepsInlineHtml() {
    Parsed<Workflow> p =
        parse(
            """
            # T

            ## 1. Classify
            Read it.
            - kind: human
            - input: the <order> record, ~900 tokens
            - approver: <b>Team lead</b>
            """);
    Step s = p.value().steps().get(0);
    assertThat(s.inputTokens().tokens()).isEqualTo(900);
    assertThat(s.inputDescription()).hasValue("the <order> record");
    assertThat(s.approver()).hasValue("<b>Team lead</b>");
  }

  @Test
  void aGeneratedSkillMdReadsBackToTheSameTitles() {
    Workflow w =
        parse("# T <b>x</b>\n\n## 1. Classify </text><script>alert(2)</script>\nRead it.\n")
            .value();
    String skill =
        ENGINE.compile(w, ai.cromus.core.scope.Scope.defaults()).artifacts().get().skillMd();
    Parsed<Workflow> back =
        ENGINE.parse(WorkflowSource.skill("t/SKILL.md", skill, java.util.Optional.empty()));
    assertThat(titles(back)).containsExactly("Classify </text><script>alert(2)</script>");
  }
}
