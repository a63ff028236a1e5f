package ai.cromus.core.workflow;

import static org.apiguardian.api.API.Status.STABLE;

import ai.cromus.core.diagnostic.Rule;
import ai.cromus.core.diagnostic.RuleInfo;
import ai.cromus.core.diagnostic.Severity;
import org.apiguardian.api.API;

/**
 * Rules of the readers that take a workflow from an agent framework's objects in memory rather than
 * from a file: today the LangChain4j agentic reader of {@code cromus-langchain4j}. Core never sees
 * a framework type; only these ids, severities and summaries live here, so that the rule catalogue
 * stays whole.
 */
@API(status = STABLE, since = "0.1")
public enum FrameworkRule implements Rule {
  NOT_A_SYSTEM(
      "AGENTIC-NOT-A-SYSTEM",
      Severity.ERROR,
      "The object is not an agent or agentic system built by LangChain4j's agentic module; nothing"
          + " is read."),
  MODEL_UNKNOWN(
      "AGENTIC-MODEL-UNKNOWN",
      Severity.ERROR,
      "An agent's chat model names a model that is not in the catalog; the name is kept as written"
          + " and the nearest catalog ids are suggested."),
  NO_MODEL(
      "AGENTIC-NO-MODEL",
      Severity.WARNING,
      "An agent's model cannot be read before it runs (no model name in its chat model's default"
          + " request parameters, or a model chosen at run time); the balanced choice is"
          + " simulated."),
  UNBOUNDED_LOOP(
      "AGENTIC-UNBOUNDED-LOOP",
      Severity.WARNING,
      "A loop agent has no maxIterations: its cost and latency have no ceiling (one iteration is"
          + " counted)."),
  NOT_READ(
      "AGENTIC-NOT-READ",
      Severity.WARNING,
      "A part of the agentic system cannot be read before it runs (a custom planner, a remote"
          + " agent, a tool provider, a message provider, a per-item count); the message says what"
          + " stands in for it."),
  SUPERVISOR(
      "AGENTIC-SUPERVISOR",
      Severity.INFO,
      "A supervisor picks its sub-agents at run time: its planner is counted at maxAgentsInvocations"
          + " calls and each sub-agent once."),
  SIZE_ESTIMATED(
      "AGENTIC-SIZE-ESTIMATED",
      Severity.INFO,
      "An agent's prompt or output size was estimated from its message templates and settings;"
          + " state it per agent name to replace the estimate."),
  SIZE_OVERRIDE(
      "AGENTIC-SIZE-OVERRIDE",
      Severity.WARNING,
      "A size override names no agent of the system; it is not used."),
  SIZES_FILE(
      "AGENTIC-SIZES-FILE",
      Severity.ERROR,
      "The sizes file does not parse, or an entry is not an agent name with whole, non-negative"
          + " input and output token counts; the entry is ignored.");

  private final RuleInfo info;

  FrameworkRule(String id, Severity severity, String summary) {
    this.info = RuleInfo.of(id, severity, summary);
  }

  @Override
  public RuleInfo info() {
    return info;
  }
}
