package ai.cromus.langchain4j;

import static org.assertj.core.api.Assertions.assertThat;

import ai.cromus.catalog.BundledCatalog;
import ai.cromus.core.CompileResult;
import ai.cromus.core.money.Money;
import ai.cromus.core.scope.Scope;
import ai.cromus.core.workflow.Parsed;
import ai.cromus.core.workflow.Step;
import ai.cromus.core.workflow.StepKind;
import ai.cromus.core.workflow.Workflow;
import dev.langchain4j.agentic.AgenticServices;
import dev.langchain4j.model.chat.ChatModel;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Seeded property tests over random agentic systems: nested sequences, parallel, loop and
 * conditional agents around AI agents. Every assertion names its seed, so a failure can be replayed
 * by running that seed alone.
 */
class RandomSystemsTest {
  private static final String[] MODELS = {"gpt-5-mini", "claude-haiku-4-5", "gemini-2.5-flash"};

  /** What the generator built, in depth-first order. */
  private static final class Built {
    final List<String> bounds = new ArrayList<>();
    int agents;
    int conditionals;
  }

  private static Object agent(SplittableRandom r, ChatModel model) {
    return agent(r.nextInt(5), model);
  }

  private static Object agent(int kind, ChatModel model) {
    return switch (kind) {
      case 0 -> AgenticServices.agentBuilder(Agents.Writer.class).chatModel(model).build();
      case 1 -> AgenticServices.agentBuilder(Agents.Editor.class).chatModel(model).build();
      case 2 -> AgenticServices.agentBuilder(Agents.Critic.class).chatModel(model).build();
      case 3 -> AgenticServices.agentBuilder(Agents.Translator.class).chatModel(model).build();
      default -> AgenticServices.agentBuilder(Agents.Summarizer.class).chatModel(model).build();
    };
  }

  /** A random node; {@code loop} is the product of the enclosing bounds, 0 when unbounded. */
  private static Object node(SplittableRandom r, int depth, long loop, Built b) {
    int kind = depth >= 3 ? 0 : r.nextInt(6);
    if (kind <= 1) {
      b.agents++;
      b.bounds.add(loop == 0 ? "unbounded" : Long.toString(loop));
      return agent(r, ScriptedChatModel.of(MODELS[r.nextInt(MODELS.length)], 10, 10));
    }
    int n = 1 + r.nextInt(3);
    switch (kind) {
      case 2 -> {
        List<Object> subs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
          subs.add(node(r, depth + 1, loop, b));
        }
        return AgenticServices.sequenceBuilder().subAgents(subs).build();
      }
      case 3 -> {
        List<Object> subs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
          subs.add(node(r, depth + 1, loop, b));
        }
        return AgenticServices.parallelBuilder().subAgents(subs).build();
      }
      case 4 -> {
        boolean bounded = r.nextInt(4) != 0;
        int max = 1 + r.nextInt(4);
        long inner = !bounded || loop == 0 ? 0 : loop * max;
        List<Object> subs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
          subs.add(node(r, depth + 1, inner, b));
        }
        var builder = AgenticServices.loopBuilder().subAgents(subs);
        return bounded ? builder.maxIterations(max).build() : builder.build();
      }
      default -> {
        b.conditionals++;
        var builder = AgenticServices.conditionalBuilder();
        for (int i = 0; i < n; i++) {
          builder.subAgents("branch " + i, s -> true, node(r, depth + 1, loop, b));
        }
        return builder.build();
      }
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 144, 233, 377, 610, 987, 2026})
  void theWorkflowMirrorsTheSystem(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    Built b = new Built();
    List<Object> top = new ArrayList<>();
    for (int i = 0, n = 1 + r.nextInt(3); i < n; i++) {
      top.add(node(r, 1, 1, b));
    }
    Object system = AgenticServices.sequenceBuilder().name("random").subAgents(top).build();

    Parsed<Workflow> p = CromusAgentic.workflowOf(system);
    Workflow w = p.value();

    String s = "seed " + seed;
    List<Step> llm = w.steps().stream().filter(x -> x.kind() == StepKind.LLM).toList();
    assertThat(llm).as(s).hasSize(b.agents);
    assertThat(w.steps().stream().filter(x -> x.kind() == StepKind.DECISION).count())
        .as(s)
        .isEqualTo(b.conditionals);
    List<String> bounds = new ArrayList<>();
    for (Step x : llm) {
      bounds.add(x.unboundedLoop() ? "unbounded" : Integer.toString(x.loopBound().orElse(1)));
    }
    assertThat(bounds).as(s).isEqualTo(b.bounds);
    Set<String> seen = new HashSet<>();
    for (Step x : w.steps()) {
      assertThat(x.id()).as(s).matches("[a-z0-9]+(-[a-z0-9]+)*");
      assertThat(seen)
          .as(s + ": " + x.id() + " follows only earlier steps")
          .containsAll(x.dependsOn());
      assertThat(seen.add(x.id())).as(s + ": unique " + x.id()).isTrue();
      assertThat(x.extra()).as(s).containsKey("langchain4j.agent");
    }
    assertThat(CromusAgentic.workflowOf(system).value()).as(s).isEqualTo(w);

    CompileResult c = CromusAgentic.compile(system, Scope.defaults());
    assertThat(c.diagnostics())
        .as(s)
        .noneMatch(d -> d.rule().startsWith("DAG-CYCLE") || d.rule().equals("DAG-UNKNOWN-REF"))
        .noneMatch(d -> d.rule().equals("CROMUS-INTERNAL-ERROR"));
    assertThat(CromusAgentic.report(CromusAgentic.compile(system, Scope.defaults())))
        .as(s)
        .isEqualTo(CromusAgentic.report(c));
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {7, 11, 19, 42, 99, 1000, 31337, 2026})
  void theSpendIsTheExactSumOfEveryCallAtCatalogPrices(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    CromusSpendListener spend = CromusSpendListener.builder().channel("openai-api").build();
    List<Object> agents = new ArrayList<>();
    BigDecimal expected = BigDecimal.ZERO;
    var price =
        BundledCatalog.get()
            .offering("gpt-5-mini", "openai-api")
            .orElseThrow()
            .pricing()
            .orElseThrow();
    int n = 1 + r.nextInt(6);
    for (int i = 0; i < n; i++) {
      int in = r.nextInt(0, 200_000);
      int out = r.nextInt(0, 50_000);
      // text agents only: the offline model answers "ok", which the critic's double cannot read
      int kind = new int[] {0, 1, 3, 4}[r.nextInt(4)];
      agents.add(agent(kind, spend.guard(ScriptedChatModel.of("gpt-5-mini", in, out))));
      expected =
          expected.add(
              BigDecimal.valueOf(in)
                  .multiply(price.input())
                  .add(BigDecimal.valueOf(out).multiply(price.output()))
                  .movePointLeft(6));
    }
    var system =
        AgenticServices.sequenceBuilder().name("random").subAgents(agents).listener(spend).build();

    system.invoke(Map.of("topic", "x", "story", "y"));

    RunSpend run = spend.lastRun().orElseThrow();
    String s = "seed " + seed;
    assertThat(run.calls()).as(s).hasSize(n);
    assertThat(run.total()).as(s).isEqualTo(Money.usd(expected));
    assertThat(run.perAgent().values().stream().reduce(Money.ZERO, Money::plus))
        .as(s)
        .isEqualTo(run.total());
  }
}
