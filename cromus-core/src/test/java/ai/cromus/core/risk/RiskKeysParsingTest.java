package ai.cromus.core.risk;

import static org.assertj.core.api.Assertions.assertThat;

import ai.cromus.core.Cromus;
import ai.cromus.core.InputKind;
import ai.cromus.core.WorkflowSource;
import ai.cromus.core.diagnostic.Diagnostic;
import ai.cromus.core.internal.spec.Sidecar;
import ai.cromus.core.internal.yaml.YamlNode;
import ai.cromus.core.internal.yaml.YamlReader;
import ai.cromus.core.spec.SpecFile;
import ai.cromus.core.spec.SpecReport;
import ai.cromus.core.spec.SpecType;
import ai.cromus.core.spec.SpecValidator;
import ai.cromus.core.workflow.DataClass;
import ai.cromus.core.workflow.Effect;
import ai.cromus.core.workflow.Parsed;
import ai.cromus.core.workflow.Step;
import ai.cromus.core.workflow.Trust;
import ai.cromus.core.workflow.Workflow;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The step keys {@code effect:}, {@code trust:}, {@code data:} and the workflow's {@code data:} are
 * read in SOP annotations, the structured JSON and YAML forms and the cromus.yaml sidecar; a value
 * Cromus cannot read is a diagnostic at its line, never silently dropped.
 */
class RiskKeysParsingTest {
  static final Cromus ENGINE = Cromus.builder().build();

  static Parsed<Workflow> parse(String name, String text, InputKind kind) {
    return ENGINE.parse(WorkflowSource.builder().name(name).text(text).kind(kind).build());
  }

  static final String SOP =
      """
      ---
      name: keys
      data: [pii, pci]
      ---
      # Keys

      ## 1. Send the invoice
      Send it.
      - kind: tool
      - tool: mail.send
      - effect: irreversible
      - trust: untrusted
      - data: phi, secrets

      ## 2. Read the page
      Read it.
      - kind: llm
      - effect: read-only
      - data:
        - public
      - after: 1

      ## 3. Archive
      Archive it.
      - kind: tool
      - effect: write
      - trust: trusted
      - after: 2
      """;

  @Test
  void sopAnnotationsAndFrontMatter() {
    Parsed<Workflow> p = parse("keys.md", SOP, InputKind.SOP);
    Workflow w = p.value();
    assertThat(w.data()).containsExactly(DataClass.PII, DataClass.PCI);
    Step send = w.steps().get(0);
    assertThat(send.effect()).contains(Effect.IRREVERSIBLE);
    assertThat(send.trust()).contains(Trust.UNTRUSTED);
    assertThat(send.data()).containsExactly(DataClass.PHI, DataClass.SECRETS);
    Step read = w.steps().get(1);
    assertThat(read.effect()).contains(Effect.READ_ONLY);
    assertThat(read.data()).containsExactly(DataClass.PUBLIC);
    assertThat(w.steps().get(2).effect()).contains(Effect.WRITE);
    assertThat(w.steps().get(2).trust()).contains(Trust.TRUSTED);
    assertThat(w.steps().get(2).data()).isEmpty();
    assertThat(p.diagnostics())
        .extracting(Diagnostic::rule)
        .doesNotContain("SOP-ANNOTATION-KEY", "SOP-ANNOTATION-VALUE", "SOP-FRONT-MATTER-KEY");
  }

  @Test
  void unreadableValuesAreDiagnosticsAtTheirLine() {
    String sop =
        """
        ---
        name: bad
        data: [pii, diary]
        ---
        # Bad

        ## 1. Do it
        Do it.
        - kind: tool
        - effect: explosive
        - trust: maybe
        - data: pii, gossip
        """;
    Parsed<Workflow> p = parse("bad.md", sop, InputKind.SOP);
    assertThat(p.diagnostics())
        .filteredOn(d -> !d.rule().startsWith("SOP-INFER"))
        .extracting(Diagnostic::rule, Diagnostic::line)
        .contains(
            org.assertj.core.groups.Tuple.tuple("SOP-FRONT-MATTER-VALUE", 3),
            org.assertj.core.groups.Tuple.tuple("SOP-ANNOTATION-VALUE", 10),
            org.assertj.core.groups.Tuple.tuple("SOP-ANNOTATION-VALUE", 11),
            org.assertj.core.groups.Tuple.tuple("SOP-ANNOTATION-VALUE", 12));
    assertThat(p.diagnostics())
        .filteredOn(d -> d.line() == 10)
        .extracting(Diagnostic::hint)
        .containsExactly(Optional.of("Expected one of read_only, write, external, irreversible."));
    Workflow w = p.value();
    assertThat(w.data()).isEmpty();
    assertThat(w.steps().get(0).effect()).isEmpty();
    assertThat(w.steps().get(0).trust()).isEmpty();
    assertThat(w.steps().get(0).data()).isEmpty();
  }

  @Test
  void structuredJsonAndYaml() {
    String json =
        "{\"name\": \"keys\", \"data\": \"pii\", \"steps\": [{\"id\": \"send\", \"kind\": \"tool\","
            + " \"tools\": [\"mail.send\"], \"effect\": \"external\", \"trust\": \"untrusted\","
            + " \"data\": [\"phi\", \"secrets\"], \"dependsOn\": []}]}";
    String yaml =
        """
        name: keys
        data: [pii]
        steps:
          - id: send
            kind: tool
            tools: [mail.send]
            effect: external
            trust: untrusted
            data: [phi, secrets]
            dependsOn: []
        """;
    for (Parsed<Workflow> p :
        List.of(
            parse("keys.json", json, InputKind.JSON), parse("keys.yaml", yaml, InputKind.YAML))) {
      assertThat(p.diagnostics()).extracting(Diagnostic::rule).doesNotContain("WF-UNKNOWN-FIELD");
      Workflow w = p.value();
      assertThat(w.data()).containsExactly(DataClass.PII);
      Step s = w.steps().get(0);
      assertThat(s.effect()).contains(Effect.EXTERNAL);
      assertThat(s.trust()).contains(Trust.UNTRUSTED);
      assertThat(s.data()).containsExactly(DataClass.PHI, DataClass.SECRETS);
    }
    Parsed<Workflow> bad =
        parse(
            "bad.yaml",
            "name: bad\ndata: {pii: yes}\nsteps:\n  - id: a\n    kind: tool\n    effect: boom\n",
            InputKind.YAML);
    assertThat(bad.diagnostics())
        .extracting(Diagnostic::rule, Diagnostic::line)
        .contains(
            org.assertj.core.groups.Tuple.tuple("WF-SCHEMA", 2),
            org.assertj.core.groups.Tuple.tuple("SOP-ANNOTATION-VALUE", 6));
  }

  @Test
  void theSidecarWritesAndReadsThemBack() {
    Workflow w = parse("keys.md", SOP, InputKind.SOP).value();
    String yaml =
        Sidecar.write(w, "keys", Optional.empty(), "ethos-the-steward-v1.0.0", Optional.empty());
    assertThat(yaml)
        .contains("effect: \"irreversible\"", "trust: \"untrusted\"", "- \"phi\"", "- \"pii\"");
    YamlNode root =
        new YamlReader(YamlReader.Bounds.spec(ai.cromus.core.Limits.builder().build()))
            .read(yaml)
            .root()
            .orElseThrow();
    Workflow back = Sidecar.read(root, "keys", "keys.md");
    assertThat(back.data()).isEqualTo(w.data());
    for (int i = 0; i < w.steps().size(); i++) {
      assertThat(back.steps().get(i).effect()).isEqualTo(w.steps().get(i).effect());
      assertThat(back.steps().get(i).trust()).isEqualTo(w.steps().get(i).trust());
      assertThat(back.steps().get(i).data()).isEqualTo(w.steps().get(i).data());
    }
    SpecReport report =
        SpecValidator.create()
            .validate(SpecFile.of(".agents/skills/keys/cromus.yaml", yaml, SpecType.SIDECAR));
    assertThat(report.diagnostics())
        .extracting(Diagnostic::rule)
        .doesNotContain("SKILL-SIDECAR-FIELD", "SKILL-SIDECAR-VALUE");
    String broken = yaml.replace("effect: \"irreversible\"", "effect: \"loud\"");
    SpecReport bad =
        SpecValidator.create()
            .validate(SpecFile.of(".agents/skills/keys/cromus.yaml", broken, SpecType.SIDECAR));
    assertThat(bad.diagnostics())
        .anySatisfy(d -> assertThat(d.message()).contains("steps[].effect must be one of"));
  }
}
