package ai.cromus.export.n8n;

import static org.apiguardian.api.API.Status.STABLE;

import ai.cromus.core.CompileResult;
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
import ai.cromus.export.internal.NameUuid;
import ai.cromus.export.internal.Prompt;
import ai.cromus.export.internal.Route;
import ai.cromus.export.internal.Text;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * n8n: an importable {@code workflow.json}. A manual trigger starts the run; each model, tool,
 * retrieval or code step is an AI Agent node with its own chat-model sub-node and one MCP client
 * tool sub-node per tool it calls; each human step is a Wait node resumed by a person. Main
 * connections follow the step dependencies; nodes are laid out left to right by dependency depth.
 * Ids are name-based UUIDs; no credential is emitted (attach them after import). Each agent's
 * prompt is the fixed expression {@link #INPUT_EXPRESSION}; every workflow string is a fixed-mode
 * value that never starts with {@code =}, so n8n never evaluates it.
 */
@API(status = STABLE, since = "0.1")
public final class N8nExporter implements Exporter {
  /** Created by {@link java.util.ServiceLoader} (the engine finds every bundled exporter). */
  public N8nExporter() {}

  static final int X_STEP = 300;
  static final int Y_ROW = 420;
  static final int Y_SUB = 220;
  static final int MAX_NAME = 120;

  /** The agent's prompt: the previous node's output. The only expression the export writes. */
  public static final String INPUT_EXPRESSION = "={{ JSON.stringify($json) }}";

  @Override
  public String id() {
    return "n8n";
  }

  @Override
  public String description() {
    return "n8n: importable workflow JSON with AI Agent, chat model and tool nodes";
  }

  @Override
  public ExportBundle export(CompileResult result, ExportOptions options) {
    return ExportFrame.run(id(), result, options, this::write);
  }

  private ExportBundle write(CompileResult result, ExportOptions options, ExportContext ctx) {
    String wf = ctx.workflow().name();
    ArrayNode nodes = ExportJson.array();
    Map<String, ObjectNode> connections = new LinkedHashMap<>();
    Set<String> taken = new HashSet<>();
    Map<String, String> stepNode = new HashMap<>();
    Map<Integer, Integer> rows = new HashMap<>();

    String trigger = unique("Start", taken);
    node(nodes, wf, trigger, "n8n-nodes-base.manualTrigger", 1, 0, 0, ExportJson.object());

    for (Step s : ctx.steps()) {
      int col = ctx.depth(s.id()) + 1;
      int row = rows.merge(col, 1, Integer::sum) - 1;
      int x = col * X_STEP;
      int y = row * Y_ROW;
      String name = unique(Text.truncate(Text.oneLine(ctx.text(s.title())), MAX_NAME), taken);
      stepNode.put(s.id(), name);
      if (s.kind() == StepKind.HUMAN) {
        ObjectNode p = ExportJson.object();
        p.put("resume", "webhook");
        ObjectNode n = node(nodes, wf, name, "n8n-nodes-base.wait", 1.1, x, y, p);
        n.put("webhookId", NameUuid.of(wf, "n8n-webhook", s.id()));
        n.put(
            "notes",
            "Approval by "
                + ctx.text(s.approver().orElse("a person"))
                + ": "
                + Prompt.step(ctx, s));
        continue;
      }
      ObjectNode p = ExportJson.object();
      p.put("promptType", "define");
      p.put("text", INPUT_EXPRESSION);
      p.putObject("options")
          .put("systemMessage", "Step: " + ctx.text(s.title()) + "\n\n" + Prompt.step(ctx, s));
      node(nodes, wf, name, "@n8n/n8n-nodes-langchain.agent", 3.1, x, y, p);

      ModelChoice m = ctx.model(s);
      String modelName = unique("Model of " + Text.truncate(name, MAX_NAME), taken);
      model(ctx, s, m, nodes, wf, modelName, x, y + Y_SUB);
      connect(connections, modelName, "ai_languageModel", name);
      tools(ctx, s, nodes, connections, taken, wf, name, x, y);
    }
    for (Step s : ctx.steps()) {
      List<String> deps = ctx.deps(s);
      if (deps.isEmpty()) {
        connect(connections, trigger, "main", stepNode.get(s.id()));
      }
      for (String d : deps) {
        connect(connections, stepNode.get(d), "main", stepNode.get(s.id()));
      }
    }
    ObjectNode doc = ExportJson.object();
    doc.put("name", ctx.name());
    doc.set("nodes", nodes);
    ObjectNode conns = doc.putObject("connections");
    connections.forEach(conns::set);
    doc.putObject("settings").put("executionOrder", "v1");
    doc.putObject("pinData");
    ObjectNode meta = doc.putObject("meta");
    meta.put("generatedBy", "cromus " + result.cromusVersion());
    // the plan and what the chat models of this workflow cost, as Cromus simulates them
    meta.put("cromusPlan", ctx.planName());
    meta.put("cromusCost", ctx.costSentence(ctx.eachStepOnItsModel()));
    ctx.file("workflow.json", ExportJson.bytes(doc));
    return ctx.bundle(id());
  }

  /** One MCP client tool node per tool of the step, connected to its agent node. */
  private static void tools(
      ExportContext ctx,
      Step s,
      ArrayNode nodes,
      Map<String, ObjectNode> connections,
      Set<String> taken,
      String wf,
      String name,
      int x,
      int y) {
    int t = 0;
    for (String tool : s.tools()) {
      String toolName =
          unique("Tool " + Text.truncate(Text.oneLine(ctx.text(tool)), MAX_NAME), taken);
      ObjectNode tp = ExportJson.object();
      ObjectNode tn =
          node(
              nodes,
              wf,
              toolName,
              "@n8n/n8n-nodes-langchain.mcpClientTool",
              1,
              x + 160 + 160 * t++,
              y + Y_SUB,
              tp);
      tn.put("notes", "MCP tool " + ctx.text(tool) + ": set the MCP server endpoint after import.");
      connect(connections, toolName, "ai_tool", name);
      ctx.report(
          Diagnostic.of(
              ExportRule.NOT_EXPRESSIBLE,
              ctx.at(s),
              "Tool '"
                  + Text.oneLine(ctx.text(tool))
                  + "' of step '"
                  + s.id()
                  + "' is an MCP client tool node without an endpoint.",
              "Set the node's MCP endpoint after import."));
    }
  }

  private static void model(
      ExportContext ctx,
      Step s,
      ModelChoice m,
      ArrayNode nodes,
      String wf,
      String name,
      int x,
      int y) {
    Optional<Route> r = Route.of(m);
    String channel = r.map(Route::channel).orElse("");
    ObjectNode p = ExportJson.object();
    switch (channel) {
      case "anthropic-api" -> {
        p.set("model", locator(m.nativeId()));
        p.putObject("options");
        node(nodes, wf, name, "@n8n/n8n-nodes-langchain.lmChatAnthropic", 1.3, x, y, p);
      }
      case "google-ai-studio" -> {
        p.put("modelName", "models/" + m.nativeId());
        p.putObject("options");
        node(nodes, wf, name, "@n8n/n8n-nodes-langchain.lmChatGoogleGemini", 1, x, y, p);
      }
      default -> {
        p.set("model", locator(m.nativeId()));
        ObjectNode o = p.putObject("options");
        if (r.isPresent() && !channel.equals("openai-api") && r.get().openAiBase().isPresent()) {
          o.put("baseURL", r.get().openAiBase().get());
        } else if (!channel.equals("openai-api")) {
          ctx.report(
              Diagnostic.of(
                  ExportRule.MODEL_CHANNEL,
                  ctx.at(s),
                  "n8n has no chat model node here for the channel of '"
                      + m.nativeId()
                      + "' (step '"
                      + s.id()
                      + "'); an OpenAI chat model node is exported.",
                  "Point the node's base URL at the channel, or replace it with the channel's node."));
        }
        node(nodes, wf, name, "@n8n/n8n-nodes-langchain.lmChatOpenAi", 1.3, x, y, p);
      }
    }
  }

  private static ObjectNode locator(String model) {
    ObjectNode rl = ExportJson.object();
    rl.put("__rl", true);
    rl.put("mode", "id");
    rl.put("value", model);
    return rl;
  }

  private static ObjectNode node(
      ArrayNode nodes,
      String wf,
      String name,
      String type,
      double version,
      int x,
      int y,
      ObjectNode parameters) {
    ObjectNode n = nodes.addObject();
    n.put("id", NameUuid.of(wf, "n8n", name));
    n.put("name", name);
    n.put("type", type);
    if (version == Math.rint(version)) {
      n.put("typeVersion", (int) version);
    } else {
      n.put("typeVersion", version);
    }
    n.putArray("position").add(x).add(y);
    n.set("parameters", parameters);
    return n;
  }

  private static void connect(
      Map<String, ObjectNode> connections, String from, String type, String to) {
    ObjectNode byType = connections.computeIfAbsent(from, k -> ExportJson.object());
    ArrayNode outputs = byType.has(type) ? (ArrayNode) byType.get(type) : byType.putArray(type);
    if (outputs.isEmpty()) {
      outputs.addArray();
    }
    ((ArrayNode) outputs.get(0)).addObject().put("node", to).put("type", type).put("index", 0);
  }

  /** A node name not used yet: n8n names are free text but unique, and never empty. */
  static String unique(String raw, Set<String> taken) {
    String base = raw.isBlank() ? "Step" : raw;
    String name = base;
    for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) {
      name = base + " " + n;
    }
    return name;
  }
}
