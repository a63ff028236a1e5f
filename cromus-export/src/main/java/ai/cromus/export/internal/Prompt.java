package ai.cromus.export.internal;

import ai.cromus.core.spec.Artifacts;
import ai.cromus.core.workflow.Step;
import ai.cromus.core.workflow.StepKind;
import java.util.Optional;

/** The instructions of a single-agent target, written from the compile result. */
public final class Prompt {
  private Prompt() {}

  /**
   * The system prompt: the workflow's steps in dependency order ({@link #procedure}), then, when
   * the result has an ETHOS profile, that profile as a guardrail section. The text the user wrote
   * is written as it is, never escaped for another format (the target's own format, JSON or YAML,
   * escapes what it must), so the model reads exactly what the author wrote; nothing in it names a
   * model or a cost, which the target's own fields state.
   */
  public static String system(ExportContext ctx) {
    StringBuilder b = new StringBuilder(procedure(ctx));
    Optional<Artifacts> a = ctx.result().artifacts();
    if (a.isPresent() && !a.get().ethosMd().isBlank()) {
      b.append("\n# Guardrails (")
          .append(ctx.text(a.get().ethosFileName()))
          .append(")\n\nFollow this ETHOS profile throughout.\n\n")
          .append(ctx.text(a.get().ethosMd().strip()))
          .append('\n');
    }
    return b.toString();
  }

  /** The workflow as numbered steps: title, kind, instructions, contract, condition, approval. */
  public static String procedure(ExportContext ctx) {
    StringBuilder b = new StringBuilder("# ").append(ctx.name()).append("\n\n");
    ctx.workflow().description().ifPresent(d -> b.append(ctx.text(d)).append("\n\n"));
    b.append(
        "Carry out these steps in order. A step runs once the steps it depends on are done.\n");
    int n = 1;
    for (Step s : ctx.steps()) {
      b.append("\n## Step ")
          .append(n++)
          .append(": ")
          .append(ctx.text(s.title()))
          .append(" (")
          .append(s.kind().id())
          .append(")\n");
      if (!s.instructions().isEmpty()) {
        b.append(ctx.text(s.instructions())).append('\n');
      }
      s.inputDescription().ifPresent(d -> b.append("Input: ").append(ctx.text(d)).append('\n'));
      s.outputDescription().ifPresent(d -> b.append("Output: ").append(ctx.text(d)).append('\n'));
      if (!s.tools().isEmpty()) {
        b.append("Tools: ").append(ctx.text(String.join(", ", s.tools()))).append('\n');
      }
      s.condition().ifPresent(c -> b.append("Only when: ").append(ctx.text(c)).append('\n'));
      if (s.kind() == StepKind.HUMAN) {
        b.append("Stop and ask ")
            .append(ctx.text(s.approver().orElse("a person")))
            .append(" to approve before going on.\n");
      }
    }
    return b.toString();
  }

  /** The instructions of one step for a multi-agent target. */
  public static String step(ExportContext ctx, Step s) {
    StringBuilder b = new StringBuilder();
    b.append(s.instructions().isEmpty() ? ctx.text(s.title()) : ctx.text(s.instructions()));
    s.inputDescription().ifPresent(d -> b.append("\nInput: ").append(ctx.text(d)));
    s.outputDescription().ifPresent(d -> b.append("\nOutput: ").append(ctx.text(d)));
    if (!s.tools().isEmpty()) {
      b.append("\nTools: ").append(ctx.text(String.join(", ", s.tools())));
    }
    s.condition().ifPresent(c -> b.append("\nOnly when: ").append(ctx.text(c)));
    return b.toString();
  }
}
