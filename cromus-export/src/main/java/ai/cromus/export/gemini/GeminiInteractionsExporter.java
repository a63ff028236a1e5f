package ai.cromus.export.gemini;

import static org.apiguardian.api.API.Status.STABLE;

import ai.cromus.core.CompileResult;
import ai.cromus.core.export.ExportBundle;
import ai.cromus.core.export.ExportOptions;
import ai.cromus.core.export.Exporter;
import ai.cromus.core.money.Money;
import ai.cromus.core.workflow.ReasoningEffort;
import ai.cromus.core.workflow.Step;
import ai.cromus.core.workflow.StepKind;
import ai.cromus.export.internal.ExportContext;
import ai.cromus.export.internal.ExportFrame;
import ai.cromus.export.internal.ExportJson;
import ai.cromus.export.internal.ModelChoice;
import ai.cromus.export.internal.Prompt;
import ai.cromus.export.internal.TargetNames;
import ai.cromus.export.internal.Text;
import ai.cromus.export.internal.ToolUse;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * Gemini Interactions API: the CreateModelInteraction body as {@code interaction.json} (model,
 * {@code system_instruction}, whitelisted tools, generation config, labels) and the typed
 * steps-response template as {@code steps-template.json}: per workflow step, the sequence of
 * interaction step types ({@code user_input}, {@code thought}, {@code function_call}, {@code
 * function_call_result}, {@code google_search_call}, {@code google_search_result}, {@code
 * model_output}) the run is expected to produce.
 */
@API(status = STABLE, since = "0.1")
public final class GeminiInteractionsExporter implements Exporter {
  /** Created by {@link java.util.ServiceLoader} (the engine finds every bundled exporter). */
  public GeminiInteractionsExporter() {}

  /** The model exported when the plan names no Gemini model. */
  public static final String DEFAULT_MODEL = "gemini-2.5-flash";

  /** The tool types the export uses: the original product's whitelist in Interactions spelling. */
  public static final List<String> TOOL_WHITELIST =
      List.of("function", "google_search", "code_execution", "url_context");

  static final int MAX_FUNCTION_NAME = 64;

  @Override
  public String id() {
    return "gemini-interactions";
  }

  @Override
  public String description() {
    return "Gemini Interactions API: CreateModelInteraction body and typed steps-response template";
  }

  @Override
  public ExportBundle export(CompileResult result, ExportOptions options) {
    return ExportFrame.run(id(), result, options, this::write);
  }

  private ExportBundle write(CompileResult result, ExportOptions options, ExportContext ctx) {
    ModelChoice model = ctx.agentModel("google", "google-ai-studio", DEFAULT_MODEL);
    ObjectNode body = ExportJson.object();
    body.put("model", model.nativeId());
    body.put("system_instruction", Prompt.system(ctx));

    Map<String, String> functionNames = new HashMap<>();
    ArrayNode tools = ExportJson.array();
    TargetNames names =
        new TargetNames(GeminiInteractionsExporter::functionName, MAX_FUNCTION_NAME, Set.of());
    for (ToolUse t : ToolUse.of(ctx)) {
      String name = names.name(t.name(), ctx.at(t.steps().get(0)), ctx.diagnostics());
      functionNames.put(t.name(), name);
      ObjectNode fn = tools.addObject();
      fn.put("type", "function");
      fn.put("name", name);
      fn.put("description", t.description(ctx));
      ObjectNode params = fn.putObject("parameters");
      params.put("type", "object");
      ObjectNode request = params.putObject("properties").putObject("request");
      request.put("type", "string");
      request.put("description", t.inputDescription(ctx));
      params.putArray("required").add("request");
    }
    if (ctx.steps().stream().anyMatch(s -> s.kind() == StepKind.CODE)) {
      tools.addObject().put("type", "code_execution");
    }
    if (!tools.isEmpty()) {
      body.set("tools", tools);
    }
    ObjectNode gen = ExportJson.object();
    maxReasoning(ctx)
        .ifPresent(
            r ->
                gen.put(
                    "thinking_level",
                    switch (r) {
                      case NONE -> "minimal";
                      case LOW -> "low";
                      case MEDIUM -> "medium";
                      case HIGH -> "high";
                    }));
    long maxOut =
        ctx.steps().stream()
            .filter(ExportContext::callsModel)
            .mapToLong(s -> s.outputTokens().tokens())
            .max()
            .orElse(0);
    if (maxOut > 0) {
      gen.put("max_output_tokens", maxOut);
    }
    if (!gen.isEmpty()) {
      body.set("generation_config", gen);
    }
    ObjectNode labels = body.putObject("labels");
    labels.put("cromus_workflow", label(ctx.workflow().name()));
    // the model this interaction runs, and what the workflow costs on it, as label values allow
    labels.put("cromus_plan", label(ctx.planName()));
    labels.put("cromus_model", label(model.catalogId().orElse(model.nativeId())));
    ctx.configuration(ctx.everyStepOn(model))
        .ifPresent(
            p ->
                labels.put(
                    "cromus_cost_micro_usd_per_run",
                    p.perRun()
                        .amount()
                        .movePointRight(6)
                        .setScale(0, Money.ROUNDING)
                        .toPlainString()));
    ctx.file("interaction.json", ExportJson.bytes(body));
    ctx.file("steps-template.json", ExportJson.bytes(template(ctx, model, functionNames)));
    return ctx.bundle(id());
  }

  private static ObjectNode template(
      ExportContext ctx, ModelChoice model, Map<String, String> functionNames) {
    ObjectNode t = ExportJson.object();
    t.put("workflow", ctx.text(ctx.workflow().name()));
    t.put("title", ctx.name());
    t.put("model", model.nativeId());
    t.put("plan", ctx.planName());
    t.put("cost", ctx.costSentence(ctx.everyStepOn(model)));
    ctx.configuration(ctx.everyStepOn(model))
        .ifPresent(
            p -> {
              t.put("cost_per_run_usd", p.perRun().toPlainString());
              t.put("cost_per_month_usd", p.perMonth().toPlainString());
            });
    ArrayNode types = t.putArray("step_types");
    List.of(
            "user_input",
            "thought",
            "function_call",
            "function_call_result",
            "google_search_call",
            "google_search_result",
            "model_output")
        .forEach(types::add);
    ArrayNode steps = t.putArray("steps");
    steps.addObject().put("type", "user_input").put("for", "the request that starts the run");
    for (Step s : ctx.steps()) {
      ObjectNode entry = steps.addObject();
      entry.put("step", ctx.text(s.id()));
      entry.put("title", ctx.text(s.title()));
      entry.put("kind", s.kind().id());
      s.condition().ifPresent(c -> entry.put("only_when", ctx.text(c)));
      ArrayNode expect = entry.putArray("expect");
      switch (s.kind()) {
        case HUMAN ->
            expect
                .addObject()
                .put("type", "user_input")
                .put("from", ctx.text(s.approver().orElse("a person")));
        case TOOL, RETRIEVAL -> {
          for (ToolUse u : ToolUse.of(ctx)) {
            if (u.steps().contains(s)) {
              expect
                  .addObject()
                  .put("type", "function_call")
                  .put("name", functionNames.get(u.name()));
              expect
                  .addObject()
                  .put("type", "function_call_result")
                  .put("name", functionNames.get(u.name()));
            }
          }
        }
        default -> {
          if (s.reasoning().filter(r -> r != ReasoningEffort.NONE).isPresent()) {
            expect.addObject().put("type", "thought");
          }
          for (ToolUse u : ToolUse.of(ctx)) {
            if (u.steps().contains(s)) {
              expect
                  .addObject()
                  .put("type", "function_call")
                  .put("name", functionNames.get(u.name()));
              expect
                  .addObject()
                  .put("type", "function_call_result")
                  .put("name", functionNames.get(u.name()));
            }
          }
          ObjectNode out =
              expect
                  .addObject()
                  .put("type", "model_output")
                  .put("format", s.structuredOutput() ? "json" : "text");
          s.outputDescription().ifPresent(d -> out.put("describes", ctx.text(d)));
        }
      }
    }
    return t;
  }

  private static Optional<ReasoningEffort> maxReasoning(ExportContext ctx) {
    return ctx.steps().stream().map(Step::reasoning).flatMap(Optional::stream).max(Enum::compareTo);
  }

  /**
   * A Gemini function name: starts with a letter or {@code _}, then letters, digits, {@code _.-}.
   */
  static String functionName(String raw) {
    String s = TargetNames.mcpTool(raw);
    return Character.isLetter(s.charAt(0)) || s.charAt(0) == '_' ? s : "_" + s;
  }

  /** A label value: lower-case letters, digits, {@code _} and {@code -}, at most 63. */
  static String label(String raw) {
    StringBuilder b = new StringBuilder();
    for (char c : raw.toLowerCase(Locale.ROOT).toCharArray()) {
      b.append(c < 0x80 && (Character.isLetterOrDigit(c) || c == '-' || c == '_') ? c : '_');
    }
    return Text.truncate(b.length() == 0 ? "workflow" : b.toString(), 63);
  }
}
