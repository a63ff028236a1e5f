package ai.cromus.langchain4j;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import ai.cromus.core.CompileResult;
import ai.cromus.core.Cromus;
import ai.cromus.core.Limits;
import ai.cromus.core.VerdictStatus;
import ai.cromus.core.diagnostic.Diagnostic;
import ai.cromus.core.scope.Scope;
import ai.cromus.core.workflow.FrameworkRule;
import ai.cromus.core.workflow.Parsed;
import ai.cromus.core.workflow.Workflow;
import ai.cromus.langchain4j.internal.AgenticReader;
import ai.cromus.langchain4j.internal.Reports;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The pre-flight gate of a LangChain4j agentic system: reads the system that {@code
 * AgenticServices.sequenceBuilder()} (or any other agentic builder, or {@code createAgenticSystem})
 * built, compiles it under a workspace scope, and refuses it before any model is called when the
 * verdict is FAIL.
 *
 * <pre>{@code
 * UntypedAgent story = AgenticServices.sequenceBuilder().subAgents(writer, editor).build();
 * CromusAgentic.requirePass(story, scope);           // throws CromusVerdictException on FAIL
 * story.invoke(Map.of("topic", "dragons"));
 * }</pre>
 *
 * <p>Reading calls no model and runs no agent: it walks {@code AgentInstance.subagents()} and reads
 * each AI agent's chat model settings ({@code defaultRequestParameters()}), message templates and
 * tools. Every method is thread-safe and deterministic for a given system; input problems are
 * diagnostics, never exceptions (only {@link #requirePass} throws, by design).
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class CromusAgentic {
  private CromusAgentic() {}

  /**
   * Reads an agentic system as a workflow, resolving model names in the default engine's catalog
   * (the bundled one). Sequence: a chain; parallel: fan-out and fan-in; conditional: a decision
   * step with a branch per condition; loop: its steps bounded by {@code maxIterations}; supervisor:
   * a planner step that its sub-agents follow; an AI agent's tools: tool steps. What cannot be read
   * is a diagnostic that says what stands in for it.
   *
   * @param agenticSystem what a LangChain4j agentic builder returned
   */
  public static Parsed<Workflow> workflowOf(Object agenticSystem) {
    return workflowOf(Cromus.defaultEngine(), agenticSystem, AgenticOptions.defaults());
  }

  /** Reads an agentic system with stated sizes (see {@link #workflowOf(Object)}). */
  public static Parsed<Workflow> workflowOf(Object agenticSystem, AgenticOptions options) {
    return workflowOf(Cromus.defaultEngine(), agenticSystem, options);
  }

  /** Reads an agentic system against an engine's catalog and limits. */
  public static Parsed<Workflow> workflowOf(
      Cromus engine, Object agenticSystem, AgenticOptions options) {
    Objects.requireNonNull(engine, "engine must not be null");
    Objects.requireNonNull(options, "options must not be null");
    Limits limits = engine.limits();
    return new AgenticReader(engine.catalog(), limits, options).read(agenticSystem);
  }

  /**
   * Options that state sizes per agent name: {@code sizes(Map.of("writer", AgentSizes.of(..)))}.
   */
  public static AgenticOptions sizes(Map<String, AgentSizes> sizes) {
    return AgenticOptions.builder().sizes(sizes).build();
  }

  /**
   * Reads and compiles an agentic system under a scope with the default engine: score, simulation,
   * recommendations, Croms and verdict, with the reader's diagnostics among the result's (an
   * unknown model is reported once, as the simulation's {@code MODEL-UNKNOWN}).
   */
  public static CompileResult compile(Object agenticSystem, Scope scope) {
    return compile(Cromus.defaultEngine(), agenticSystem, scope, AgenticOptions.defaults());
  }

  /** Reads and compiles an agentic system under a scope with an engine. */
  public static CompileResult compile(Cromus engine, Object agenticSystem, Scope scope) {
    return compile(engine, agenticSystem, scope, AgenticOptions.defaults());
  }

  /** Reads (with options) and compiles an agentic system under a scope with an engine. */
  public static CompileResult compile(
      Cromus engine, Object agenticSystem, Scope scope, AgenticOptions options) {
    Objects.requireNonNull(scope, "scope must not be null");
    Parsed<Workflow> read = workflowOf(engine, agenticSystem, options);
    if (engine.catalog().isPresent()) {
      // the simulation reports the same unknown model, with the same nearest names, as
      // MODEL-UNKNOWN at the same step: keep one diagnostic per unknown model
      List<Diagnostic> kept = new ArrayList<>();
      for (Diagnostic d : read.diagnostics()) {
        if (!d.rule().equals(FrameworkRule.MODEL_UNKNOWN.id())) {
          kept.add(d);
        }
      }
      read = Parsed.of(read.value(), kept);
    }
    return engine.compile(read, scope);
  }

  /**
   * Compiles an agentic system and throws unless the verdict is PASS or WARN. Call it before {@code
   * invoke}: a system whose verdict is FAIL (over budget, a model the catalog does not know or the
   * scope does not allow, an error in the system) never reaches a model.
   *
   * @return the result, for a system that may run
   * @throws CromusVerdictException when the verdict is FAIL, with the result and a readable report
   */
  public static CompileResult requirePass(Object agenticSystem, Scope scope) {
    return requirePass(Cromus.defaultEngine(), agenticSystem, scope, AgenticOptions.defaults());
  }

  /** {@link #requirePass(Object, Scope)} with an engine. */
  public static CompileResult requirePass(Cromus engine, Object agenticSystem, Scope scope) {
    return requirePass(engine, agenticSystem, scope, AgenticOptions.defaults());
  }

  /** {@link #requirePass(Object, Scope)} with an engine and options. */
  public static CompileResult requirePass(
      Cromus engine, Object agenticSystem, Scope scope, AgenticOptions options) {
    CompileResult result = compile(engine, agenticSystem, scope, options);
    if (result.verdict().status() == VerdictStatus.FAIL) {
      throw new CromusVerdictException(result);
    }
    return result;
  }

  /**
   * A readable report of a result: the verdict and its reasons, the declared plan's cost per run
   * and per step, and the errors and warnings with their rule ids. Deterministic.
   */
  public static String report(CompileResult result) {
    Objects.requireNonNull(result, "result must not be null");
    return Reports.verdict(result);
  }
}
