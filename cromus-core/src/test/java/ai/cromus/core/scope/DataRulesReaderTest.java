package ai.cromus.core.scope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import ai.cromus.core.catalog.EcosystemTier;
import ai.cromus.core.diagnostic.Diagnostic;
import ai.cromus.core.risk.RiskLevel;
import ai.cromus.core.simulation.BundledCatalog;
import ai.cromus.core.workflow.DataClass;
import ai.cromus.core.workflow.Parsed;
import org.junit.jupiter.api.Test;

/** A scope's {@code data_rules:} and {@code thresholds.risk_max}, with every diagnostic. */
class DataRulesReaderTest {
  static Parsed<Scope> read(String text) {
    return ScopeReader.read("scope.yaml", text, BundledCatalog.get());
  }

  @Test
  void everyRestrictionIsRead() {
    Parsed<Scope> p =
        read(
            """
            data_rules:
              phi: {channels: [aws-bedrock, Azure-Foundry]}
              pii:
                regions: [eu]
                tiers: [managed, mainstream]
                deny: [vendor:xai]
              secrets: {prompt: never}
            thresholds: {risk_max: medium, croms_max: 40}
            """);
    assertThat(p.diagnostics()).isEmpty();
    Scope s = p.value();
    assertThat(s.dataRules())
        .extracting(DataRule::dataClass)
        .containsExactly(DataClass.PHI, DataClass.PII, DataClass.SECRETS);
    assertThat(s.dataRule(DataClass.PHI).orElseThrow().channels())
        .containsExactly("aws-bedrock", "azure-foundry");
    DataRule pii = s.dataRule(DataClass.PII).orElseThrow();
    assertThat(pii.regions()).containsExactly("eu");
    assertThat(pii.tiers()).containsExactly(EcosystemTier.MANAGED, EcosystemTier.MAINSTREAM);
    assertThat(pii.deny()).extracting(GateSelector::text).containsExactly("vendor:xai");
    assertThat(pii.inPrompts()).isTrue();
    assertThat(s.dataRule(DataClass.SECRETS).orElseThrow().inPrompts()).isFalse();
    assertThat(s.dataRule(DataClass.PCI)).isEmpty();
    assertThat(s.thresholds().riskMax()).contains(RiskLevel.MEDIUM);
    assertThat(s.thresholds().riskMaxLocation().orElseThrow().line()).isEqualTo(8);
    assertThat(pii.location().orElseThrow().line()).isEqualTo(3);
  }

  @Test
  void whatCannotBeReadIsSaidAtItsLine() {
    Parsed<Scope> p =
        read(
            """
            data_rules:
              diary: {channels: [aws-bedrock]}
              phi:
                channels: [aws-bedrok]
                tiers: [premium]
                regions: ['e u']
                deny: [flavour:x]
                prompt: sometimes
                allow: [vendor:openai]
              pci: [managed]
              pii: {regions: [mars]}
              PII: {prompt: never}
            thresholds: {risk_max: dangerous}
            """);
    assertThat(p.diagnostics())
        .extracting(Diagnostic::rule, Diagnostic::line)
        .containsExactlyInAnyOrder(
            tuple("SCOPE-UNKNOWN-KEY", 2),
            tuple("SCOPE-VALUE", 5),
            tuple("SCOPE-VALUE", 6),
            tuple("SCOPE-UNKNOWN-SELECTOR", 7),
            tuple("SCOPE-VALUE", 8),
            tuple("SCOPE-UNKNOWN-KEY", 9),
            tuple("SCOPE-VALUE", 10),
            tuple("SCOPE-DUPLICATE-KEY", 12),
            tuple("SCOPE-VALUE", 13),
            tuple("SCOPE-UNKNOWN-CHANNEL", 4),
            tuple("SCOPE-UNKNOWN-REGION", 11));
    Scope s = p.value();
    assertThat(s.dataRule(DataClass.PHI).orElseThrow().channels()).containsExactly("aws-bedrok");
    assertThat(s.dataRule(DataClass.PHI).orElseThrow().inPrompts()).isTrue();
    assertThat(s.dataRule(DataClass.PII).orElseThrow().inPrompts()).isTrue();
    assertThat(s.thresholds().riskMax()).isEmpty();
    assertThat(p.diagnostics())
        .filteredOn(d -> d.line() == 4)
        .extracting(Diagnostic::hint)
        .anySatisfy(
            h -> assertThat(h).hasValueSatisfying(x -> assertThat(x).contains("aws-bedrock")));
  }

  @Test
  void theJsonFormReadsTheSame() {
    Parsed<Scope> yaml =
        read("data_rules:\n  phi: {channels: [aws-bedrock]}\nthresholds: {risk_max: low}\n");
    Parsed<Scope> json =
        read(
            "{\"data_rules\": {\"phi\": {\"channels\": [\"aws-bedrock\"]}}, \"thresholds\":"
                + " {\"risk_max\": \"low\"}}");
    assertThat(json.diagnostics()).isEmpty();
    assertThat(json.value()).isEqualTo(yaml.value());
  }
}
