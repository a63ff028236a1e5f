package ai.cromus.core.internal.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import ai.cromus.core.CompileResult;
import ai.cromus.core.Cromus;
import ai.cromus.core.WorkflowSource;
import ai.cromus.core.diagnostic.Diagnostic;
import ai.cromus.core.scope.Scope;
import ai.cromus.core.spec.SpecFile;
import ai.cromus.core.spec.SpecReport;
import ai.cromus.core.spec.SpecType;
import ai.cromus.core.spec.SpecValidator;
import ai.cromus.core.workflow.Step;
import org.junit.jupiter.api.Test;

/** The one front-matter splitter: only a marker at column 0 opens or closes a front matter. */
class FrontMatterTest {
  /** Issue 18.7: a block scalar holding an indented "---" (or "...") stays in the front matter. */
  static final String SOP =
      """
      ---
      name: triage
      description: |
        Sort the inbox.
        ---
        ...
        Then reply.
      owner: Support
      ---
      # Triage

      ## 1. Classify the email
      Classify it.
      - kind: llm
      """;

  @Test
  void anIndentedMarkerDoesNotCloseTheFrontMatter() {
    FrontMatter fm = FrontMatter.lines(SOP).frontMatter().orElseThrow();
    assertThat(fm.yaml()).contains("owner: Support").contains("  ---\n");
    assertThat(fm.bodyLine()).isEqualTo(10);
    assertThat(fm.body()).startsWith("# Triage\n");
    CompileResult r =
        Cromus.builder().build().compileSource(WorkflowSource.sop("t.md", SOP), Scope.defaults());
    assertThat(r.workflow().owner()).contains("Support");
    assertThat(r.workflow().description()).contains("Sort the inbox.\n---\n...\nThen reply.");
    assertThat(r.workflow().title()).isEqualTo("Triage");
    assertThat(r.workflow().steps()).extracting(Step::title).containsExactly("Classify the email");
    assertThat(r.workflow().steps().get(0).position().line()).isEqualTo(12);
    assertThat(r.diagnostics())
        .extracting(Diagnostic::rule)
        .doesNotContain("SOP-NO-TITLE", "SOP-FRONT-MATTER-SYNTAX");
  }

  @Test
  void theSameHoldsForMemoryAndAgentsFiles() {
    String memory =
        """
        ---
        memory_id: m
        version: "1.0.0"
        scope: session
        agent_compatibility: any
        compression_strategy: prune
        last_updated: "2026-01-01"
        owner: |
          A
          ---
          B
        ---
        # Memory

        ## Identity

        x
        """;
    SpecReport m =
        SpecValidator.create().validate(SpecFile.of("MEMORY.md", memory, SpecType.MEMORY));
    assertThat(m.diagnostics())
        .extracting(Diagnostic::rule)
        .doesNotContain("MEMORY-FIELD-MISSING", "MEMORY-YAML-SYNTAX");
  }

  @Test
  void markersAreWholeLinesAtColumnZero() {
    assertThat(FrontMatter.lines("---\na: 1\n--- \nbody").frontMatter().get().body())
        .isEqualTo("body");
    assertThat(FrontMatter.lines("---\r\na: 1\r\n...\r\nbody").frontMatter()).isPresent();
    assertThat(FrontMatter.lines("\uFEFF---\na: 1\n---\n").frontMatter()).isPresent();
    assertThat(FrontMatter.lines(" ---\na: 1\n---\n").failure())
        .contains(FrontMatter.Failure.NOT_STARTED);
    assertThat(FrontMatter.lines("---\na: 1\n ---\n---x\n").failure())
        .contains(FrontMatter.Failure.NOT_CLOSED);
    assertThat(FrontMatter.lines("--- x\na: 1\n---\n").failure())
        .contains(FrontMatter.Failure.NOT_STARTED);
    assertThat(FrontMatter.lines("---").failure()).contains(FrontMatter.Failure.NOT_CLOSED);
    assertThat(FrontMatter.lines("---\n---\n").frontMatter().get().yaml()).isEmpty();
  }

  @Test
  void aFencedYamlBlockIsFoundAsCommonmarkReadsIt() {
    String text =
        """
        # Profile

            ```yaml
            not: a fence (indented code)
            ```

        ~~~~ yaml title
        ethos:
          name: x
        ~~~
        ```
        ~~~~
        after
        """;
    FrontMatter f = FrontMatter.fencedYaml(text).orElseThrow();
    assertThat(f.yaml()).isEqualTo("ethos:\n  name: x\n~~~\n```\n");
    assertThat(f.line()).isEqualTo(8);
    assertThat(FrontMatter.fencedYaml("```python\nx\n```\n")).isEmpty();
  }

  @Test
  void skillsRefSplitsOnTheFirstMarkerAnywhereAsTheReferenceValidatorDoes() {
    FrontMatter.Split s = FrontMatter.skillsRef("---\nname: a---b\n---\nbody");
    assertThat(s.frontMatter().get().yaml()).isEqualTo("\nname: a");
    assertThat(FrontMatter.skillsRef("name: x").failure())
        .contains(FrontMatter.Failure.NOT_STARTED);
    assertThat(FrontMatter.skillsRef("---\nname: x\n").failure())
        .contains(FrontMatter.Failure.NOT_CLOSED);
  }
}
