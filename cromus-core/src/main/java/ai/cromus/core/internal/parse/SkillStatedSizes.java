package ai.cromus.core.internal.parse;

import ai.cromus.core.diagnostic.CoreRule;
import ai.cromus.core.diagnostic.Diagnostic;
import ai.cromus.core.diagnostic.SourceLocation;
import ai.cromus.core.workflow.ImmutableStep;
import ai.cromus.core.workflow.ImmutableTokenCount;
import ai.cromus.core.workflow.Step;
import ai.cromus.core.workflow.TokenCount;
import ai.cromus.core.workflow.Workflow;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The sizes the body of a SKILL.md states, as Cromus writes them and as authors do: a line {@code
 * Input: the customer email (about 900 tokens).} or {@code Output: ...} at the start of a line of
 * the step's section. A size found there is declared (the step's own annotations win); the
 * estimates of the steps that read its output follow.
 */
final class SkillStatedSizes {
  private SkillStatedSizes() {}

  /** {@code w} with the sizes its body states; {@code diags} get the estimates that remain. */
  static Workflow apply(Workflow w, String body, String source, List<Diagnostic> diags) {
    String[] lines = body.split("\n", -1);
    List<Step> steps = w.steps();
    List<Step> read = new ArrayList<>(steps.size());
    boolean changed = false;
    for (int i = 0; i < steps.size(); i++) {
      Step st = steps.get(i);
      int from = st.position().line();
      int to = i + 1 < steps.size() ? steps.get(i + 1).position().line() - 1 : lines.length;
      Step stated =
          from < 1 || to < from ? st : stated(st, lines, from, Math.min(to, lines.length));
      read.add(stated);
      changed |= stated != st;
    }
    if (!changed) {
      return w;
    }
    return Workflow.builder().from(w).steps(reestimated(read, source, diags)).build();
  }

  /** The step with the sizes stated on lines {@code from} to {@code to} (exclusive); or itself. */
  private static Step stated(Step st, String[] lines, int from, int to) {
    ImmutableStep.Builder sb = Step.builder().from(st);
    boolean any = false;
    for (int l = from; l < to; l++) {
      String line = lines[l];
      boolean input = line.regionMatches(true, 0, "Input:", 0, 6);
      boolean output = line.regionMatches(true, 0, "Output:", 0, 7);
      if (!input && !output) {
        continue;
      }
      String value = line.substring(input ? 6 : 7).strip();
      while (value.endsWith(".")) {
        value = value.substring(0, value.length() - 1).strip();
      }
      Sizes.Size size;
      try {
        size = Sizes.parse(value);
      } catch (IllegalArgumentException e) {
        size = null;
      }
      if (size == null) {
        continue;
      }
      TokenCount t =
          size.unit.equals("tokens")
              ? TokenCount.declared(size.tokens)
              : ImmutableTokenCount.builder()
                  .tokens(size.tokens)
                  .declared(true)
                  .method(Sizes.method(size.unit))
                  .build();
      if (input && !st.inputTokens().declared()) {
        sb.inputTokens(t);
        if (st.inputDescription().isEmpty() && !size.description.isEmpty()) {
          sb.inputDescription(size.description);
        }
        any = true;
      } else if (output && !st.outputTokens().declared()) {
        sb.outputTokens(t);
        if (st.outputDescription().isEmpty() && !size.description.isEmpty()) {
          sb.outputDescription(size.description);
        }
        any = true;
      }
    }
    return any ? sb.build() : st;
  }

  /** The estimates that read a declared size again, and their diagnostics. */
  private static List<Step> reestimated(List<Step> read, String source, List<Diagnostic> diags) {
    Map<String, Long> outputs = new HashMap<>();
    for (Step st : read) {
      outputs.put(st.id(), st.outputTokens().tokens());
    }
    List<Step> out = new ArrayList<>(read.size());
    Set<Integer> lines = new HashSet<>();
    for (Step st : read) {
      Step s2 = st;
      if (!st.inputTokens().declared() && TokenEstimates.callsModel(st)) {
        s2 =
            Step.builder()
                .from(st)
                .inputTokens(
                    TokenCount.estimated(
                        TokenEstimates.input(st, outputs), TokenEstimates.inputMethod(st)))
                .build();
      }
      out.add(s2);
      lines.add(s2.position().line());
    }
    diags.removeIf(d -> d.rule().equals(CoreRule.INFER_TOKENS.id()) && lines.contains(d.line()));
    for (Step st : out) {
      if (!TokenEstimates.callsModel(st)) {
        continue;
      }
      List<String> estimated = new ArrayList<>();
      if (!st.outputTokens().declared()) {
        estimated.add("output " + st.outputTokens().tokens());
      }
      if (!st.inputTokens().declared()) {
        estimated.add("input " + st.inputTokens().tokens());
      }
      if (!estimated.isEmpty()) {
        diags.add(
            Diagnostic.of(
                CoreRule.INFER_TOKENS,
                SourceLocation.of(source, st.position().line(), st.position().column()),
                "Step '"
                    + st.id()
                    + "' sizes are estimated ("
                    + String.join(" tokens, ", estimated)
                    + " tokens) at "
                    + Sizes.CHARS_PER_TOKEN
                    + " characters per token.",
                "Declare them: 'Input: ... (about N tokens).' and 'Output: ... (about N"
                    + " tokens).'"));
      }
    }
    return out;
  }
}
