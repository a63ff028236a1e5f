package ai.cromus.core.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import ai.cromus.core.CompileResult;
import ai.cromus.core.Cromus;
import ai.cromus.core.VerdictStatus;
import ai.cromus.core.WorkflowSource;
import ai.cromus.core.croms.CromsFinding;
import ai.cromus.core.money.Money;
import ai.cromus.core.scope.Scope;
import ai.cromus.core.scope.ScopeReader;
import ai.cromus.core.workflow.Parsed;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The bundled examples compiled against the bundled 2026.11 catalog. */
class BundledExamplesTest {
  static final Cromus ENGINE =
      Cromus.builder().catalog(BundledCatalog.get()).asOf(LocalDate.of(2026, 11, 25)).build();

  static CompileResult compile(String sop, String scopeFile) throws IOException {
    String text = Files.readString(Path.of("../examples/sops/" + sop));
    Parsed<Scope> scope =
        scopeFile == null
            ? Parsed.of(Scope.defaults(), java.util.List.of())
            : ScopeReader.read(
                scopeFile,
                Files.readString(Path.of("../examples/scopes/" + scopeFile)),
                BundledCatalog.get());
    return ENGINE.compileSource(WorkflowSource.of(sop, text), scope);
  }

  @Test
  void invoiceExceptionReviewShowsTheFindingsItsAuthorListed() throws IOException {
    CompileResult r = compile("invoice-exception-review.md", null);
    var kinds =
        r.croms().get().findings().stream()
            .map(f -> f.kind() + " " + String.join(",", f.steps()))
            .collect(Collectors.toList());
    // 1. a frontier model (claude-opus-4-7) for a five-way classification
    assertThat(kinds).contains("CROMS-COST-OVERPOWERED-MODEL classify-the-exception");
    // 2. a 2 s latency budget that the frontier model cannot meet
    assertThat(kinds).contains("CROMS-LATENCY-OVER-BUDGET classify-the-exception");
    // 3. step 2 returns JSON with no validate and retry 0
    assertThat(kinds).contains("CROMS-FAILURE-UNVALIDATED-OUTPUT extract-the-invoice-fields");
    // 4. two independent look-ups chained through the default 'after'
    assertThat(kinds)
        .contains(
            "CROMS-LATENCY-SERIAL-INDEPENDENT look-up-the-purchase-order,look-up-the-goods-receipts");
    // 5. a finance workflow with no ETHOS profile
    assertThat(kinds).contains("CROMS-ETHICS-MISSING ");
    assertThat(r.croms().get().ethicsMultiplier()).isEqualByComparingTo("1.25");
    // opus on the Claude API: 1,200 × $5 + 40 × $25 = $0.007 a run
    assertThat(r.simulation().get().declared().step("classify-the-exception").get().cost())
        .isEqualTo(Money.usd("0.007"));
    // over its own budget of $0.01 a run
    assertThat(r.verdict().status()).isEqualTo(VerdictStatus.FAIL);
    assertThat(r.verdict().reasons())
        .anyMatch(x -> x.contains("over the workflow's per-run budget of $0.0100"));
  }

  @Test
  void refundTriageFitsTheStrictBudgetScopeAndAdverseEventIntakeDoesNot() throws IOException {
    CompileResult refund = compile("refund-triage.md", "strict-budget.json");
    CompileResult adverse = compile("adverse-event-intake.md", "strict-budget.json");
    assertThat(refund.simulation().get().runsPerMonth()).isEqualTo(2400);
    assertThat(refund.verdict().reasons()).noneMatch(x -> x.contains("budget"));
    assertThat(adverse.verdict().reasons())
        .anyMatch(x -> x.contains("over the scope's per-run budget of $0.0050"));
    // every channel the example scope names is in the catalog
    assertThat(refund.diagnostics()).noneMatch(d -> d.rule().equals("SCOPE-UNKNOWN-CHANNEL"));
  }

  @Test
  void openWeightsScopeOnlyRecommendsOpenWeightsOnInfraChannels() throws IOException {
    CompileResult r = compile("campaign-brief-to-copy.md", "open-weights-only.yaml");
    assertThat(r.recommendations())
        .isNotEmpty()
        .allSatisfy(
            rec -> {
              assertThat(BundledCatalog.get().find(rec.model()).get().openWeights())
                  .as(rec.model())
                  .isTrue();
              assertThat(rec.badge().tier().id()).isEqualTo("infra");
            });
    // the SOP's own models are outside that scope
    assertThat(r.diagnostics()).anyMatch(d -> d.rule().equals("SCOPE-MODEL-OUT-OF-SCOPE"));
  }

  @Test
  void everyExampleSimulatesWithTotalsEqualToTheirParts() throws IOException {
    try (var files = Files.list(Path.of("../examples/sops"))) {
      for (Path p : files.sorted().collect(Collectors.toList())) {
        CompileResult r = compile(p.getFileName().toString(), null);
        var sim = r.simulation().get();
        Money sum =
            sim.declared().steps().stream()
                .map(StepSimulation::cost)
                .reduce(Money.ZERO, Money::plus);
        assertThat(sim.declared().perRun()).as(p.toString()).isEqualTo(sum);
        assertThat(r.croms()).as(p.toString()).isPresent();
        for (CromsFinding f : r.croms().get().findings()) {
          assertThat(f.fix()).as(p + " " + f.kind()).isNotBlank();
        }
      }
    }
  }
}
