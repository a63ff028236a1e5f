package ai.cromus.core.internal.parse;

import ai.cromus.core.diagnostic.CoreRule;
import ai.cromus.core.diagnostic.Diagnostic;
import ai.cromus.core.diagnostic.SourceLocation;
import ai.cromus.core.workflow.ImmutableStep;
import ai.cromus.core.workflow.SourcePosition;
import ai.cromus.core.workflow.Step;
import ai.cromus.core.workflow.StepKind;
import ai.cromus.core.workflow.TokenCount;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The steps of an SOP once every step is read: unique ids, references resolved, kinds inferred
 * where none is declared, dependencies inferred where none is given, and token sizes estimated.
 */
final class SopSteps {
  /** A step reference by number, as {@code after:} gives it. */
  private static final Pattern STEP_REF = Pattern.compile("\\d{1,6}+");

  private final String source;
  private final List<Diagnostic> diags;
  private final Set<String> taken = new HashSet<>();
  private final Map<Integer, String> byNumber = new HashMap<>();
  private final Map<String, String> bySlug = new HashMap<>();

  private SopSteps(String source, List<Diagnostic> diags) {
    this.source = source;
    this.diags = diags;
  }

  /** The steps of {@code drafts}, in order. */
  static List<Step> finish(List<SopDraft> drafts, String source, List<Diagnostic> diags) {
    SopSteps steps = new SopSteps(source, diags);
    steps.ids(drafts);
    // output estimates first: inputs of later steps build on them
    Map<String, Long> outputs = new HashMap<>();
    String previous = null;
    for (SopDraft d : drafts) {
      Step partial = steps.build(d, previous);
      d.built = partial;
      previous = partial.id();
      outputs.put(
          partial.id(),
          partial.outputTokens().declared()
              ? partial.outputTokens().tokens()
              : TokenEstimates.output(partial));
    }
    List<Step> out = new ArrayList<>(drafts.size());
    for (SopDraft d : drafts) {
      out.add(steps.estimated(d, outputs));
    }
    return out;
  }

  /** Gives every draft a unique id: explicit ids first, so that generated ids never steal them. */
  private void ids(List<SopDraft> drafts) {
    for (SopDraft d : drafts) {
      if (d.pending.id != null && !taken.add(d.pending.id)) {
        String renamed = Slug.unique(d.pending.id, taken);
        diags.add(
            Diagnostic.of(
                CoreRule.DUPLICATE_STEP_ID,
                d.pending.idAt,
                "Step id '"
                    + d.pending.id
                    + "' is used twice; this step is renamed '"
                    + renamed
                    + "'.",
                "Give every step its own id."));
        d.pending.id = renamed;
        taken.add(renamed);
      }
    }
    int position = 0;
    for (SopDraft d : drafts) {
      position++;
      if (d.pending.id == null) {
        String slug = Slug.id(d.title, 6, 48);
        d.pending.id = Slug.unique(slug.isEmpty() ? "step-" + position : slug, taken);
        taken.add(d.pending.id);
      }
      byNumber.putIfAbsent(d.number != null ? d.number : position, d.pending.id);
      byNumber.putIfAbsent(-position, d.pending.id);
      bySlug.putIfAbsent(Slug.of(d.title, 48), d.pending.id);
    }
  }

  /** The step of a draft, before its sizes are estimated; {@code previous} is the step before. */
  private Step build(SopDraft d, String previous) {
    SourceLocation at = SourceLocation.of(source, d.line, d.column);
    String instructions = d.instructions.toString().strip();
    if (instructions.isEmpty() && !d.annotated) {
      diags.add(
          Diagnostic.of(
              CoreRule.EMPTY_INSTRUCTIONS,
              at,
              "Step '" + d.pending.id + "' has no instructions and no annotations.",
              "Say what the step does, or add annotations such as '- kind: tool'."));
    }
    d.b
        .id(d.pending.id)
        .title(d.title)
        .instructions(instructions)
        .position(SourcePosition.of(d.line, d.column));
    if (!d.kindDeclared) {
      inferKind(d, instructions, at);
    }
    List<String> deps = new ArrayList<>();
    if (d.pending.afterDeclared) {
      for (String ref : d.pending.after) {
        deps.add(resolve(ref));
      }
      d.b.dependenciesDeclared(true);
    } else {
      if (previous != null) {
        deps.add(previous);
        diags.add(
            Diagnostic.of(
                CoreRule.INFER_DEPENDENCY,
                at,
                "Step '" + d.pending.id + "' is taken to follow '" + previous + "'.",
                "Add '- after: ...' with the steps it needs, or '- after: none'."));
      }
      d.b.dependenciesDeclared(false);
    }
    d.b.addAllDependsOn(new ArrayList<>(new LinkedHashSet<>(deps)));
    return d.b.build();
  }

  /** The kind of a step that declares none: from its approver, its tools, or its verbs. */
  private void inferKind(SopDraft d, String instructions, SourceLocation at) {
    StepKind kind;
    String why;
    if (d.hasApprover) {
      kind = StepKind.HUMAN;
      why = "it names an approver";
    } else if (d.hasTools) {
      kind = StepKind.TOOL;
      why = "it names tools";
    } else {
      KindInference.Inferred inf = KindInference.infer(d.title, instructions);
      kind = inf.kind;
      why =
          inf.phrase.isEmpty()
              ? "no verb of the table matched (confidence low)"
              : "the verb '" + inf.phrase + "' (confidence " + inf.confidence + ")";
    }
    d.b.kind(kind).kindDeclared(false);
    diags.add(
        Diagnostic.of(
            CoreRule.INFER_KIND,
            at,
            "Step '" + d.pending.id + "' is taken as kind '" + kind.id() + "' from " + why + ".",
            "Add '- kind: " + kind.id() + "' (or the right kind) to pin it down."));
  }

  /** The step of a draft with the sizes it does not declare estimated. */
  private Step estimated(SopDraft d, Map<String, Long> outputs) {
    Step s = d.built;
    // the draft's builder still holds every value: set the estimates and build again
    ImmutableStep.Builder b = d.b;
    List<String> estimated = new ArrayList<>();
    boolean changed = !s.outputTokens().declared() || !s.inputTokens().declared();
    if (!s.outputTokens().declared()) {
      long out = outputs.get(s.id());
      b.outputTokens(TokenCount.estimated(out, TokenEstimates.outputMethod(s)));
      if (out > 0) {
        estimated.add("output " + out);
      }
    }
    if (!s.inputTokens().declared()) {
      long in = TokenEstimates.input(s, outputs);
      b.inputTokens(TokenCount.estimated(in, TokenEstimates.inputMethod(s)));
      if (in > 0) {
        estimated.add("input " + in);
      }
    }
    if (!estimated.isEmpty()) {
      diags.add(
          Diagnostic.of(
              CoreRule.INFER_TOKENS,
              SourceLocation.of(source, d.line, d.column),
              "Step '"
                  + s.id()
                  + "' sizes are estimated ("
                  + String.join(" tokens, ", estimated)
                  + " tokens) at "
                  + Sizes.CHARS_PER_TOKEN
                  + " characters per token.",
              "Declare them: '- input: ..., ~N tokens' and '- output: ..., ~N tokens'."));
    }
    return changed ? b.build() : s;
  }

  /** A reference as written: a step number, an id, or a title; unresolved refs stay as written. */
  private String resolve(String ref) {
    String r = ref.strip();
    if (STEP_REF.matcher(r).matches()) {
      String id = byNumber.get(Integer.valueOf(r));
      return id != null ? id : r;
    }
    if (taken.contains(r)) {
      return r;
    }
    String slug = Slug.of(r, 48);
    if (taken.contains(slug)) {
      return slug;
    }
    String bySlugId = bySlug.get(slug);
    return bySlugId != null ? bySlugId : r;
  }
}
