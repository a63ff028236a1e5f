package ai.cromus.export.autogen;

import static org.apiguardian.api.API.Status.STABLE;

import ai.cromus.core.CompileResult;
import ai.cromus.core.catalog.Model;
import ai.cromus.core.catalog.Support;
import ai.cromus.core.diagnostic.Diagnostic;
import ai.cromus.core.export.ExportBundle;
import ai.cromus.core.export.ExportOptions;
import ai.cromus.core.export.ExportRule;
import ai.cromus.core.export.Exporter;
import ai.cromus.core.workflow.Step;
import ai.cromus.core.workflow.StepKind;
import ai.cromus.export.internal.ExportContext;
import ai.cromus.export.internal.ExportFrame;
import ai.cromus.export.internal.ExportJson;
import ai.cromus.export.internal.ModelChoice;
import ai.cromus.export.internal.Prompt;
import ai.cromus.export.internal.Route;
import ai.cromus.export.internal.TargetNames;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * AutoGen AgentChat: the declarative component JSON of a {@code RoundRobinGroupChat} team as {@code
 * team.json}, which AutoGen Studio imports and {@code Team.load_component} loads. One {@code
 * AssistantAgent} per step in dependency order, a {@code UserProxyAgent} for each human step, a
 * model client per agent with {@code model_info} (never an API key), and termination when an agent
 * says {@code TERMINATE} or after one round. AutoGen is in maintenance mode; see docs/export.md for
 * the successor format.
 */
@API(status = STABLE, since = "0.1")
public final class AutoGenExporter implements Exporter {
  /** Created by {@link java.util.ServiceLoader} (the engine finds every bundled exporter). */
  public AutoGenExporter() {}

  static final String STOP_WORD = "TERMINATE";

  @Override
  public String id() {
    return "autogen";
  }

  @Override
  public String description() {
    return "AutoGen AgentChat: declarative team component JSON (maintenance mode upstream)";
  }

  @Override
  public ExportBundle export(CompileResult result, ExportOptions options) {
    return ExportFrame.run(id(), result, options, this::write);
  }

  private ExportBundle write(CompileResult result, ExportOptions options, ExportContext ctx) {
    TargetNames names = new TargetNames(TargetNames::python, 64, Set.of("user"));
    ObjectNode team = component("autogen_agentchat.teams.RoundRobinGroupChat", "team");
    team.put("label", ctx.name());
    ObjectNode config = team.putObject("config");
    ArrayNode participants = config.putArray("participants");
    int last = ctx.steps().size();
    int i = 0;
    for (Step s : ctx.steps()) {
      i++;
      String name = names.name(s.id(), ctx.at(s), ctx.diagnostics());
      String instructions =
          "You carry out the step '"
              + ctx.text(s.title())
              + "' of the workflow '"
              + ctx.name()
              + "'.\n"
              + Prompt.step(ctx, s)
              + (i == last
                  ? "\nWhen the step is done, end your message with " + STOP_WORD + "."
                  : "");
      if (s.kind() == StepKind.HUMAN) {
        ObjectNode p = component("autogen_agentchat.agents.UserProxyAgent", "agent");
        ObjectNode c = p.putObject("config");
        c.put("name", name);
        c.put(
            "description",
            "A person (" + ctx.text(s.approver().orElse("approver")) + ") who " + instructions);
        participants.add(p);
        continue;
      }
      ObjectNode p = component("autogen_agentchat.agents.AssistantAgent", "agent");
      ObjectNode c = p.putObject("config");
      c.put("name", name);
      c.set("model_client", client(ctx, s, ctx.model(s)));
      c.put("description", ctx.text(s.title()));
      c.put("system_message", instructions);
      c.put("model_client_stream", false);
      c.put("reflect_on_tool_use", false);
      c.put("tool_call_summary_format", "{result}");
      participants.add(p);
      if (!s.tools().isEmpty()) {
        ctx.report(
            Diagnostic.of(
                ExportRule.NOT_EXPRESSIBLE,
                ctx.at(s),
                "Step '"
                    + s.id()
                    + "' calls tools; AutoGen tools are Python functions, so they are"
                    + " named in the system message and left for you to add.",
                "Add the tools to the agent's 'tools' list in AutoGen Studio or code."));
      }
    }
    ObjectNode stop =
        component("autogen_agentchat.conditions.OrTerminationCondition", "termination");
    ArrayNode conditions = stop.putObject("config").putArray("conditions");
    ObjectNode text =
        component("autogen_agentchat.conditions.TextMentionTermination", "termination");
    text.putObject("config").put("text", STOP_WORD);
    ObjectNode max = component("autogen_agentchat.conditions.MaxMessageTermination", "termination");
    max.putObject("config").put("max_messages", ctx.steps().size() + 1);
    conditions.add(text).add(max);
    config.set("termination_condition", stop);
    // the plan and what the model clients of this team cost, as Cromus simulates them
    team.put(
        "description",
        "Cromus plan "
            + ctx.planName()
            + ": the model clients of this team cost "
            + ctx.costSentence(ctx.eachStepOnItsModel())
            + ".");
    ctx.file("team.json", ExportJson.bytes(team));
    return ctx.bundle(id());
  }

  private static ObjectNode component(String provider, String type) {
    ObjectNode c = ExportJson.object();
    c.put("provider", provider);
    c.put("component_type", type);
    c.put("version", 1);
    c.put("component_version", 1);
    return c;
  }

  private static ObjectNode client(ExportContext ctx, Step s, ModelChoice m) {
    Optional<Route> r = Route.of(m);
    String channel = r.map(Route::channel).orElse("");
    ObjectNode c;
    ObjectNode cfg;
    if (channel.equals("anthropic-api")) {
      c = component("autogen_ext.models.anthropic.AnthropicChatCompletionClient", "model");
      cfg = c.putObject("config");
      cfg.put("model", m.nativeId());
    } else {
      c = component("autogen_ext.models.openai.OpenAIChatCompletionClient", "model");
      cfg = c.putObject("config");
      cfg.put("model", m.nativeId());
      if (r.isPresent() && !channel.equals("openai-api") && r.get().openAiBase().isPresent()) {
        cfg.put("base_url", r.get().openAiBase().get());
      } else if (!channel.equals("openai-api")) {
        ctx.report(
            Diagnostic.of(
                ExportRule.MODEL_CHANNEL,
                ctx.at(s),
                "AutoGen has no client here for the channel of '"
                    + m.nativeId()
                    + "' (step '"
                    + s.id()
                    + "'); an OpenAI-compatible client without base_url is exported.",
                "Set base_url to the channel's OpenAI-compatible endpoint."));
      }
    }
    ObjectNode info = cfg.putObject("model_info");
    Optional<Model> model =
        m.catalogId().flatMap(id -> ctx.options().catalog().flatMap(cat -> cat.find(id)));
    info.put("vision", model.map(x -> x.capabilities().vision() == Support.YES).orElse(false));
    info.put(
        "function_calling",
        model.map(x -> x.capabilities().toolCalling() != Support.NO).orElse(true));
    info.put(
        "json_output",
        model.map(x -> x.capabilities().structuredOutput() != Support.NO).orElse(true));
    info.put("family", "unknown");
    info.put(
        "structured_output",
        model.map(x -> x.capabilities().structuredOutput() == Support.YES).orElse(false));
    return c;
  }
}
