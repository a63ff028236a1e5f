package ai.cromus.langchain4j.internal;

import dev.langchain4j.agentic.planner.AgentArgument;
import dev.langchain4j.agentic.planner.AgentInstance;
import dev.langchain4j.agentic.planner.AgenticSystemTopology;
import dev.langchain4j.agentic.planner.Planner;
import dev.langchain4j.agentic.workflow.LoopAgentInstance;
import dev.langchain4j.agentic.workflow.impl.LoopPlanner;
import java.lang.reflect.Type;
import java.util.List;

/** A loop whose instance view could not be taken: the planner's own accessors. */
final class LoopView implements LoopAgentInstance {
  private final LoopPlanner planner;

  LoopView(LoopPlanner planner) {
    this.planner = planner;
  }

  @Override
  public int maxIterations() {
    return planner.maxIterations();
  }

  @Override
  public boolean testExitAtLoopEnd() {
    return planner.testExitAtLoopEnd();
  }

  @Override
  public String exitCondition() {
    return planner.exitCondition();
  }

  @Override
  public Class<?> type() {
    return null;
  }

  @Override
  public Class<? extends Planner> plannerType() {
    return LoopPlanner.class;
  }

  @Override
  public String name() {
    return "";
  }

  @Override
  public String agentId() {
    return "";
  }

  @Override
  public String description() {
    return "";
  }

  @Override
  public Type outputType() {
    return Object.class;
  }

  @Override
  public String outputKey() {
    return null;
  }

  @Override
  public boolean async() {
    return false;
  }

  @Override
  public List<AgentArgument> arguments() {
    return List.of();
  }

  @Override
  public AgentInstance parent() {
    return null;
  }

  @Override
  public List<AgentInstance> subagents() {
    return List.of();
  }

  @Override
  public AgenticSystemTopology topology() {
    return AgenticSystemTopology.LOOP;
  }
}
