package ai.cromus.core.risk;

import static org.assertj.core.api.Assertions.assertThat;

import ai.cromus.core.CompileResult;
import ai.cromus.core.CromusJson;
import ai.cromus.core.diagnostic.Diagnostic;
import ai.cromus.core.scope.Scope;
import ai.cromus.core.workflow.Step;
import ai.cromus.core.workflow.StepKind;
import ai.cromus.core.workflow.Workflow;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Invariants of the risk analysis over generated workflows and scopes, one seed per case (the seed
 * is in the test name and in every failure message): no exception on any workflow, the same
 * analysis every time, levels that agree with the findings, and a human approval put before an
 * acting step never raises the risk.
 */
class RiskPropertiesTest {
  static LongStream seeds() {
    return LongStream.rangeClosed(1, 60);
  }

  static Random rnd(long seed) {
    return new Random(seed * 104_729);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void theAnalysisIsConsistentAndTheSameEveryTime(long seed) {
    Random r = rnd(seed);
    Workflow w = RiskGenerated.workflow(r::nextInt);
    Scope scope = RiskGenerated.scope(r::nextInt);
    CompileResult a = RiskFixtures.compile(w, scope);
    check(a, "seed " + seed);
    CompileResult b = RiskFixtures.compile(w, scope);
    assertThat(b.risk()).as("seed %d", seed).isEqualTo(a.risk());
    assertThat(CromusJson.write(b)).as("seed %d", seed).isEqualTo(CromusJson.write(a));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void aHumanApprovalBeforeAnActingStepNeverRaisesTheRisk(long seed) {
    Random r = rnd(seed);
    Workflow w = RiskGenerated.workflow(r::nextInt);
    Scope scope = RiskGenerated.scope(r::nextInt);
    RiskAnalysis before = RiskFixtures.compile(w, scope).risk();
    for (StepRisk s : before.steps()) {
      if (s.effect().isEmpty() || !s.effect().get().needsApproval() || s.approvedBefore()) {
        continue;
      }
      Workflow gated = withApprovalBefore(w, s.step());
      RiskAnalysis after = RiskFixtures.compile(gated, scope).risk();
      String what = "seed " + seed + ", approval before " + s.step();
      assertThat(after.level().isAtMost(before.level())).as(what).isTrue();
      assertThat(after.step(s.step()).orElseThrow().level().isAtMost(s.level())).as(what).isTrue();
      assertThat(after.findings().size()).as(what).isLessThanOrEqualTo(before.findings().size());
    }
  }

  /** {@code w} with a human step that takes over the dependencies of {@code id}. */
  static Workflow withApprovalBefore(Workflow w, String id) {
    List<Step> steps = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    w.steps().forEach(s -> ids.add(s.id()));
    String gate = "approve-" + id;
    while (ids.contains(gate)) {
      gate = gate + "-x";
    }
    for (Step s : w.steps()) {
      if (s.id().equals(id)) {
        steps.add(
            Step.builder()
                .id(gate)
                .title("Approve " + id)
                .kind(StepKind.HUMAN)
                .approver("Controller")
                .addAllDependsOn(s.dependsOn())
                .build());
        steps.add(Step.builder().from(s).dependsOn(List.of(gate)).build());
      } else {
        steps.add(s);
      }
    }
    return Workflow.builder().from(w).steps(steps).build();
  }

  static void check(CompileResult r, String what) {
    assertThat(r.diagnostics())
        .as(what)
        .extracting(Diagnostic::rule)
        .doesNotContain("CROMUS-INTERNAL-ERROR");
    RiskAnalysis a = r.risk();
    RiskLevel max = RiskLevel.NONE;
    Set<String> ids = new HashSet<>();
    r.workflow().steps().forEach(s -> ids.add(s.id()));
    for (RiskFinding f : a.findings()) {
      max = RiskLevel.max(max, f.level());
      assertThat(f.message()).as(what).isNotBlank();
      assertThat(f.fix()).as(what).isNotBlank();
      assertThat(ids).as(what).containsAll(f.path());
      assertThat(f.path().size()).as(what).isLessThanOrEqualTo(32);
      f.step().ifPresent(s -> assertThat(f.path()).as(what).endsWith(s));
      if (f.rule().equals("RISK-LETHAL-TRIFECTA")) {
        assertThat(f.level()).as(what).isEqualTo(RiskLevel.CRITICAL);
      }
    }
    assertThat(a.level()).as(what).isEqualTo(max);
    assertThat(a.findings()).as(what).isSortedAccordingTo((x, y) -> y.level().compareTo(x.level()));
    assertThat(a.steps()).as(what).hasSize(r.workflow().steps().size());
    for (StepRisk s : a.steps()) {
      RiskLevel mine =
          a.findings().stream()
              .filter(f -> f.step().orElse("").equals(s.step()))
              .map(RiskFinding::level)
              .reduce(RiskLevel.NONE, RiskLevel::max);
      assertThat(s.level()).as(what + " " + s.step()).isEqualTo(mine);
    }
    boolean above = r.scope().thresholds().riskMax().map(m -> a.level().isAbove(m)).orElse(false);
    assertThat(r.diagnostics().stream().anyMatch(d -> d.rule().equals("THRESHOLD-RISK-MAX")))
        .as(what)
        .isEqualTo(above);
  }
}
