package ai.cromus.export.claude;

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
import ai.cromus.export.internal.Prompt;
import ai.cromus.export.internal.TargetLimits;
import ai.cromus.export.internal.TargetNames;
import ai.cromus.export.internal.Text;
import ai.cromus.export.internal.ToolUse;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * Claude Managed Agents: the CreateAgent body ({@code POST /v1/agents}, beta {@code
 * managed-agents-2026-04-01}) as {@code agent.json}. One agent runs the whole workflow: its model
 * is the plan's Anthropic model, its system prompt the SKILL.md with the ETHOS guardrails, and
 * every tool the workflow calls becomes a custom (client-executed) tool.
 */
@API(status = STABLE, since = "0.1")
public final class ClaudeManagedAgentExporter implements Exporter {
  /** Created by {@link java.util.ServiceLoader} (the engine finds every bundled exporter). */
  public ClaudeManagedAgentExporter() {}

  /** The model exported when the plan names no Anthropic model. */
  public static final String DEFAULT_MODEL = "claude-sonnet-4-6";

  static final int MAX_NAME = 256;
  static final int MAX_SYSTEM = 100_000;
  static final int MAX_DESCRIPTION = 2048;
  static final int MAX_TOOLS = 128;
  static final int MAX_TOOL_NAME = 128;
  static final int MAX_TOOL_DESCRIPTION = 1024;
  static final int MAX_METADATA_VALUE = 512;

  @Override
  public String id() {
    return "claude-managed-agent";
  }

  @Override
  public String description() {
    return "Claude Managed Agents: the CreateAgent body (model, system prompt, custom tools, metadata)";
  }

  @Override
  public ExportBundle export(CompileResult result, ExportOptions options) {
    return ExportFrame.run(id(), result, options, this::write);
  }

  private ExportBundle write(CompileResult result, ExportOptions options, ExportContext ctx) {
    ModelChoice model = ctx.agentModel("anthropic", "anthropic-api", DEFAULT_MODEL);
    ObjectNode body = ExportJson.object();
    body.put(
        "name",
        TargetLimits.cap(
            ctx,
            "The agent name",
            Text.oneLine(ctx.name()).isEmpty() ? ctx.workflow().name() : Text.oneLine(ctx.name()),
            MAX_NAME));
    body.put("model", model.nativeId());
    ctx.workflow()
        .description()
        .map(ctx::text)
        .filter(d -> !d.isBlank())
        .ifPresent(
            d ->
                body.put(
                    "description", TargetLimits.cap(ctx, "The description", d, MAX_DESCRIPTION)));
    body.put("system", TargetLimits.cap(ctx, "The system prompt", Prompt.system(ctx), MAX_SYSTEM));

    tools(ctx, body);
    for (Step s : ctx.steps()) {
      if (s.kind() == StepKind.HUMAN) {
        ctx.report(
            Diagnostic.of(
                ExportRule.NOT_EXPRESSIBLE,
                ctx.at(s),
                "Step '"
                    + s.id()
                    + "' needs a person; a managed agent cannot pause for approval, so"
                    + " the system prompt tells it to stop and ask.",
                "Have your client approve the custom tool calls that follow this step."));
      }
    }
    ObjectNode meta = body.putObject("metadata");
    meta.put("cromus_workflow", Text.truncate(ctx.text(ctx.workflow().name()), MAX_METADATA_VALUE));
    meta.put("cromus_version", Text.truncate(result.cromusVersion(), MAX_METADATA_VALUE));
    result
        .catalogVersion()
        .ifPresent(v -> meta.put("cromus_catalog", Text.truncate(ctx.text(v), MAX_METADATA_VALUE)));
    // the model this agent runs, and what the workflow costs on it (not the plan's figures)
    meta.put("cromus_plan", ctx.planName());
    meta.put(
        "cromus_model",
        Text.truncate(model.catalogId().orElse(model.nativeId()), MAX_METADATA_VALUE));
    meta.put(
        "cromus_cost", Text.truncate(ctx.costSentence(ctx.everyStepOn(model)), MAX_METADATA_VALUE));
    ctx.configuration(ctx.everyStepOn(model))
        .ifPresent(
            p -> {
              meta.put("cromus_cost_per_run_usd", p.perRun().toPlainString());
              meta.put("cromus_cost_per_month_usd", p.perMonth().toPlainString());
            });
    ctx.file("agent.json", ExportJson.bytes(body));
    return ctx.bundle(id());
  }

  /** The custom tools, one per tool the workflow calls, up to the limit. */
  private static void tools(ExportContext ctx, ObjectNode body) {
    List<ToolUse> tools = ToolUse.of(ctx);
    if (!tools.isEmpty()) {
      ArrayNode arr = body.putArray("tools");
      TargetNames names = new TargetNames(TargetNames::claudeTool, MAX_TOOL_NAME, Set.of());
      for (ToolUse t : tools) {
        if (arr.size() == MAX_TOOLS) {
          ctx.report(
              Diagnostic.of(
                  ExportRule.LIMIT,
                  ctx.at(t.steps().get(0)),
                  "The workflow calls "
                      + tools.size()
                      + " tools; an agent takes at most "
                      + MAX_TOOLS
                      + ", so tool '"
                      + Text.oneLine(t.name())
                      + "' and the ones after it are left out.",
                  "Group tools behind an MCP server, or split the workflow."));
          break;
        }
        ObjectNode tool = arr.addObject();
        tool.put("type", "custom");
        tool.put("name", names.name(t.name(), ctx.at(t.steps().get(0)), ctx.diagnostics()));
        tool.put("description", Text.truncate(t.description(ctx), MAX_TOOL_DESCRIPTION));
        ObjectNode schema = tool.putObject("input_schema");
        schema.put("type", "object");
        ObjectNode request = schema.putObject("properties").putObject("request");
        request.put("type", "string");
        request.put("description", t.inputDescription(ctx));
        schema.putArray("required").add("request");
      }
    }
  }
}
