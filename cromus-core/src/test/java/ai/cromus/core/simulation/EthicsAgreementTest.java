package ai.cromus.core.simulation;

import static ai.cromus.core.simulation.Fixtures.compileSop;
import static org.assertj.core.api.Assertions.assertThat;

import ai.cromus.core.CompileResult;
import ai.cromus.core.croms.Croms;
import ai.cromus.core.croms.CromsFinding;
import ai.cromus.core.croms.CromsRule;
import ai.cromus.core.croms.FindingSeverity;
import ai.cromus.core.internal.ethics.EthicsTable;
import ai.cromus.core.scope.Scope;
import ai.cromus.core.spec.EthosAlignment;
import ai.cromus.core.spec.EthosProfile;
import ai.cromus.core.spec.EthosProfiles;
import ai.cromus.core.spec.SpecRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One ethics table: for every reference profile against every domain the table knows (and a few
 * written otherwise, one it does not know, and none), the compiled workflow's Croms multiplier and
 * ethics finding, its generated cromus.yaml's {@code ethos_alignment}, and the spec check {@code
 * ETHOS-DOMAIN} all say the same.
 */
class EthicsAgreementTest {
  static final Pattern SIDECAR_ALIGNMENT = Pattern.compile("ethos_alignment: \"?([a-z_]+)\"?");

  static Stream<String> profiles() {
    return EthosProfiles.all().stream().map(EthosProfile::stem);
  }

  static List<Optional<String>> domains() {
    List<Optional<String>> out = new ArrayList<>();
    EthicsTable.domains().forEach(d -> out.add(Optional.of(d)));
    for (String d : List.of("Government", "Public Sector", "Financial Services", "astrology")) {
      out.add(Optional.of(d));
    }
    out.add(Optional.empty());
    return out;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("profiles")
  void multiplierSidecarAndSpecCheckAgree(String stem) {
    for (Optional<String> domain : domains()) {
      EthosAlignment expected = EthosProfiles.alignment(stem, domain);
      CompileResult r = compile(stem, domain);
      String why = stem + " in domain " + domain.orElse("(none)") + ": expected " + expected;
      Croms croms = r.croms().orElseThrow();
      assertThat(croms.ethicsMultiplier())
          .as(why)
          .isEqualByComparingTo(EthicsTable.MULTIPLIER.get(expected));
      assertThat(ethicsFindings(croms)).as(why).isEqualTo(expectedFindings(expected));
      assertThat(sidecarAlignment(r)).as(why).isEqualTo(expected.id());
      boolean specWarns =
          r.diagnostics().stream().anyMatch(d -> d.rule().equals(SpecRule.ETHOS_DOMAIN.id()));
      assertThat(specWarns).as(why).isEqualTo(expected != EthosAlignment.ALIGNED);
    }
  }

  @Test
  void aGovernmentWorkflowOnTheBuilderIsRegulatedPermissiveEverywhere() {
    CompileResult r = compile("ethos-the-builder-v1.0.0", Optional.of("government"));
    assertThat(r.croms().orElseThrow().ethicsMultiplier()).isEqualByComparingTo("2.0");
    assertThat(ethicsFindings(r.croms().orElseThrow()))
        .containsExactly(CromsRule.ETHICS_MISMATCH.id() + " critical");
    assertThat(sidecarAlignment(r)).isEqualTo("regulated_permissive");
    assertThat(r.diagnostics()).anyMatch(d -> d.rule().equals(SpecRule.ETHOS_DOMAIN.id()));
  }

  @Test
  void aWorkflowWithoutAProfileIsMissingForCroms() {
    Croms croms =
        compileSop("---\nname: t\ndomain: government\n---\n# T\n\n" + STEP, Scope.defaults())
            .croms()
            .orElseThrow();
    assertThat(croms.ethicsMultiplier())
        .isEqualByComparingTo(EthicsTable.MULTIPLIER.get(EthosAlignment.MISSING));
    assertThat(ethicsFindings(croms)).containsExactly(CromsRule.ETHICS_MISSING.id() + " high");
  }

  static final String STEP =
      """
      ## 1. Draft the reply
      Write a reply to the customer's question.
      - kind: llm
      - model: claude-sonnet-4-6
      - input: email, 1,000 tokens
      - output: reply, 200 tokens
      """;

  static CompileResult compile(String stem, Optional<String> domain) {
    String front =
        "---\nname: t\n"
            + domain.map(d -> "domain: " + d + "\n").orElse("")
            + "ethos: "
            + stem
            + "\n";
    return compileSop(front + "---\n# T\n\n" + STEP, Scope.defaults());
  }

  static List<String> expectedFindings(EthosAlignment a) {
    return switch (a) {
      case MISMATCHED -> List.of(CromsRule.ETHICS_MISMATCH.id() + " high");
      case REGULATED_PERMISSIVE -> List.of(CromsRule.ETHICS_MISMATCH.id() + " critical");
      case MISSING -> List.of(CromsRule.ETHICS_MISSING.id() + " " + FindingSeverity.MODERATE.id());
      default -> List.of();
    };
  }

  static List<String> ethicsFindings(Croms croms) {
    return croms.findings().stream()
        .filter(f -> f.kind().startsWith("CROMS-ETHICS"))
        .map(EthicsAgreementTest::describe)
        .collect(Collectors.toList());
  }

  static String describe(CromsFinding f) {
    return f.kind() + " " + f.severity().id();
  }

  static String sidecarAlignment(CompileResult r) {
    Matcher m = SIDECAR_ALIGNMENT.matcher(r.artifacts().orElseThrow().cromusYaml());
    assertThat(m.find()).as("the sidecar has an ethos_alignment").isTrue();
    return m.group(1);
  }
}
