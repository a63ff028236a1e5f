package ai.cromus.langchain4j.internal;

import ai.cromus.core.workflow.ImmutableStep;
import ai.cromus.core.workflow.SourcePosition;
import ai.cromus.core.workflow.Step;
import ai.cromus.core.workflow.StepKind;
import ai.cromus.core.workflow.TokenCount;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A step being read: mutable while its agent is read, then built into an immutable {@link Step}.
 */
final class StepDraft {
  String id;
  String title;
  StepKind kind;
  String instructions = "";
  Optional<String> model = Optional.empty();
  Optional<String> outputDescription = Optional.empty();
  List<String> tools = List.of();
  List<String> dependsOn;
  int loop = 1;
  boolean unbounded;
  Optional<String> condition = Optional.empty();
  TokenCount in = TokenCount.UNSTATED;
  TokenCount out = TokenCount.UNSTATED;
  boolean structured;
  int line;
  String role = "agent";
  final Map<String, String> extra = new LinkedHashMap<>();

  Step build() {
    ImmutableStep.Builder b =
        Step.builder()
            .id(id)
            .title(title)
            .kind(kind)
            .instructions(instructions)
            .model(model)
            .outputDescription(outputDescription)
            .tools(tools)
            .dependsOn(dependsOn)
            .condition(condition)
            .inputTokens(in)
            .outputTokens(out)
            .structuredOutput(structured)
            .unboundedLoop(unbounded)
            .position(SourcePosition.of(line, 1));
    if (loop > 1) {
      b.loopBound(loop);
    }
    extra.put(AgenticReader.EXTRA_ROLE, role);
    return b.extra(extra).build();
  }
}
