package ai.cromus.export.crewai;

import static org.apiguardian.api.API.Status.STABLE;

import ai.cromus.core.CompileResult;
import ai.cromus.core.diagnostic.Diagnostic;
import ai.cromus.core.export.ExportBundle;
import ai.cromus.core.export.ExportOptions;
import ai.cromus.core.export.ExportRule;
import ai.cromus.core.export.Exporter;
import ai.cromus.core.workflow.Step;
import ai.cromus.core.workflow.StepKind;
import ai.cromus.core.workflow.ValidationMethod;
import ai.cromus.export.internal.ExportContext;
import ai.cromus.export.internal.ExportFrame;
import ai.cromus.export.internal.ExportJson;
import ai.cromus.export.internal.ModelChoice;
import ai.cromus.export.internal.Prompt;
import ai.cromus.export.internal.PythonLiteral;
import ai.cromus.export.internal.Route;
import ai.cromus.export.internal.TargetNames;
import ai.cromus.export.internal.Yaml;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * CrewAI: {@code src/<package>/config/agents.yaml}, {@code config/tasks.yaml} and {@code crew.py}.
 * One agent and one task per step, tasks in dependency order (the order of a sequential process)
 * with their dependencies as {@code context}. Every agent, task and context name resolves to a
 * decorated method. CrewAI fills {@code {name}} patterns in task and agent text from the kickoff
 * inputs and fails on a missing one; when workflow text holds such a pattern, a
 * {@code @before_kickoff} hook maps the name to itself so the text stays literal.
 */
@API(status = STABLE, since = "0.1")
public final class CrewAiExporter implements Exporter {
  /** Created by {@link java.util.ServiceLoader} (the engine finds every bundled exporter). */
  public CrewAiExporter() {}

  /** CrewAI's placeholder pattern ({@code crewai.utilities.string_utils}). */
  static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z_][A-Za-z0-9_\\-]*+)}");

  static final Set<String> RESERVED =
      Set.of(
          "crew",
          "agents",
          "tasks",
          "agents_config",
          "tasks_config",
          "keep_workflow_text_literal",
          "agent",
          "task",
          "before_kickoff",
          "CrewBase",
          "Agent",
          "Crew",
          "Process",
          "Task",
          "LITERAL_PLACEHOLDERS");

  @Override
  public String id() {
    return "crewai";
  }

  @Override
  public String description() {
    return "CrewAI: agents.yaml, tasks.yaml and crew.py with one agent and task per step";
  }

  @Override
  public ExportBundle export(CompileResult result, ExportOptions options) {
    return ExportFrame.run(id(), result, options, this::write);
  }

  private ExportBundle write(CompileResult result, ExportOptions options, ExportContext ctx) {
    TargetNames names = new TargetNames(TargetNames::python, 60, RESERVED);
    String pkg = names.name(ctx.workflow().name(), ctx.atWorkflow(), ctx.diagnostics());
    Map<String, String> task = new HashMap<>();
    Map<String, String> agent = new HashMap<>();
    for (Step s : ctx.steps()) {
      task.put(s.id(), names.name(s.id(), ctx.at(s), ctx.diagnostics()));
      agent.put(s.id(), names.name(s.id() + "-agent", ctx.at(s), ctx.diagnostics()));
    }
    ObjectNode agents = ExportJson.object();
    ObjectNode tasks = ExportJson.object();
    TreeSet<String> literal = new TreeSet<>();
    for (Step s : ctx.steps()) {
      configure(
          ctx,
          s,
          agents.putObject(agent.get(s.id())),
          tasks.putObject(task.get(s.id())),
          agent.get(s.id()),
          task,
          literal);
    }
    if (!literal.isEmpty()) {
      ctx.report(
          Diagnostic.of(
              ExportRule.LITERAL_PLACEHOLDER,
              ctx.atWorkflow(),
              "Workflow text holds CrewAI placeholders "
                  + literal.stream().map(n -> "{" + n + "}").toList()
                  + "; crew.py maps each to itself at kickoff so the text stays as written.",
              "Pass other input names to kickoff if you need CrewAI to fill in values."));
    }
    String cost = ctx.costSentence(ctx.eachStepOnItsModel());
    String py = crewPy(ctx, className(pkg), cost, literal, agent, task);
    String base = "src/" + pkg + "/";
    byte[] agentsYaml = Yaml.bytes(agents);
    byte[] costComment =
        ("# Cromus plan " + ctx.planName() + ": the llm of these agents costs " + cost + "\n")
            .getBytes(StandardCharsets.UTF_8);
    byte[] withComment = new byte[costComment.length + agentsYaml.length];
    System.arraycopy(costComment, 0, withComment, 0, costComment.length);
    System.arraycopy(agentsYaml, 0, withComment, costComment.length, agentsYaml.length);
    ctx.file(base + "config/agents.yaml", withComment);
    ctx.file(base + "config/tasks.yaml", Yaml.bytes(tasks));
    ctx.file(base + "crew.py", py.getBytes(StandardCharsets.UTF_8));
    return ctx.bundle(id());
  }

  /** The agent and the task of one step in agents.yaml and tasks.yaml. */
  private static void configure(
      ExportContext ctx,
      Step s,
      ObjectNode a,
      ObjectNode t,
      String agentName,
      Map<String, String> task,
      SortedSet<String> literal) {
    ModelChoice m = ctx.model(s);
    a.put("role", keep(ctx.text(s.title()), literal));
    a.put("goal", keep(Prompt.step(ctx, s), literal));
    a.put(
        "backstory",
        keep(
            "You carry out the step '"
                + ctx.text(s.title())
                + "' of the workflow '"
                + ctx.name()
                + "'"
                + s.approver().map(x -> " on behalf of " + ctx.text(x)).orElse("")
                + ", and nothing beyond it.",
            literal));
    a.put("llm", llm(ctx, s, m));
    a.put("allow_delegation", false);
    t.put("description", keep(Prompt.step(ctx, s), literal));
    t.put(
        "expected_output",
        keep(
            s.outputDescription()
                .map(ctx::text)
                .orElse("The result of the step '" + ctx.text(s.title()) + "'."),
            literal));
    t.put("agent", agentName);
    if (!ctx.deps(s).isEmpty()) {
      ArrayNode c = t.putArray("context");
      ctx.deps(s).forEach(d -> c.add(task.get(d)));
    }
    if (s.kind() == StepKind.HUMAN
        || s.validation().filter(v -> v == ValidationMethod.HUMAN).isPresent()) {
      t.put("human_input", true);
    }
    if (s.condition().isPresent()) {
      ctx.report(
          Diagnostic.of(
              ExportRule.NOT_EXPRESSIBLE,
              ctx.at(s),
              "Step '"
                  + s.id()
                  + "' runs only when a condition holds; a sequential crew runs every"
                  + " task, so the condition is part of the task description.",
              "Use a CrewAI Flow with a router if the step must be skipped."));
    }
  }

  /** crew.py: the crew class, one method per agent and per task. */
  private static String crewPy(
      ExportContext ctx,
      String cls,
      String cost,
      SortedSet<String> literal,
      Map<String, String> agent,
      Map<String, String> task) {
    StringBuilder py =
        new StringBuilder()
            .append("# Generated by Cromus from the workflow ")
            .append(PythonLiteral.of(ctx.text(ctx.workflow().name())).replace("\"", "'"))
            .append("; regenerate instead of editing.\n")
            .append("from crewai import Agent, Crew, Process, Task\n")
            .append("from crewai.project import CrewBase, agent, before_kickoff, crew, task\n\n")
            // the plan and what the agents' models (the llm of agents.yaml) cost, as simulated
            .append("PLAN = ")
            .append(PythonLiteral.of(ctx.planName()))
            .append("\n")
            .append("COST = ")
            .append(PythonLiteral.of(cost))
            .append("\n\n")
            .append(
                "# {name} patterns that are workflow text, not inputs: kept literal at kickoff.\n")
            .append("LITERAL_PLACEHOLDERS = ")
            .append(PythonLiteral.list(literal))
            .append("\n\n\n")
            .append("@CrewBase\n")
            .append("class ")
            .append(cls)
            .append(":\n")
            .append("    agents_config = \"config/agents.yaml\"\n")
            .append("    tasks_config = \"config/tasks.yaml\"\n\n")
            .append("    @before_kickoff\n")
            .append("    def keep_workflow_text_literal(self, inputs):\n")
            .append("        inputs = dict(inputs or {})\n")
            .append("        for name in LITERAL_PLACEHOLDERS:\n")
            .append("            inputs[name] = \"{\" + name + \"}\"\n")
            .append("        return inputs\n");
    for (Step s : ctx.steps()) {
      String a = agent.get(s.id());
      py.append("\n    @agent\n")
          .append("    def ")
          .append(a)
          .append("(self) -> Agent:\n")
          .append("        return Agent(config=self.agents_config[")
          .append(PythonLiteral.of(a))
          .append("])\n");
    }
    for (Step s : ctx.steps()) {
      String t = task.get(s.id());
      py.append("\n    @task\n")
          .append("    def ")
          .append(t)
          .append("(self) -> Task:\n")
          .append("        return Task(config=self.tasks_config[")
          .append(PythonLiteral.of(t))
          .append("])\n");
    }
    py.append("\n    @crew\n")
        .append("    def crew(self) -> Crew:\n")
        .append(
            "        return Crew(agents=self.agents, tasks=self.tasks, process=Process.sequential)\n");
    return py.toString();
  }

  /** Records the placeholder names in {@code text}; the text itself is kept as written. */
  private static String keep(String text, Set<String> literal) {
    Matcher m = PLACEHOLDER.matcher(text);
    while (m.find()) {
      literal.add(m.group(1));
    }
    return text;
  }

  /** A LiteLLM model string: {@code provider/model}. */
  private static String llm(ExportContext ctx, Step s, ModelChoice m) {
    Optional<Route> r = Route.of(m);
    if (r.isPresent()) {
      return r.get().litellm() + "/" + m.nativeId();
    }
    if (ExportContext.callsModel(s)) {
      ctx.report(
          Diagnostic.of(
              ExportRule.MODEL_CHANNEL,
              ctx.at(s),
              "LiteLLM has no provider for the channel of '"
                  + m.nativeId()
                  + "' (step '"
                  + s.id()
                  + "'); it is exported as an OpenAI-compatible model.",
              "Set base_url on the agent's LLM to your server's OpenAI-compatible endpoint."));
    }
    return "openai/" + m.nativeId();
  }

  /** {@code refund_triage} becomes {@code RefundTriageCrew}. */
  static String className(String pkg) {
    StringBuilder b = new StringBuilder();
    for (String part : pkg.split("_")) {
      if (!part.isEmpty()) {
        b.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
      }
    }
    String s = b.length() == 0 || !Character.isLetter(b.charAt(0)) ? "Workflow" + b : b.toString();
    return s + "Crew";
  }
}
