package ai.cromus.export.mcp;

import static org.apiguardian.api.API.Status.STABLE;

import ai.cromus.core.CompileResult;
import ai.cromus.core.export.ExportBundle;
import ai.cromus.core.export.ExportOptions;
import ai.cromus.core.export.Exporter;
import ai.cromus.core.workflow.Step;
import ai.cromus.export.internal.ExportContext;
import ai.cromus.export.internal.ExportFrame;
import ai.cromus.export.internal.ExportJson;
import ai.cromus.export.internal.Prompt;
import ai.cromus.export.internal.TargetNames;
import ai.cromus.export.internal.Text;
import ai.cromus.export.internal.ToolUse;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * MCP: {@code prompts.json} offers the workflow itself as an MCP {@code Prompt} (schema 2025-11-25:
 * name, title, description, one required {@code request} argument) with the {@code GetPromptResult}
 * a server returns for it (the steps as the first user message; the server sends the {@code
 * request} argument as the next one), so every workflow yields something an MCP server can serve;
 * {@code tools.json} holds one MCP {@code Tool} definition per tool the workflow calls, with a JSON
 * Schema input; {@code mcp.json} is an {@code mcpServers} client configuration with one remote
 * server per tool namespace (the part of a tool name before its first dot), whose URL is a {@code
 * ${VAR}} placeholder: no address or secret is invented. No file configures a model.
 */
@API(status = STABLE, since = "0.1")
public final class McpExporter implements Exporter {
  /** Created by {@link java.util.ServiceLoader} (the engine finds every bundled exporter). */
  public McpExporter() {}

  static final int MAX_TOOL_NAME = 128;

  @Override
  public String id() {
    return "mcp";
  }

  @Override
  public String description() {
    return "MCP: tool definitions with JSON Schema inputs and an mcpServers client config";
  }

  @Override
  public ExportBundle export(CompileResult result, ExportOptions options) {
    return ExportFrame.run(id(), result, options, this::write);
  }

  private ExportBundle write(CompileResult result, ExportOptions options, ExportContext ctx) {
    ObjectNode doc = ExportJson.object();
    ArrayNode tools = doc.putArray("tools");
    TargetNames toolNames = new TargetNames(TargetNames::mcpTool, MAX_TOOL_NAME, Set.of());
    TargetNames serverNames = new TargetNames(TargetNames::claudeTool, 255, Set.of());
    Map<String, String> servers = new LinkedHashMap<>();
    for (ToolUse t : ToolUse.of(ctx)) {
      Step first = t.steps().get(0);
      ObjectNode tool = tools.addObject();
      tool.put("name", toolNames.name(t.name(), ctx.at(first), ctx.diagnostics()));
      tool.put("title", t.name());
      tool.put("description", t.description(ctx));
      ObjectNode schema = tool.putObject("inputSchema");
      schema.put("type", "object");
      ObjectNode request = schema.putObject("properties").putObject("request");
      request.put("type", "string");
      request.put("description", t.inputDescription(ctx));
      schema.putArray("required").add("request");
      ObjectNode ann = tool.putObject("annotations");
      ann.put("title", t.name());
      ann.put("readOnlyHint", t.readOnly());
      ann.put("openWorldHint", true);
      String ns = t.name().contains(".") ? t.name().substring(0, t.name().indexOf('.')) : t.name();
      servers.computeIfAbsent(ns, k -> serverNames.name(k, ctx.at(first), ctx.diagnostics()));
    }
    ObjectNode config = ExportJson.object();
    ObjectNode entries = config.putObject("mcpServers");
    for (String server : servers.values()) {
      ObjectNode e = entries.putObject(server);
      e.put("type", "http");
      e.put("url", "${" + envName(server) + "_MCP_URL}");
    }
    ctx.file("prompts.json", ExportJson.bytes(prompts(ctx)));
    ctx.file("tools.json", ExportJson.bytes(doc));
    ctx.file("mcp.json", ExportJson.bytes(config));
    return ctx.bundle(id());
  }

  /**
   * The workflow as an MCP prompt: {@code prompts} (a {@code prompts/list} result) and, under
   * {@code get}, the {@code prompts/get} result of each prompt by name.
   */
  static ObjectNode prompts(ExportContext ctx) {
    ObjectNode doc = ExportJson.object();
    String name = TargetNames.mcpTool(ctx.workflow().name());
    String description =
        ctx.workflow()
            .description()
            .map(ctx::text)
            .filter(d -> !d.isBlank())
            .orElse("Carries out the workflow '" + ctx.name() + "' step by step.");
    ObjectNode prompt = doc.putArray("prompts").addObject();
    prompt.put("name", name);
    prompt.put("title", ctx.name());
    prompt.put("description", description);
    ObjectNode arg = prompt.putArray("arguments").addObject();
    arg.put("name", "request");
    arg.put("title", "Request");
    arg.put(
        "description",
        "What the run starts from"
            + ctx.steps().stream()
                .findFirst()
                .flatMap(s -> s.inputDescription())
                .map(d -> ": " + ctx.text(d))
                .orElse("")
            + ". The server sends it as the user message that follows the steps.");
    arg.put("required", true);
    ObjectNode get = doc.putObject("get").putObject(name);
    get.put("description", description);
    ObjectNode message = get.putArray("messages").addObject();
    message.put("role", "user");
    message.putObject("content").put("type", "text").put("text", Prompt.system(ctx));
    return doc;
  }

  /** An environment variable name: upper-case letters, digits and {@code _}. */
  static String envName(String server) {
    StringBuilder b = new StringBuilder();
    for (char c : server.toUpperCase(Locale.ROOT).toCharArray()) {
      b.append(c < 0x80 && Character.isLetterOrDigit(c) ? c : '_');
    }
    String s = b.toString();
    return Text.length(s) == 0 || Character.isDigit(s.charAt(0)) ? "MCP_" + s : s;
  }
}
