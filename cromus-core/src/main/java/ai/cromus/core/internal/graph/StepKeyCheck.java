package ai.cromus.core.internal.graph;

import ai.cromus.core.diagnostic.CoreRule;
import ai.cromus.core.diagnostic.Diagnostic;
import ai.cromus.core.diagnostic.SourceLocation;
import ai.cromus.core.workflow.Step;
import ai.cromus.core.workflow.StepKind;
import ai.cromus.core.workflow.Workflow;
import java.util.ArrayList;
import java.util.List;

/**
 * The keys a step states that have no effect on a step of its kind, each a {@code
 * STEP-KEY-NO-EFFECT} warning: {@code turns}, {@code tool_result}, {@code tool_fee} and {@code
 * builtin_tools} price an agent loop of an {@code llm} step only; {@code fee} prices the calls of a
 * step that is not a model call. Checked on the workflow, so SOPs, JSON/YAML workflows and the
 * {@code cromus.yaml} sidecar get the same findings.
 */
public final class StepKeyCheck {
  private StepKeyCheck() {}

  public static List<Diagnostic> check(Workflow wf) {
    List<Diagnostic> out = new ArrayList<>();
    for (Step s : wf.steps()) {
      SourceLocation at =
          SourceLocation.of(wf.source(), s.position().line(), s.position().column());
      if (s.kind() == StepKind.LLM) {
        s.feeUsd()
            .ifPresent(
                f ->
                    out.add(
                        ignored(
                            at,
                            s,
                            "fee: $" + f.toPlainString() + " per call",
                            "Write the fee on the tool step it pays for, or as 'tool_fee: $"
                                + f.toPlainString()
                                + " per call' when the loop calls the tool once a turn.")));
        continue;
      }
      List<String> keys = new ArrayList<>();
      if (s.turns().isPresent()) {
        keys.add("turns: " + s.turns().getAsInt());
      } else if (s.unboundedTurns()) {
        keys.add("turns: until done");
      }
      s.toolResultTokens().ifPresent(t -> keys.add("tool_result: " + t.tokens() + " tokens"));
      s.toolFeeUsd().ifPresent(f -> keys.add("tool_fee: $" + f.toPlainString() + " per call"));
      if (!s.builtinTools().isEmpty()) {
        keys.add("builtin_tools: " + String.join(", ", s.builtinTools()));
      }
      for (String key : keys) {
        String name = key.substring(0, key.indexOf(':'));
        out.add(
            ignored(
                at,
                s,
                key,
                "Remove '"
                    + name
                    + ":', or make the step a model call with '- kind: llm' if it is one"
                    + (s.kind() == StepKind.TOOL && name.equals("tool_fee")
                        ? " (a tool step's own price is 'fee:')."
                        : ".")));
      }
    }
    return out;
  }

  private static Diagnostic ignored(SourceLocation at, Step s, String key, String fix) {
    return Diagnostic.of(
        CoreRule.STEP_KEY_NO_EFFECT,
        at,
        "Step '"
            + s.id()
            + "': '"
            + key
            + "' has no effect on a"
            + (s.kind() == StepKind.LLM ? "n " : " ")
            + s.kind().id()
            + " step"
            + (s.kindDeclared() ? "" : " (its kind was inferred from its text)")
            + "; it is ignored.",
        fix);
  }
}
