package ai.cromus.langchain4j.internal;

import dev.langchain4j.agentic.agent.AgentInvocationHandler;
import dev.langchain4j.agentic.internal.AgentExecutor;
import dev.langchain4j.agentic.internal.PlannerBasedInvocationHandler;
import dev.langchain4j.agentic.planner.AgentInstance;
import dev.langchain4j.agentic.planner.Planner;
import dev.langchain4j.service.AiServiceContext;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one place that reaches into LangChain4j objects beyond their public API. LangChain4j's
 * agentic module (1.19.0-beta29) shows a built system's tree through {@link AgentInstance} ({@code
 * subagents()}, {@code topology()}, {@code plannerType()}, {@code as(LoopAgentInstance.class)},
 * {@code as(ConditionalAgentInstance.class)}), but not the chat model of an agent nor the settings
 * of a supervisor. Those are read here, and only here:
 *
 * <ul>
 *   <li>{@link AgentExecutor#agent()} (a public record component in the module's {@code internal}
 *       package): the agent object behind a sub-agent of a workflow;
 *   <li>by reflection, the private field {@code context} of {@link AgentInvocationHandler} (the
 *       handler of every AI agent's proxy): its {@link AiServiceContext} holds the chat model, the
 *       tools and the message providers in public fields;
 *   <li>by reflection, the private fields {@code chatModelProvider} and {@code
 *       streamingChatModelProvider} of the same handler: set when the model is chosen at run time;
 *   <li>by reflection, the private field {@code defaultPlannerInstance} of {@link
 *       PlannerBasedInvocationHandler}, and of the planner it holds the private fields {@code
 *       chatModel}, {@code maxAgentsInvocations} and {@code responseStrategy} ({@code
 *       SupervisorPlanner}) or {@code itemsProvider} ({@code ParallelMapperPlanner}).
 * </ul>
 *
 * Every method answers empty instead of throwing when the field is missing or inaccessible (another
 * LangChain4j version, a custom agent factory); the reader then reports what it could not read.
 */
public final class Access {
  private static final Map<String, Optional<Field>> FIELDS = new ConcurrentHashMap<>();

  private Access() {}

  /** The agent object behind an agent instance: the proxy a builder returned, or the instance. */
  public static Object agentObject(AgentInstance instance) {
    if (instance instanceof AgentExecutor agentExecutor) {
      Object agent = agentExecutor.agent();
      return agent != null ? agent : instance;
    }
    return instance;
  }

  /** The invocation handler of a proxy, if the object is one. */
  public static Optional<InvocationHandler> handler(Object agent) {
    if (agent == null || !Proxy.isProxyClass(agent.getClass())) {
      return Optional.empty();
    }
    try {
      return Optional.ofNullable(Proxy.getInvocationHandler(agent));
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  /** The AI service context of an AI agent built by {@code AgenticServices.agentBuilder}. */
  public static Optional<AiServiceContext> aiContext(Object agent) {
    return handler(agent)
        .filter(AgentInvocationHandler.class::isInstance)
        .flatMap(h -> field(h, AgentInvocationHandler.class, "context"))
        .filter(AiServiceContext.class::isInstance)
        .map(AiServiceContext.class::cast);
  }

  /** True when an AI agent's model is chosen at run time by a provider function. */
  public static boolean modelChosenAtRunTime(Object agent) {
    Optional<InvocationHandler> h = handler(agent).filter(AgentInvocationHandler.class::isInstance);
    if (h.isEmpty()) {
      return false;
    }
    return field(h.get(), AgentInvocationHandler.class, "chatModelProvider").isPresent()
        || field(h.get(), AgentInvocationHandler.class, "streamingChatModelProvider").isPresent();
  }

  /** The planner instance of a workflow agent (sequence, loop, supervisor, ...). */
  public static Optional<Planner> planner(Object agent) {
    return handler(agent)
        .filter(PlannerBasedInvocationHandler.class::isInstance)
        .flatMap(h -> field(h, PlannerBasedInvocationHandler.class, "defaultPlannerInstance"))
        .filter(Planner.class::isInstance)
        .map(Planner.class::cast);
  }

  /** A field of a planner, read by name on the planner's own class. */
  public static Optional<Object> plannerField(Planner planner, String name) {
    return field(planner, planner.getClass(), name);
  }

  /** The value of a private field; empty when absent, inaccessible or null. */
  static Optional<Object> field(Object target, Class<?> declaring, String name) {
    Optional<Field> f =
        FIELDS.computeIfAbsent(declaring.getName() + "#" + name, k -> find(declaring, name));
    if (f.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.ofNullable(f.get().get(target));
    } catch (IllegalAccessException | RuntimeException e) {
      return Optional.empty();
    }
  }

  private static Optional<Field> find(Class<?> declaring, String name) {
    try {
      Field f = declaring.getDeclaredField(name);
      f.setAccessible(true);
      return Optional.of(f);
    } catch (NoSuchFieldException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** Calls into user or framework code that may throw; a failure reads as absent. */
  static <T> Optional<T> safe(java.util.function.Supplier<T> s) {
    try {
      return Optional.ofNullable(s.get());
    } catch (RuntimeException | LinkageError e) {
      return Optional.empty();
    }
  }
}
