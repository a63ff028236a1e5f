package ai.cromus.core.simulation;

import ai.cromus.core.CompileResult;
import ai.cromus.core.Cromus;
import ai.cromus.core.WorkflowSource;
import ai.cromus.core.catalog.ModelCatalog;
import ai.cromus.core.internal.simulation.SimulationOutcome;
import ai.cromus.core.internal.simulation.SimulationStage;
import ai.cromus.core.scope.Scope;
import ai.cromus.core.workflow.CachePrefix;
import ai.cromus.core.workflow.CapabilityTier;
import ai.cromus.core.workflow.ImmutableStep;
import ai.cromus.core.workflow.Step;
import ai.cromus.core.workflow.StepKind;
import ai.cromus.core.workflow.TokenCount;
import ai.cromus.core.workflow.Workflow;

/** Builders shared by the simulation tests. */
final class Fixtures {
  private Fixtures() {}

  static ImmutableStep.Builder llm(String id, long in, long out) {
    return Step.builder()
        .id(id)
        .title(id)
        .kind(StepKind.LLM)
        .inputTokens(TokenCount.declared(in))
        .outputTokens(TokenCount.declared(out))
        .dependenciesDeclared(true);
  }

  static ImmutableStep.Builder tool(String id) {
    return Step.builder().id(id).title(id).kind(StepKind.TOOL).addTools("t." + id);
  }

  static Workflow workflow(Step... steps) {
    return Workflow.builder().name("test").addSteps(steps).build();
  }

  static SimulationOutcome simulate(Workflow wf, Scope scope) {
    return simulate(wf, scope, TestCatalog.CATALOG);
  }

  static SimulationOutcome simulate(Workflow wf, Scope scope, ModelCatalog catalog) {
    return SimulationStage.run(wf, scope, catalog, TestCatalog.AS_OF);
  }

  static CachePrefix cache(long tokens) {
    return CachePrefix.of("system prompt", TokenCount.declared(tokens));
  }

  static Cromus engine() {
    return Cromus.builder().catalog(TestCatalog.CATALOG).asOf(TestCatalog.AS_OF).build();
  }

  static CompileResult compileSop(String text, Scope scope) {
    return engine().compileSource(WorkflowSource.sop("test.md", text), scope);
  }

  static Step tiered(ImmutableStep.Builder b, CapabilityTier t) {
    return b.tier(t).build();
  }
}
