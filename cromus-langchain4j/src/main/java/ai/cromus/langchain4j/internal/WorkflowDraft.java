package ai.cromus.langchain4j.internal;

import static ai.cromus.langchain4j.internal.Access.safe;

import ai.cromus.core.Limits;
import ai.cromus.core.diagnostic.CoreRule;
import ai.cromus.core.diagnostic.Diagnostic;
import ai.cromus.core.diagnostic.Rule;
import ai.cromus.core.diagnostic.SourceLocation;
import ai.cromus.core.workflow.ImmutableWorkflow;
import ai.cromus.core.workflow.SourceFormat;
import ai.cromus.core.workflow.StepKind;
import ai.cromus.core.workflow.Workflow;
import dev.langchain4j.agentic.planner.AgentInstance;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The workflow being read from an agentic system: its steps in reading order (each one's line is
 * its 1-based position), their unique ids, the agent names seen, and the diagnostics; stops taking
 * steps at the limit.
 */
final class WorkflowDraft {
  private final Limits limits;
  private final List<StepDraft> drafts = new ArrayList<>();
  private final List<Diagnostic> diags = new ArrayList<>();
  private final Set<String> ids = new LinkedHashSet<>();
  private final Set<String> agentNames = new LinkedHashSet<>();
  private String source = "langchain4j:agentic-system";
  private boolean truncated;

  WorkflowDraft(Limits limits, List<Diagnostic> initial) {
    this.limits = limits;
    diags.addAll(initial);
  }

  void source(String source) {
    this.source = source;
  }

  /** Whether a limit was reached: nothing more is read. */
  boolean truncated() {
    return truncated;
  }

  void truncate() {
    truncated = true;
  }

  /** The names of the agents read so far, in reading order. */
  Set<String> agentNames() {
    return Collections.unmodifiableSet(agentNames);
  }

  List<Diagnostic> diagnostics() {
    return diags;
  }

  Workflow workflow(String name, String title, Optional<String> description) {
    ImmutableWorkflow.Builder w =
        Workflow.builder()
            .name(name)
            .title(title)
            .description(description)
            .format(SourceFormat.CODE)
            .source(source)
            .putExtra("framework", "langchain4j-agentic");
    for (StepDraft d : drafts) {
      w.addSteps(d.build());
    }
    return w.build();
  }

  StepDraft newStep(
      AgentInstance node, String name, StepKind kind, List<String> preds, WalkContext ctx) {
    String title =
        safe(node::description)
            .filter(s -> !s.isBlank())
            .map(d -> d.length() > 200 ? d.substring(0, 200) + "…" : d)
            .orElse(name);
    StepDraft d = newDraft(AgentNames.slug(name, "agent"), title, kind, preds, ctx, node, name);
    return d;
  }

  StepDraft newDraft(
      String base,
      String title,
      StepKind kind,
      List<String> preds,
      WalkContext ctx,
      AgentInstance node,
      String agentName) {
    StepDraft d = new StepDraft();
    d.id = unique(base);
    d.title = title;
    d.kind = kind;
    d.dependsOn = List.copyOf(new LinkedHashSet<>(preds));
    d.line = drafts.size() + 1;
    d.condition = ctx.condition;
    bound(d, ctx);
    d.extra.put(AgenticReader.EXTRA_AGENT, agentName);
    safe(node::agentId).ifPresent(id -> d.extra.put(AgenticReader.EXTRA_AGENT_ID, id));
    if (!ctx.path.isEmpty()) {
      d.extra.put(AgenticReader.EXTRA_PATH, String.join(" > ", ctx.path));
    }
    safe(node::outputKey)
        .filter(k -> !k.isBlank())
        .ifPresent(k -> d.extra.put(AgenticReader.EXTRA_OUTPUT_KEY, k));
    agentNames.add(agentName);
    if (drafts.size() >= limits.maxSteps()) {
      truncated = true;
      diag(
          CoreRule.INPUT_TOO_MANY_STEPS,
          d.line,
          "The agentic system has more than "
              + limits.maxSteps()
              + " agents and tools; the rest are not read.");
      return d;
    }
    drafts.add(d);
    return d;
  }

  static void bound(StepDraft d, WalkContext ctx) {
    d.unbounded = ctx.unbounded;
    d.loop = (int) Math.min(Integer.MAX_VALUE, Math.max(1, ctx.loop));
  }

  private String unique(String base) {
    String id = base;
    for (int i = 2; !ids.add(id); i++) {
      id = base + "-" + i;
    }
    return id;
  }

  int nextLine() {
    return drafts.size() + 1;
  }

  void diag(Rule rule, int line, String message) {
    diags.add(Diagnostic.of(rule, SourceLocation.of(source, Math.max(1, line), 1), message));
  }

  void diag(Rule rule, int line, String message, String hint) {
    diags.add(Diagnostic.of(rule, SourceLocation.of(source, Math.max(1, line), 1), message, hint));
  }
}
