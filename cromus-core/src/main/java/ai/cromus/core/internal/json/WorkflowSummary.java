package ai.cromus.core.internal.json;

import ai.cromus.core.workflow.SourceFormat;
import ai.cromus.core.workflow.Step;
import ai.cromus.core.workflow.StepKind;
import ai.cromus.core.workflow.Workflow;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.util.StdConverter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the compile report says about the workflow: its name, title and format, and per step the id,
 * title, kind, dependencies, sizes, model and line. The rest of the workflow (instructions,
 * descriptions, annotations) is the user's own input and stays out of the report; {@code
 * CromusJson.write(workflow)} writes all of it. Declared on {@code CompileResult.workflow()} with
 * {@code @JsonSerialize(converter = WorkflowSummary.class)}.
 */
public final class WorkflowSummary extends StdConverter<Workflow, WorkflowSummary.Summary> {
  /** The report's {@code workflow} object. */
  @JsonPropertyOrder({"name", "title", "format", "steps"})
  public record Summary(String name, String title, SourceFormat format, List<StepSummary> steps) {}

  /** One element of the report's {@code workflow.steps}. */
  @JsonPropertyOrder({
    "id",
    "title",
    "kind",
    "dependsOn",
    "inputTokens",
    "outputTokens",
    "tokensEstimated",
    "model",
    "line"
  })
  public record StepSummary(
      String id,
      String title,
      StepKind kind,
      List<String> dependsOn,
      long inputTokens,
      long outputTokens,
      boolean tokensEstimated,
      Optional<String> model,
      int line) {}

  @Override
  public Summary convert(Workflow wf) {
    List<StepSummary> steps = new ArrayList<>(wf.steps().size());
    for (Step s : wf.steps()) {
      steps.add(
          new StepSummary(
              s.id(),
              s.title(),
              s.kind(),
              s.dependsOn(),
              s.inputTokens().tokens(),
              s.outputTokens().tokens(),
              !s.inputTokens().declared() || !s.outputTokens().declared(),
              s.model(),
              s.position().line()));
    }
    return new Summary(wf.name(), wf.title(), wf.format(), steps);
  }
}
