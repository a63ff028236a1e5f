package ai.cromus.langchain4j;

import java.util.Optional;

/**
 * The run and agent (and the agent's step, when predicted) of a call made on the current thread.
 */
final class Attribution {
  final SpendRun run;
  final String agent;
  final Optional<String> agentId;
  final Optional<String> stepId;

  Attribution(SpendRun run, String agent, Optional<String> agentId, Optional<String> stepId) {
    this.run = run;
    this.agent = agent;
    this.agentId = agentId;
    this.stepId = stepId;
  }
}
