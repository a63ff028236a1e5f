package ai.cromus.core.internal.simulation;

import ai.cromus.core.workflow.CapabilityTier;
import ai.cromus.core.workflow.ReasoningEffort;
import ai.cromus.core.workflow.Step;
import ai.cromus.core.workflow.StepKind;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Workflow Classification: the capability tier a step needs. A declared {@code tier:} wins.
 * Otherwise the decision table of {@code docs/simulation.md}:
 *
 * <ol>
 *   <li>task type from the words of the title and instructions: classification or extraction words
 *       give LIGHTWEIGHT, generation and comparison words BALANCED, hard-reasoning words FRONTIER;
 *       the highest group found wins (multi-step text mixes groups); none found gives BALANCED;
 *   <li>IO contract: a LIGHTWEIGHT step whose output is free-form and longer than 500 tokens
 *       becomes BALANCED;
 *   <li>failure tolerance: a LIGHTWEIGHT step that declares {@code retry: 0}, no fallback and no
 *       validation becomes BALANCED (nothing catches a weak answer);
 *   <li>context: a prompt above 64,000 tokens needs at least BALANCED;
 *   <li>reasoning: {@code reasoning: medium} needs at least BALANCED, {@code high} FRONTIER.
 * </ol>
 */
public final class StepTiers {
  static final List<String> LIGHT_WORDS =
      List.of(
          "classif",
          "categori",
          "label",
          "tag",
          "route",
          "extract",
          "detect",
          "identify",
          "parse",
          "triage",
          "normali",
          "lookup",
          "look up",
          "sentiment",
          "yes or no",
          "match",
          "validate",
          "check whether");
  static final List<String> BALANCED_WORDS =
      List.of(
          "draft",
          "write",
          "generat",
          "summar",
          "compose",
          "rewrite",
          "translat",
          "explain",
          "propose",
          "compare",
          "assess",
          "evaluat",
          "review",
          "analy",
          "recommend",
          "answer",
          "reply",
          "respond");
  static final List<String> FRONTIER_WORDS =
      List.of(
          "diagnos",
          "root cause",
          "reason through",
          "prove",
          "strateg",
          "complex",
          "multi-step plan",
          "legal opinion",
          "hypothes",
          "adjudicat",
          "novel");
  static final long LONG_CONTEXT_TOKENS = 64_000;
  static final long LONG_FREE_FORM_OUTPUT = 500;

  private StepTiers() {}

  /** The tier and the reason, or empty for steps that call no model. */
  public static Optional<Classified> classify(Step step) {
    if (step.kind() != StepKind.LLM) {
      return Optional.empty();
    }
    if (step.tier().isPresent()) {
      return Optional.of(
          new Classified(step.tier().get(), "declared tier: " + step.tier().get().id()));
    }
    String text = (step.title() + " \n " + step.instructions()).toLowerCase(Locale.ROOT);
    CapabilityTier tier = null;
    String why;
    String word = first(text, FRONTIER_WORDS);
    if (word != null) {
      tier = CapabilityTier.FRONTIER;
      why = "hard-reasoning task ('" + word.trim() + "')";
    } else if ((word = first(text, BALANCED_WORDS)) != null) {
      tier = CapabilityTier.BALANCED;
      why = "generation or comparison task ('" + word.trim() + "')";
    } else if ((word = first(text, LIGHT_WORDS)) != null) {
      tier = CapabilityTier.LIGHTWEIGHT;
      why = "classification or extraction task ('" + word.trim() + "')";
    } else {
      tier = CapabilityTier.BALANCED;
      why = "no task-type word found; balanced by default";
    }
    if (tier == CapabilityTier.LIGHTWEIGHT
        && !step.structuredOutput()
        && step.outputTokens().tokens() > LONG_FREE_FORM_OUTPUT) {
      tier = CapabilityTier.BALANCED;
      why += "; long free-form output";
    }
    if (tier == CapabilityTier.LIGHTWEIGHT
        && step.retries().isPresent()
        && step.retries().getAsInt() == 0
        && step.fallbacks().isEmpty()
        && step.validation().isEmpty()) {
      tier = CapabilityTier.BALANCED;
      why += "; no retry, fallback or validation to catch a weak answer";
    }
    if (step.inputTokens().tokens() > LONG_CONTEXT_TOKENS
        && !tier.isAtLeast(CapabilityTier.BALANCED)) {
      tier = CapabilityTier.BALANCED;
      why += "; long context";
    }
    ReasoningEffort effort = step.reasoning().orElse(ReasoningEffort.NONE);
    if (effort == ReasoningEffort.HIGH && !tier.isAtLeast(CapabilityTier.FRONTIER)) {
      tier = CapabilityTier.FRONTIER;
      why += "; reasoning: high";
    } else if (effort == ReasoningEffort.MEDIUM && !tier.isAtLeast(CapabilityTier.BALANCED)) {
      tier = CapabilityTier.BALANCED;
      why += "; reasoning: medium";
    }
    return Optional.of(new Classified(tier, why));
  }

  /**
   * The first word of the list that starts a word of the text (so 'prove' does not match
   * 'approve').
   */
  private static String first(String text, List<String> words) {
    for (String w : words) {
      int i = text.indexOf(w);
      while (i >= 0) {
        if (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1))) {
          return w;
        }
        i = text.indexOf(w, i + 1);
      }
    }
    return null;
  }

  /** A tier and why. */
  public record Classified(CapabilityTier tier, String reason) {}
}
