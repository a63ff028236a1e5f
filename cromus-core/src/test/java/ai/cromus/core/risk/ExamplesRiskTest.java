package ai.cromus.core.risk;

import static org.assertj.core.api.Assertions.assertThat;

import ai.cromus.core.CompileResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * False positives are kept low: every example of the project (SOPs, structured workflows, skills)
 * has no risk finding above low, except the two that carry realistic risks, and every finding on
 * every example is listed here (rule, level, step), so that a new one must be looked at.
 */
class ExamplesRiskTest {
  /** Every finding on every example, in the analysis's order. */
  static final Map<String, List<String>> FINDINGS =
      Map.of(
          "sops/invoice-exception-review.md",
          List.of("RISK-ACTION-WITHOUT-APPROVAL high post-the-outcome-to-the-erp"),
          "sops/refund-auto-reply.md",
          List.of(
              "RISK-LETHAL-TRIFECTA critical send-the-reply",
              "RISK-ETHOS-TOLERANCE high issue-refunds-up-to-200",
              "RISK-PROMPT-INJECTION high send-the-reply",
              "RISK-ACTION-WITHOUT-APPROVAL medium issue-refunds-up-to-200",
              "RISK-ACTION-WITHOUT-APPROVAL low send-the-reply"),
          "sops/plain-employee-onboarding.md",
          List.of("RISK-ACTION-WITHOUT-APPROVAL low send-the-new-hire-the-pre"));

  /** The examples with realistic risks above low. */
  static final List<String> RISKY =
      List.of("sops/invoice-exception-review.md", "sops/refund-auto-reply.md");

  static Stream<String> examples() throws IOException {
    List<String> out = new ArrayList<>();
    for (String dir : List.of("sops", "workflows", "specs")) {
      try (Stream<Path> s = Files.walk(RiskFixtures.EXAMPLES.resolve(dir))) {
        s.filter(Files::isRegularFile)
            .filter(p -> p.getFileName().toString().matches("(?i)(SKILL\\.md|.*\\.(json|yaml))"))
            .map(p -> RiskFixtures.EXAMPLES.relativize(p).toString().replace('\\', '/'))
            .forEach(out::add);
      }
    }
    try (Stream<Path> s = Files.list(RiskFixtures.EXAMPLES.resolve("sops"))) {
      s.map(p -> "sops/" + p.getFileName()).forEach(out::add);
    }
    return out.stream().distinct().sorted();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void everyFindingOnEveryExampleIsKnown(String file) {
    CompileResult r = RiskFixtures.example(file);
    List<String> found =
        r.risk().findings().stream()
            .map(f -> f.rule() + " " + f.level().id() + " " + f.step().orElse("-"))
            .collect(Collectors.toList());
    assertThat(found).as(file).isEqualTo(FINDINGS.getOrDefault(file, List.of()));
    if (!RISKY.contains(file)) {
      assertThat(r.risk().level()).as(file).matches(l -> l.isAtMost(RiskLevel.LOW));
    }
  }
}
