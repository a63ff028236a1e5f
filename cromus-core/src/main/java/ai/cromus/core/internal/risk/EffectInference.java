package ai.cromus.core.internal.risk;

import ai.cromus.core.workflow.Effect;
import ai.cromus.core.workflow.Step;
import ai.cromus.core.workflow.StepKind;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a step may do: its stated effect, else one inferred from its tools (each classified by the
 * verb of its name), then from the verbs that begin the clauses of its title, then of its first
 * sentence; a tool that no verb describes is taken to write something that can be changed back,
 * deterministic code to read only. Steps that cannot act (a model without tools, a decision, a
 * person) have none unless their author states one; a retrieval step reads.
 */
final class EffectInference {
  /** The effect, whether it was inferred, why, and the families of the actions found. */
  record Inferred(Optional<Effect> effect, boolean inferred, String why, Set<String> families) {}

  private EffectInference() {}

  static Inferred of(Step s) {
    Set<String> families = new TreeSet<>();
    Found found = find(s, families);
    if (s.effect().isPresent()) {
      return new Inferred(s.effect(), false, "as stated", families);
    }
    if (!canAct(s)) {
      return new Inferred(
          s.kind() == StepKind.RETRIEVAL ? Optional.of(Effect.READ_ONLY) : Optional.empty(),
          false,
          "by its kind",
          families);
    }
    if (found != null) {
      return new Inferred(Optional.of(found.effect), true, found.why, families);
    }
    if (s.kind() == StepKind.CODE && s.tools().isEmpty()) {
      return new Inferred(
          Optional.of(Effect.READ_ONLY),
          true,
          "deterministic code that no verb of the table describes",
          families);
    }
    return new Inferred(
        Optional.of(Effect.WRITE),
        true,
        "a tool call that no verb of the table describes, taken to change something that can be"
            + " changed back",
        families);
  }

  /** Tool, code and model-with-tools steps act; so does any step that names tools. */
  static boolean canAct(Step s) {
    return s.kind() == StepKind.TOOL
        || s.kind() == StepKind.CODE
        || (s.kind() != StepKind.HUMAN && s.kind() != StepKind.RETRIEVAL && !s.tools().isEmpty());
  }

  private static final class Found {
    final Effect effect;
    final String why;

    Found(Effect effect, String why) {
      this.effect = effect;
      this.why = why;
    }
  }

  /**
   * The strongest action of the tools; without a classified tool, of the title; without one there,
   * of the first sentence. Adds the families of the actions found on the deciding source.
   */
  private static Found find(Step s, Set<String> families) {
    Found best = null;
    for (String tool : s.tools()) {
      Optional<Vocabulary.Action> a = Vocabulary.tool(tool);
      if (a.isPresent()) {
        families.add(a.get().family());
        if (best == null || a.get().effect().compareTo(best.effect) > 0) {
          best =
              new Found(
                  a.get().effect(), "the verb '" + a.get().verb() + "' of the tool '" + tool + "'");
        }
      }
    }
    if (best != null) {
      return best;
    }
    best = text(s.title(), "the title", families);
    if (best != null) {
      return best;
    }
    return text(Words.firstSentence(s.instructions()), "the instructions", families);
  }

  private static Found text(String text, String where, Set<String> families) {
    Found best = null;
    List<List<String>> clauses = Words.clauses(text);
    for (List<String> clause : clauses) {
      Optional<Vocabulary.Action> a = Vocabulary.clause(clause);
      if (a.isPresent()) {
        families.add(a.get().family());
        if (best == null || a.get().effect().compareTo(best.effect) > 0) {
          best = new Found(a.get().effect(), "the verb '" + a.get().verb() + "' in " + where);
        }
      }
    }
    return best;
  }
}
