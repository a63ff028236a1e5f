package ai.cromus.export.internal;

import ai.cromus.core.workflow.Step;
import ai.cromus.core.workflow.StepKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One tool the workflow calls, and the steps that call it. Steps of kind tool or retrieval that
 * name no tool define a tool named after the step.
 *
 * @param name the tool name as written (or the step id)
 * @param steps the steps that call it, in dependency order
 */
public record ToolUse(String name, List<Step> steps) {

  /** Every tool of the workflow, in order of first use. */
  public static List<ToolUse> of(ExportContext ctx) {
    Map<String, List<Step>> byName = new LinkedHashMap<>();
    for (Step s : ctx.steps()) {
      List<String> names = new ArrayList<>(s.tools());
      if (names.isEmpty() && (s.kind() == StepKind.TOOL || s.kind() == StepKind.RETRIEVAL)) {
        names.add(s.id());
      }
      for (String n : names) {
        byName.computeIfAbsent(ctx.text(n), k -> new ArrayList<>()).add(s);
      }
    }
    List<ToolUse> out = new ArrayList<>();
    byName.forEach((n, steps) -> out.add(new ToolUse(n, List.copyOf(steps))));
    return out;
  }

  /** A description for the tool from the steps that call it. */
  public String description(ExportContext ctx) {
    StringBuilder b =
        new StringBuilder("Tool '")
            .append(name)
            .append("' of the workflow '")
            .append(ctx.name())
            .append("'. Called by: ");
    String sep = "";
    for (Step s : steps) {
      b.append(sep).append(ctx.text(s.title()));
      if (!s.instructions().isEmpty()) {
        b.append(" (").append(ctx.text(s.instructions())).append(')');
      }
      sep = "; ";
    }
    return b.append('.').toString();
  }

  /** What the calling steps pass in, as described, or a generic description. */
  public String inputDescription(ExportContext ctx) {
    return steps.stream()
        .map(Step::inputDescription)
        .flatMap(Optional::stream)
        .findFirst()
        .map(ctx::text)
        .orElse("The request of the calling step, in plain text or JSON.");
  }

  /** True when every calling step only reads (retrieval). */
  public boolean readOnly() {
    return steps.stream().allMatch(s -> s.kind() == StepKind.RETRIEVAL);
  }
}
