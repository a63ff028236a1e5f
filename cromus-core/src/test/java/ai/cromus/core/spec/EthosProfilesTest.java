package ai.cromus.core.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EthosProfilesTest {
  @Test
  void theSevenReferenceProfilesAreBuiltInWithTheSpecValues() {
    assertThat(EthosProfiles.all())
        .extracting(EthosProfile::stem)
        .containsExactly(
            "ethos-the-steward-v1.0.0",
            "ethos-the-guardian-v1.0.0",
            "ethos-the-analyst-v1.0.0",
            "ethos-the-builder-v1.0.0",
            "ethos-the-diplomat-v1.0.0",
            "ethos-the-catalyst-v1.0.0",
            "ethos-the-operator-v1.0.0");
    EthosProfile steward = EthosProfiles.find("ethos-the-steward-v1.0.0").orElseThrow();
    assertThat(steward.domain()).isEqualTo("pharmaceutical");
    assertThat(steward.riskTolerance()).isEqualTo(RiskTolerance.LOW);
    assertThat(steward.decisionStyle()).isEqualTo(DecisionStyle.CONSERVATIVE);
    assertThat(steward.escalationThreshold()).isEqualTo(EscalationThreshold.EARLY);
    assertThat(steward.humanApprovalRequired()).isTrue();
    assertThat(steward.communicationRegister()).isEqualTo(CommunicationRegister.FORMAL);
    assertThat(steward.uncertaintyBehavior()).isEqualTo(UncertaintyBehavior.PAUSE_AND_ESCALATE);
    assertThat(steward.owner()).isEqualTo("Regulatory Affairs");
    assertThat(steward.approvedDate()).contains("2026-03-21");
    assertThat(steward.complianceFrameworks())
        .containsExactly("FDA 21 CFR Part 11", "FDA 21 CFR Part 312", "ICH E6(R2)", "GxP");
    assertThat(steward.reviewCadence()).contains("quarterly");
    EthosProfile builder = EthosProfiles.find("the builder").orElseThrow();
    assertThat(builder.riskTolerance()).isEqualTo(RiskTolerance.HIGH);
    assertThat(builder.reviewCadence()).contains("on_major_release");
    assertThat(builder.permissive()).isTrue();
    assertThat(steward.permissive()).isFalse();
  }

  @ParameterizedTest
  @CsvSource({
    "ethos-the-steward-v1.0.0, The Steward",
    "ethos-the-steward-v1.0.0.md, The Steward",
    "The Guardian, The Guardian",
    "the-analyst, The Analyst",
    "OPERATOR, The Operator",
    "ethos-the-diplomat, The Diplomat"
  })
  void findsAProfileByEveryAcceptedForm(String ref, String name) {
    assertThat(EthosProfiles.find(ref)).map(EthosProfile::name).contains(name);
  }

  @Test
  void theStemsAreTheProfilesStemsInOrderWithoutReadingThem() {
    // stems() answers from the file list (validating a SKILL.md needs only the stems)
    assertThat(EthosProfiles.stems())
        .containsExactlyElementsOf(
            EthosProfiles.all().stream().map(EthosProfile::stem).collect(Collectors.toList()));
  }

  @Test
  void unknownReferencesResolveToNothing() {
    assertThat(EthosProfiles.find("ethos-the-steward-v2.0.0")).isEmpty();
    assertThat(EthosProfiles.find("")).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
    "ethos-the-steward-v1.0.0, pharmaceutical, ALIGNED",
    "ethos-the-steward-v1.0.0, Healthcare, ALIGNED",
    "ethos-the-builder-v1.0.0, pharmaceutical, REGULATED_PERMISSIVE",
    "ethos-the-catalyst-v1.0.0, legal, REGULATED_PERMISSIVE",
    "ethos-the-diplomat-v1.0.0, legal, MISMATCHED",
    "ethos-the-builder-v1.0.0, engineering, ALIGNED",
    "ethos-the-analyst-v1.0.0, engineering, ALIGNED",
    "ethos-the-diplomat-v1.0.0, customer support, ALIGNED",
    "ethos-the-operator-v1.0.0, marketing, MISMATCHED",
    "ethos-the-operator-v1.0.0, astrology, ALIGNED",
    "ethos-the-guardian-v1.0.0, finance, ALIGNED",
    "ethos-unknown-v1.0.0, finance, MISSING",
    "'', finance, MISSING"
  })
  void alignmentOfAProfileWithADomain(String ref, String domain, EthosAlignment expected) {
    assertThat(EthosProfiles.alignment(ref, Optional.of(domain))).isEqualTo(expected);
  }

  @Test
  void noDomainIsAlignedAndNoProfileIsMissing() {
    assertThat(EthosProfiles.alignment("ethos-the-builder-v1.0.0", Optional.empty()))
        .isEqualTo(EthosAlignment.ALIGNED);
    assertThat(EthosProfiles.alignment(" ", Optional.empty())).isEqualTo(EthosAlignment.MISSING);
  }

  @Test
  void recommendsTheProfileMeantForADomain() {
    for (String[] c :
        List.of(
            new String[] {"pharmaceutical", "The Steward"},
            new String[] {"legal", "The Guardian"},
            new String[] {"finance", "The Guardian"},
            new String[] {"engineering", "The Builder"},
            new String[] {"data_science", "The Analyst"},
            new String[] {"customer_success", "The Diplomat"},
            new String[] {"HR", "The Diplomat"},
            new String[] {"marketing", "The Catalyst"},
            new String[] {"shared services", "The Operator"})) {
      assertThat(EthosProfiles.recommendedFor(Optional.of(c[0])))
          .map(EthosProfile::name)
          .as(c[0])
          .contains(c[1]);
    }
    assertThat(EthosProfiles.recommendedFor(Optional.of("astrology"))).isEmpty();
    assertThat(EthosProfiles.recommendedFor(Optional.empty())).isEmpty();
    assertThat(EthosProfiles.isRegulated("Financial Services")).isTrue();
    assertThat(EthosProfiles.isRegulated("marketing")).isFalse();
  }
}
