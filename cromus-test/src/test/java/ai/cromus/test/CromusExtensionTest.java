package ai.cromus.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import ai.cromus.core.CompileResult;
import ai.cromus.core.Cromus;
import ai.cromus.core.simulation.CostMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.Events;

/** Runs small test classes through the Jupiter engine and checks what the extension did. */
class CromusExtensionTest {
  static final List<CompileResult> SEEN = new ArrayList<>();
  static boolean bodyRan;

  private static Events run(Class<?> testClass) {
    SEEN.clear();
    bodyRan = false;
    return EngineTestKit.engine("junit-jupiter")
        .selectors(selectClass(testClass))
        .execute()
        .testEvents();
  }

  private static String failureMessage(Events events) {
    Event failed = events.failed().list().get(0);
    return failed
        .getPayload(org.junit.platform.engine.TestExecutionResult.class)
        .flatMap(org.junit.platform.engine.TestExecutionResult::getThrowable)
        .map(Throwable::getMessage)
        .orElse("");
  }

  // --- sample test classes -------------------------------------------------------------

  static class ParameterLevel {
    @Test
    void compiles(@CromusWorkflow("classpath:sops/refund-triage.md") CompileResult r) {
      SEEN.add(r);
    }

    @Test
    void compilesOnceForTheWholeRun(
        @CromusWorkflow("classpath:/sops/refund-triage.md") CompileResult r) {
      SEEN.add(r);
    }
  }

  @CromusWorkflow("classpath:sops/plain-refund-triage.md")
  static class ClassLevel {
    @Test
    void unannotatedParameterGetsTheClassWorkflow(CompileResult r) {
      SEEN.add(r);
    }

    @Test
    @CromusWorkflow("classpath:sops/incident-postmortem.md")
    void methodLevelWins(CompileResult r) {
      SEEN.add(r);
    }
  }

  static class WithScope {
    @Test
    void scopeIsRead(
        @CromusWorkflow(
                value = "classpath:sops/refund-triage.md",
                scope = "classpath:scopes/acme-support.yaml")
            CompileResult r) {
      SEEN.add(r);
    }
  }

  static class MissingFile {
    @Test
    void missing(@CromusWorkflow("classpath:sops/no-such-sop.md") CompileResult r) {
      bodyRan = true;
    }
  }

  static class BadScope {
    @Test
    void badScope(
        @CromusWorkflow(
                value = "classpath:sops/refund-triage.md",
                scope = "classpath:scopes-invalid/enforce.yaml")
            CompileResult r) {
      bodyRan = true;
    }
  }

  static class BudgetWithoutSimulation {
    @CromusEngine static final Cromus ENGINE = Cromus.builder().build();

    @Test
    @CromusBudget(perRunUsd = "0.05")
    void overBudget(@CromusWorkflow("classpath:sops/refund-triage.md") CompileResult r) {
      bodyRan = true;
    }
  }

  @CromusWorkflow("classpath:sops/refund-triage.md")
  static class BudgetOnMethodWithoutParameter {
    @CromusEngine static final Cromus ENGINE = Cromus.builder().build();

    @Test
    @CromusBudget(perMonthUsd = "100", mode = CostMode.ECO)
    void oneAnnotationIsABudgetTest() {
      bodyRan = true;
    }
  }

  @CromusWorkflow("classpath:sops/refund-triage.md")
  @CromusBudget(perRunUsd = "0.05")
  static class BudgetOnClassWithRepeatedInvocations {
    @CromusEngine static final Cromus ENGINE = Cromus.builder().build();

    @org.junit.jupiter.api.RepeatedTest(2)
    void repeated() {
      bodyRan = true;
    }
  }

  static class RealCatalogOverBudget {
    @Test
    @CromusBudget(perRunUsd = "0.000001")
    void tooTight(
        @CromusWorkflow(
                value = "classpath:sops/refund-triage.md",
                scope = "classpath:scopes/acme-support.yaml")
            CompileResult r) {
      bodyRan = true;
    }

    @Test
    @CromusBudget(perRunUsd = "0.05", perMonthUsd = "1500", mode = CostMode.QUALITY)
    void fits(
        @CromusWorkflow(
                value = "classpath:sops/refund-triage.md",
                scope = "classpath:scopes/acme-support.yaml")
            CompileResult r) {
      SEEN.add(r);
    }
  }

  static class BudgetWithoutWorkflow {
    @Test
    @CromusBudget(perRunUsd = "0.05")
    void nothingToCheck() {
      bodyRan = true;
    }
  }

  static class BudgetWithBadAmount {
    @Test
    @CromusBudget(perRunUsd = "five cents")
    void badAmount(@CromusWorkflow("classpath:sops/refund-triage.md") CompileResult r) {
      bodyRan = true;
    }
  }

  static class BudgetWithoutLimits {
    @Test
    @CromusBudget
    void noLimits(@CromusWorkflow("classpath:sops/refund-triage.md") CompileResult r) {
      bodyRan = true;
    }
  }

  static class InstanceEngineField {
    @CromusEngine final Cromus engine = Cromus.builder().build();

    @Test
    void wrongField(@CromusWorkflow("classpath:sops/refund-triage.md") CompileResult r) {
      bodyRan = true;
    }
  }

  // --- the checks ----------------------------------------------------------------------

  @Test
  void resolvesAnnotatedParametersAndCachesTheResult() {
    Events events = run(ParameterLevel.class);
    events.assertStatistics(s -> s.succeeded(2).failed(0));
    assertThat(SEEN).hasSize(2);
    CompileResult r = SEEN.get(0);
    assertThat(r.workflow().name()).isEqualTo("refund-triage");
    assertThat(r.workflow().source()).isEqualTo("sops/refund-triage.md");
    assertThat(r.workflow().steps()).hasSize(4);
    // classpath:sops/x and classpath:/sops/x are different keys, so compiled twice, but equal
    assertThat(SEEN.get(1)).isEqualTo(r);
  }

  @Test
  void classAndMethodWorkflowsApplyToUnannotatedParameters() {
    run(ClassLevel.class).assertStatistics(s -> s.succeeded(2).failed(0));
    assertThat(SEEN)
        .extracting(r -> r.workflow().source())
        .containsExactlyInAnyOrder("sops/plain-refund-triage.md", "sops/incident-postmortem.md");
  }

  @Test
  void readsTheScopeFile() {
    run(WithScope.class).assertStatistics(s -> s.succeeded(1));
    CompileResult r = SEEN.get(0);
    assertThat(r.scope().workspace()).contains("acme-support");
    assertThat(r.scope().budget().perRun().map(m -> m.toPlainString())).contains("0.05");
  }

  @Test
  void aMissingWorkflowFailsTheTestWithItsLocation() {
    Events events = run(MissingFile.class);
    events.assertStatistics(s -> s.failed(1));
    assertThat(failureMessage(events))
        .contains("@CromusWorkflow workflow not found: classpath:sops/no-such-sop.md");
    assertThat(bodyRan).isFalse();
  }

  @Test
  void aScopeWithErrorsFailsTheTestWithTheDiagnostics() {
    Events events = run(BadScope.class);
    events.assertStatistics(s -> s.failed(1));
    assertThat(failureMessage(events))
        .contains("@CromusWorkflow scope classpath:scopes-invalid/enforce.yaml has")
        .contains("SCOPE-ENFORCE-REFUSED scopes-invalid/enforce.yaml:3:");
    assertThat(bodyRan).isFalse();
  }

  @Test
  void aBudgetThatCannotBeCheckedFailsBeforeTheBody() {
    Events events = run(BudgetWithoutSimulation.class);
    events.assertStatistics(s -> s.failed(1));
    assertThat(failureMessage(events))
        .startsWith("Budget check failed for workflow refund-triage:")
        .contains("Expected the cost per run in balanced mode but the result has no simulation.");
    assertThat(bodyRan).isFalse();
  }

  @Test
  void aBudgetWithAMethodOrClassWorkflowNeedsNoParameter() {
    Events events = run(BudgetOnMethodWithoutParameter.class);
    events.assertStatistics(s -> s.failed(1));
    assertThat(failureMessage(events))
        .contains("Expected the cost per month in eco mode but the result has no simulation.");
    assertThat(bodyRan).isFalse();
  }

  @Test
  void aClassBudgetChecksEveryInvocationOfATemplate() {
    Events events = run(BudgetOnClassWithRepeatedInvocations.class);
    events.assertStatistics(s -> s.failed(2).succeeded(0));
    assertThat(failureMessage(events))
        .startsWith("Budget check failed for workflow refund-triage:");
    assertThat(bodyRan).isFalse();
  }

  @Test
  void withTheBundledCatalogABudgetPassesOrFailsOnTheSimulatedCost() {
    Events events = run(RealCatalogOverBudget.class);
    events.assertStatistics(s -> s.succeeded(1).failed(1));
    assertThat(failureMessage(events))
        .startsWith(
            "Budget check failed for workflow refund-triage:\n"
                + "Expected the cost per run in balanced mode to be at most $0.000001 (exact 0.000001) but was $")
        .contains("Cost of the balanced mode: ")
        .contains("classify-the-request")
        .contains("draft-the-reply");
    assertThat(bodyRan).isFalse();
    assertThat(SEEN).hasSize(1);
    assertThat(SEEN.get(0).simulation()).isPresent();
  }

  @Test
  void misconfiguredBudgetsAreReported() {
    Events none = run(BudgetWithoutWorkflow.class);
    none.assertStatistics(s -> s.failed(1));
    assertThat(failureMessage(none)).contains("but no workflow to check");
    Events bad = run(BudgetWithBadAmount.class);
    bad.assertStatistics(s -> s.failed(1));
    assertThat(failureMessage(bad))
        .contains("@CromusBudget perRunUsd is not a decimal amount of dollars: 'five cents'");
    Events empty = run(BudgetWithoutLimits.class);
    empty.assertStatistics(s -> s.failed(1));
    assertThat(failureMessage(empty))
        .contains("@CromusBudget sets neither perRunUsd nor perMonthUsd");
    Events field = run(InstanceEngineField.class);
    field.assertStatistics(s -> s.failed(1));
    assertThat(failureMessage(field)).contains("must be a static field of type Cromus");
    assertThat(bodyRan).isFalse();
  }

  @CromusBudget(perRunUsd = "0.05", perMonthUsd = "600")
  @SuppressWarnings("UnusedMethod") // Error Prone: read by reflection, for its annotation
  private static void budgetHolder() {}

  @CromusBudget(perRunUsd = "0.05", perMonthUsd = "1000")
  @SuppressWarnings("UnusedMethod") // Error Prone: read by reflection, for its annotation
  private static void looseMonthlyBudgetHolder() {}

  private static CromusBudget budget() throws NoSuchMethodException {
    return budget("budgetHolder");
  }

  private static CromusBudget budget(String holder) throws NoSuchMethodException {
    return CromusExtensionTest.class.getDeclaredMethod(holder).getAnnotation(CromusBudget.class);
  }

  @Test
  void budgetCheckPassesWithinBothLimits() throws Exception {
    // balanced: 0.0012 + 0.0300 = 0.0312 per run, 374.40 per month
    assertThat(CromusExtension.check(budget(), Results.result("0.0012", "0.03"))).isEmpty();
  }

  @Test
  void budgetCheckNamesEachBrokenLimitAndShowsTheBreakdownOnce() throws Exception {
    // balanced: 0.0012 + 0.0700 = 0.0712 per run, 854.40 per month
    Optional<String> failure = CromusExtension.check(budget(), Results.result("0.0012", "0.07"));
    assertThat(failure).isPresent();
    String m = failure.get();
    assertThat(m)
        .startsWith(
            """
            Budget check failed for workflow refund-triage:
            Expected the cost per run in balanced mode to be at most $0.0500 but was $0.0712, $0.0212 over.
            Expected the cost per month in balanced mode to be at most $600.0000 but was $854.4000, $254.4000 over.

            Workflow refund-triage\
            """);
    assertThat(m.split("Cost of the balanced mode", -1)).hasSize(2);
  }

  @Test
  void budgetCheckReportsOnlyTheBrokenLimit() throws Exception {
    // 0.0012 + 0.0490 = 0.0502 per run (over 0.05), 602.40 per month (within 1000)
    Optional<String> failure =
        CromusExtension.check(
            budget("looseMonthlyBudgetHolder"), Results.result("0.0012", "0.049"));
    assertThat(failure.get())
        .contains("cost per run in balanced mode to be at most $0.0500 but was $0.0502")
        .doesNotContain("cost per month");
  }
}
