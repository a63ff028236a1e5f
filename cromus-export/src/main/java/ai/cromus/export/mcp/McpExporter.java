package ai.cromus.export.mcp;

import ai.cromus.core.CompileResult;
import ai.cromus.core.export.ExportBundle;
import ai.cromus.core.export.ExportOptions;
import ai.cromus.core.workflow.Step;
import ai.cromus.export.internal.ExportContext;
import ai.cromus.export.internal.Json;
import ai.cromus.export.internal.Names;
import ai.cromus.export.internal.Text;
import ai.cromus.export.internal.ToolUse;
import ai.cromus.export.internal.WorkflowExporter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * MCP: {@code tools.json} holds one MCP {@code Tool} definition (schema 2025-11-25) per tool the
 * workflow calls, with a JSON Schema input; {@code mcp.json} is an {@code mcpServers} client
 * configuration with one remote server per tool namespace (the part of a tool name before its first
 * dot), whose URL is a {@code ${VAR}} placeholder: no address or secret is invented.
 */
public final class McpExporter extends WorkflowExporter {
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
  protected ExportBundle export(CompileResult result, ExportOptions options, ExportContext ctx) {
    ObjectNode doc = Json.object();
    ArrayNode tools = doc.putArray("tools");
    Names toolNames = new Names(Names::mcpTool, MAX_TOOL_NAME, Set.of());
    Names serverNames = new Names(Names::claudeTool, 255, Set.of());
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
    ObjectNode config = Json.object();
    ObjectNode entries = config.putObject("mcpServers");
    for (String server : servers.values()) {
      ObjectNode e = entries.putObject(server);
      e.put("type", "http");
      e.put("url", "${" + envName(server) + "_MCP_URL}");
    }
    ctx.file("tools.json", Json.bytes(doc));
    ctx.file("mcp.json", Json.bytes(config));
    return ctx.bundle(id());
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
