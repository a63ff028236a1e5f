package ai.cromus.core.internal.score;

import ai.cromus.core.internal.score.ScoreCheck.PerStep;
import ai.cromus.core.internal.score.ScoreCheck.Whole;
import ai.cromus.core.score.ScoreDimension;
import ai.cromus.core.workflow.Step;
import ai.cromus.core.workflow.StepKind;
import ai.cromus.core.workflow.ValidationMethod;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The 24 checks of the structural score, dimension by dimension, in report order. */
final class ScoreChecks {
  /** Vague words and phrases in instructions, as whole words in any case. */
  static final Pattern VAGUE =
      Pattern.compile(
          // word boundaries as look-arounds: Java's \b is quadratic on a run of combining marks
          "(?<![\\p{L}\\p{Nd}\\p{M}_])(etc|as needed|as appropriate|if necessary|if needed|somehow"
              + "|and so on|various|maybe|try to|stuff|things like|whatever|some kind of|handle it"
              + "|tbd|todo)(?![\\p{L}\\p{Nd}\\p{M}_])",
          Pattern.CASE_INSENSITIVE);

  /** Whether {@code text} uses one of the vague phrases of {@link #VAGUE}. */
  static boolean vague(String text) {
    return VAGUE.matcher(text).find();
  }

  private ScoreChecks() {}

  static final List<ScoreCheck> ALL =
      List.of(
          // completeness
          new PerStep(
              ScoreDimension.COMPLETENESS,
              "SCORE-STEP-NO-INSTRUCTIONS",
              40,
              c -> c.ofKind(StepKind.LLM, StepKind.HUMAN, StepKind.DECISION),
              (c, s) ->
                  s.instructions().isBlank() && s.condition().isEmpty() && s.approver().isEmpty(),
              "has no instructions",
              "Write what the step must do, in imperative sentences."),
          new PerStep(
              ScoreDimension.COMPLETENESS,
              "SCORE-STEP-NO-OUTPUT",
              30,
              c ->
                  c.steps().stream()
                      .filter(s -> s.kind() != StepKind.HUMAN)
                      .collect(Collectors.toList()),
              (c, s) -> s.outputDescription().isEmpty(),
              "does not say what it produces",
              "Add '- output: ...' with the shape and size of the result."),
          new PerStep(
              ScoreDimension.COMPLETENESS,
              "SCORE-STEP-NO-INPUT",
              20,
              ScoreContext::modelSteps,
              (c, s) -> s.inputDescription().isEmpty(),
              "does not say what it reads",
              "Add '- input: ...' with what goes into the prompt."),
          new Whole(
              ScoreDimension.COMPLETENESS,
              "SCORE-NO-DESCRIPTION",
              10,
              c -> c.workflow().description().isEmpty(),
              "The workflow has no description.",
              "Add a paragraph under the title, or 'description:' in the front matter."),
          // clarity
          new PerStep(
              ScoreDimension.CLARITY,
              "SCORE-VAGUE-INSTRUCTIONS",
              40,
              ScoreContext::steps,
              (c, s) -> vague(s.instructions()),
              "uses vague words (etc., as needed, ...)",
              "Replace vague words with the exact cases and actions."),
          new PerStep(
              ScoreDimension.CLARITY,
              "SCORE-SHORT-INSTRUCTIONS",
              30,
              ScoreContext::modelSteps,
              (c, s) -> !s.instructions().isBlank() && s.instructions().strip().length() < 40,
              "has instructions too short to act on",
              "Say what to do, with what, and how to tell it is done."),
          new PerStep(
              ScoreDimension.CLARITY,
              "SCORE-KIND-INFERRED",
              30,
              ScoreContext::steps,
              (c, s) -> !s.kindDeclared(),
              "has a kind Cromus had to infer",
              "Add '- kind: ...'."),
          // control flow
          new Whole(
              ScoreDimension.CONTROL_FLOW,
              "SCORE-CYCLE",
              60,
              c -> !c.graph().cycles().isEmpty(),
              "The steps form a cycle.",
              "Make the dependencies acyclic; bound repetition with loop."),
          new Whole(
              ScoreDimension.CONTROL_FLOW,
              "SCORE-UNKNOWN-REFERENCE",
              30,
              ScoreChecks::hasUnknownReference,
              "A step depends on a step that does not exist.",
              "Fix the 'after' references."),
          new PerStep(
              ScoreDimension.CONTROL_FLOW,
              "SCORE-UNBOUNDED-LOOP",
              100,
              ScoreContext::steps,
              (c, s) -> s.unboundedLoop(),
              "repeats without a bound",
              "Write '- loop: up to N times'."),
          new PerStep(
              ScoreDimension.CONTROL_FLOW,
              "SCORE-BRANCH-WITHOUT-CONDITION",
              40,
              ScoreContext::steps,
              (c, s) -> s.condition().isEmpty() && c.afterDecision().contains(s),
              "follows a decision but has no 'when'",
              "Add '- when: ...' with the branch condition."),
          new PerStep(
              ScoreDimension.CONTROL_FLOW,
              "SCORE-DEPENDENCIES-INFERRED",
              30,
              c -> c.steps().size() > 1 ? c.steps().subList(1, c.steps().size()) : List.of(),
              (c, s) -> !s.dependenciesDeclared(),
              "has dependencies Cromus had to infer",
              "Add '- after: ...' so independent steps can run in parallel."),
          // error handling
          new PerStep(
              ScoreDimension.ERROR_HANDLING,
              "SCORE-UNVALIDATED-OUTPUT",
              50,
              c ->
                  c.modelSteps().stream()
                      .filter(Step::structuredOutput)
                      .collect(Collectors.toList()),
              (c, s) -> s.validation().isEmpty() || s.validation().get() == ValidationMethod.NONE,
              "produces structured output that nothing validates",
              "Add '- validate: json-schema' (or regex)."),
          new PerStep(
              ScoreDimension.ERROR_HANDLING,
              "SCORE-NO-RETRY",
              30,
              c -> c.ofKind(StepKind.LLM, StepKind.TOOL),
              (c, s) -> s.retries().isEmpty() && s.fallbacks().isEmpty(),
              "says nothing about failure: no retry, no fallback",
              "Add '- retry: N' or '- fallback: model'."),
          new PerStep(
              ScoreDimension.ERROR_HANDLING,
              "SCORE-NO-FALLBACK",
              20,
              ScoreContext::modelSteps,
              (c, s) -> s.fallbacks().isEmpty(),
              "has no fallback model",
              "Add '- fallback: ...'."),
          // governance
          new Whole(
              ScoreDimension.GOVERNANCE,
              "SCORE-NO-OWNER",
              20,
              c -> c.workflow().owner().isEmpty(),
              "The workflow has no owner.",
              "Add 'owner:' to the front matter."),
          new Whole(
              ScoreDimension.GOVERNANCE,
              "SCORE-NO-VERSION",
              10,
              c -> c.workflow().version().isEmpty(),
              "The workflow has no version.",
              "Add 'version: 1.0.0'."),
          new Whole(
              ScoreDimension.GOVERNANCE,
              "SCORE-NO-ETHOS",
              25,
              c -> c.workflow().ethos().isEmpty(),
              "The workflow names no ETHOS profile.",
              "Add 'ethos: ethos-the-steward-v1.0.0' (or fitting)."),
          new Whole(
              ScoreDimension.GOVERNANCE,
              "SCORE-NO-BUDGET",
              20,
              c ->
                  c.workflow().budget().perRun().isEmpty()
                      && c.workflow().budget().perMonth().isEmpty(),
              "The workflow has no budget.",
              "Add 'budget: {per_run_usd: ...}'."),
          new HumanGateCheck(),
          // AI-readiness
          new PerStep(
              ScoreDimension.AI_READINESS,
              "SCORE-ESTIMATED-SIZES",
              40,
              ScoreContext::modelSteps,
              (c, s) -> !s.inputTokens().declared() || !s.outputTokens().declared(),
              "has estimated token sizes",
              "Declare sizes: '- input: ..., ~N tokens'."),
          new PerStep(
              ScoreDimension.AI_READINESS,
              "SCORE-NO-MODEL-OR-TIER",
              30,
              ScoreContext::modelSteps,
              (c, s) -> s.model().isEmpty() && s.tier().isEmpty(),
              "names neither a model nor a tier",
              "Add '- model: ...' or '- tier: lightweight|balanced|frontier'."),
          new PerStep(
              ScoreDimension.AI_READINESS,
              "SCORE-TOOL-UNNAMED",
              30,
              c -> c.ofKind(StepKind.TOOL),
              (c, s) -> s.tools().isEmpty(),
              "is a tool step that names no tool",
              "Add '- tool: name'."),
          new Whole(
              ScoreDimension.AI_READINESS,
              "SCORE-NO-STEPS",
              100,
              c -> c.steps().isEmpty(),
              "The workflow has no steps.",
              "Write at least one step."));

  private static boolean hasUnknownReference(ScoreContext c) {
    for (int i = 0; i < c.graph().size(); i++) {
      if (!c.graph().unknownReferences(i).isEmpty()) {
        return true;
      }
    }
    return false;
  }
}
