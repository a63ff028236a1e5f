package ai.cromus.core.internal.score;

import ai.cromus.core.internal.graph.WorkflowGraph;
import ai.cromus.core.score.DimensionScore;
import ai.cromus.core.score.ScoreDimension;
import ai.cromus.core.score.ScoreFinding;
import ai.cromus.core.score.StructuralScore;
import ai.cromus.core.workflow.Step;
import ai.cromus.core.workflow.StepKind;
import ai.cromus.core.workflow.ValidationMethod;
import ai.cromus.core.workflow.Workflow;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The structural (AI-readiness) score. Each dimension starts at 100 and loses points per check; a
 * per-step check with penalty {@code P} that fails on {@code k} of the {@code n} steps it applies
 * to loses {@code round(P × k / n)}; a workflow-level check loses its penalty. A dimension never
 * goes below 0. The overall score is the weighted mean, rounded half up: completeness 20, clarity
 * 15, control flow 20, error handling 15, governance 15, AI-readiness 15.
 */
public final class StructuralScorer {
  static final Map<ScoreDimension, Integer> WEIGHTS =
      new EnumMap<>(
          Map.of(
              ScoreDimension.COMPLETENESS,
              20,
              ScoreDimension.CLARITY,
              15,
              ScoreDimension.CONTROL_FLOW,
              20,
              ScoreDimension.ERROR_HANDLING,
              15,
              ScoreDimension.GOVERNANCE,
              15,
              ScoreDimension.AI_READINESS,
              15));

  /** Domains where a human approval gate is expected. */
  static final Set<String> REGULATED =
      Set.of(
          "pharmaceutical",
          "pharma",
          "healthcare",
          "medical",
          "legal",
          "finance",
          "financial",
          "banking",
          "insurance",
          "government");

  static final Pattern VAGUE =
      Pattern.compile(
          // word boundaries as look-arounds: Java's \b is quadratic on a run of combining marks
          "(?<![\\p{L}\\p{Nd}\\p{M}_])(etc|as needed|as appropriate|if necessary|if needed|somehow"
              + "|and so on|various|maybe|try to|stuff|things like|whatever|some kind of|handle it"
              + "|tbd|todo)(?![\\p{L}\\p{Nd}\\p{M}_])",
          Pattern.CASE_INSENSITIVE);

  private StructuralScorer() {}

  /** Whether {@code text} uses one of the vague phrases of {@link #VAGUE}. */
  static boolean vague(String text) {
    return VAGUE.matcher(text).find();
  }

  public static StructuralScore score(Workflow wf, WorkflowGraph graph) {
    Map<ScoreDimension, List<ScoreFinding>> findings = new EnumMap<>(ScoreDimension.class);
    for (ScoreDimension d : ScoreDimension.values()) {
      findings.put(d, new ArrayList<>());
    }
    List<Step> steps = wf.steps();
    List<Step> model =
        steps.stream().filter(s -> s.kind() == StepKind.LLM).collect(Collectors.toList());

    // completeness
    perStep(
        findings,
        ScoreDimension.COMPLETENESS,
        "SCORE-STEP-NO-INSTRUCTIONS",
        40,
        steps.stream()
            .filter(
                s ->
                    s.kind() == StepKind.LLM
                        || s.kind() == StepKind.HUMAN
                        || s.kind() == StepKind.DECISION)
            .collect(Collectors.toList()),
        s -> s.instructions().isBlank() && s.condition().isEmpty() && s.approver().isEmpty(),
        "has no instructions",
        "Write what the step must do, in imperative sentences.");
    perStep(
        findings,
        ScoreDimension.COMPLETENESS,
        "SCORE-STEP-NO-OUTPUT",
        30,
        steps.stream().filter(s -> s.kind() != StepKind.HUMAN).collect(Collectors.toList()),
        s -> s.outputDescription().isEmpty(),
        "does not say what it produces",
        "Add '- output: ...' with the shape and size of the result.");
    perStep(
        findings,
        ScoreDimension.COMPLETENESS,
        "SCORE-STEP-NO-INPUT",
        20,
        model,
        s -> s.inputDescription().isEmpty(),
        "does not say what it reads",
        "Add '- input: ...' with what goes into the prompt.");
    workflowCheck(
        findings,
        ScoreDimension.COMPLETENESS,
        "SCORE-NO-DESCRIPTION",
        10,
        wf.description().isEmpty(),
        "The workflow has no description.",
        "Add a paragraph under the title, or 'description:' in the front matter.");

    // clarity
    perStep(
        findings,
        ScoreDimension.CLARITY,
        "SCORE-VAGUE-INSTRUCTIONS",
        40,
        steps,
        s -> vague(s.instructions()),
        "uses vague words (etc., as needed, ...)",
        "Replace vague words with the exact cases and actions.");
    perStep(
        findings,
        ScoreDimension.CLARITY,
        "SCORE-SHORT-INSTRUCTIONS",
        30,
        model,
        s -> !s.instructions().isBlank() && s.instructions().strip().length() < 40,
        "has instructions too short to act on",
        "Say what to do, with what, and how to tell it is done.");
    perStep(
        findings,
        ScoreDimension.CLARITY,
        "SCORE-KIND-INFERRED",
        30,
        steps,
        s -> !s.kindDeclared(),
        "has a kind Cromus had to infer",
        "Add '- kind: ...'.");

    // control flow
    List<List<Integer>> cycles = graph.cycles();
    workflowCheck(
        findings,
        ScoreDimension.CONTROL_FLOW,
        "SCORE-CYCLE",
        60,
        !cycles.isEmpty(),
        "The steps form a cycle.",
        "Make the dependencies acyclic; bound repetition with loop.");
    long unknownRefs = 0;
    for (int i = 0; i < graph.size(); i++) {
      unknownRefs += graph.unknownReferences(i).size();
    }
    workflowCheck(
        findings,
        ScoreDimension.CONTROL_FLOW,
        "SCORE-UNKNOWN-REFERENCE",
        30,
        unknownRefs > 0,
        "A step depends on a step that does not exist.",
        "Fix the 'after' references.");
    perStep(
        findings,
        ScoreDimension.CONTROL_FLOW,
        "SCORE-UNBOUNDED-LOOP",
        100,
        steps,
        Step::unboundedLoop,
        "repeats without a bound",
        "Write '- loop: up to N times'.");
    // the steps that depend on a decision (the first step of its id, as Workflow.step(id)
    // finds it), from the graph's edges
    java.util.Set<Step> afterDecision =
        java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    for (int i = 0; i < graph.size(); i++) {
      for (int p : graph.predecessors(i)) {
        if (graph.steps().get(p).kind() == StepKind.DECISION) {
          afterDecision.add(graph.steps().get(i));
          break;
        }
      }
    }
    perStep(
        findings,
        ScoreDimension.CONTROL_FLOW,
        "SCORE-BRANCH-WITHOUT-CONDITION",
        40,
        steps,
        s -> s.condition().isEmpty() && afterDecision.contains(s),
        "follows a decision but has no 'when'",
        "Add '- when: ...' with the branch condition.");
    perStep(
        findings,
        ScoreDimension.CONTROL_FLOW,
        "SCORE-DEPENDENCIES-INFERRED",
        30,
        steps.size() > 1 ? steps.subList(1, steps.size()) : List.of(),
        s -> !s.dependenciesDeclared(),
        "has dependencies Cromus had to infer",
        "Add '- after: ...' so independent steps can run in parallel.");

    // error handling
    perStep(
        findings,
        ScoreDimension.ERROR_HANDLING,
        "SCORE-UNVALIDATED-OUTPUT",
        50,
        model.stream().filter(Step::structuredOutput).collect(Collectors.toList()),
        s -> s.validation().isEmpty() || s.validation().get() == ValidationMethod.NONE,
        "produces structured output that nothing validates",
        "Add '- validate: json-schema' (or regex).");
    perStep(
        findings,
        ScoreDimension.ERROR_HANDLING,
        "SCORE-NO-RETRY",
        30,
        steps.stream()
            .filter(s -> s.kind() == StepKind.LLM || s.kind() == StepKind.TOOL)
            .collect(Collectors.toList()),
        s -> s.retries().isEmpty() && s.fallbacks().isEmpty(),
        "says nothing about failure: no retry, no fallback",
        "Add '- retry: N' or '- fallback: model'.");
    perStep(
        findings,
        ScoreDimension.ERROR_HANDLING,
        "SCORE-NO-FALLBACK",
        20,
        model,
        s -> s.fallbacks().isEmpty(),
        "has no fallback model",
        "Add '- fallback: ...'.");

    // governance
    workflowCheck(
        findings,
        ScoreDimension.GOVERNANCE,
        "SCORE-NO-OWNER",
        20,
        wf.owner().isEmpty(),
        "The workflow has no owner.",
        "Add 'owner:' to the front matter.");
    workflowCheck(
        findings,
        ScoreDimension.GOVERNANCE,
        "SCORE-NO-VERSION",
        10,
        wf.version().isEmpty(),
        "The workflow has no version.",
        "Add 'version: 1.0.0'.");
    workflowCheck(
        findings,
        ScoreDimension.GOVERNANCE,
        "SCORE-NO-ETHOS",
        25,
        wf.ethos().isEmpty(),
        "The workflow names no ETHOS profile.",
        "Add 'ethos: ethos-the-steward-v1.0.0' (or fitting).");
    workflowCheck(
        findings,
        ScoreDimension.GOVERNANCE,
        "SCORE-NO-BUDGET",
        20,
        wf.budget().perRun().isEmpty() && wf.budget().perMonth().isEmpty(),
        "The workflow has no budget.",
        "Add 'budget: {per_run_usd: ...}'.");
    boolean regulated =
        wf.domain().map(d -> REGULATED.contains(d.toLowerCase(Locale.ROOT))).orElse(false);
    boolean humanGate =
        steps.stream()
            .anyMatch(
                s ->
                    s.kind() == StepKind.HUMAN
                        || s.validation().map(v -> v == ValidationMethod.HUMAN).orElse(false));
    workflowCheck(
        findings,
        ScoreDimension.GOVERNANCE,
        "SCORE-NO-HUMAN-GATE",
        regulated ? 25 : 10,
        !humanGate && !steps.isEmpty(),
        regulated
            ? "A workflow in a regulated domain has no human approval step."
            : "No step has a person approve or check the output.",
        "Add a 'kind: human' step with an approver where the stakes are high.");

    // AI-readiness
    perStep(
        findings,
        ScoreDimension.AI_READINESS,
        "SCORE-ESTIMATED-SIZES",
        40,
        model,
        s -> !s.inputTokens().declared() || !s.outputTokens().declared(),
        "has estimated token sizes",
        "Declare sizes: '- input: ..., ~N tokens'.");
    perStep(
        findings,
        ScoreDimension.AI_READINESS,
        "SCORE-NO-MODEL-OR-TIER",
        30,
        model,
        s -> s.model().isEmpty() && s.tier().isEmpty(),
        "names neither a model nor a tier",
        "Add '- model: ...' or '- tier: lightweight|balanced|frontier'.");
    perStep(
        findings,
        ScoreDimension.AI_READINESS,
        "SCORE-TOOL-UNNAMED",
        30,
        steps.stream().filter(s -> s.kind() == StepKind.TOOL).collect(Collectors.toList()),
        s -> s.tools().isEmpty(),
        "is a tool step that names no tool",
        "Add '- tool: name'.");
    workflowCheck(
        findings,
        ScoreDimension.AI_READINESS,
        "SCORE-NO-STEPS",
        100,
        steps.isEmpty(),
        "The workflow has no steps.",
        "Write at least one step.");

    List<DimensionScore> dims = new ArrayList<>();
    long weighted = 0;
    for (ScoreDimension d : ScoreDimension.values()) {
      int lost = findings.get(d).stream().mapToInt(ScoreFinding::pointsLost).sum();
      int score = Math.max(0, 100 - lost);
      int w = WEIGHTS.get(d);
      weighted += (long) score * w;
      dims.add(
          DimensionScore.builder()
              .dimension(d)
              .score(score)
              .weight(w)
              .findings(findings.get(d))
              .build());
    }
    int overall = (int) ((weighted + 50) / 100);
    return StructuralScore.builder().overall(overall).dimensions(dims).build();
  }

  private static void perStep(
      Map<ScoreDimension, List<ScoreFinding>> out,
      ScoreDimension d,
      String check,
      int penalty,
      List<Step> applicable,
      Predicate<Step> fails,
      String what,
      String fix) {
    if (applicable.isEmpty()) {
      return;
    }
    List<String> failing =
        applicable.stream().filter(fails).map(Step::id).collect(Collectors.toList());
    if (failing.isEmpty()) {
      return;
    }
    int lost = (int) Math.round((double) penalty * failing.size() / applicable.size());
    if (lost == 0) {
      lost = 1;
    }
    String message =
        failing.size() == 1
            ? "Step '" + failing.get(0) + "' " + what + "."
            : failing.size() + " of " + applicable.size() + " steps " + plural(what) + ".";
    out.get(d)
        .add(
            ScoreFinding.builder()
                .check(check)
                .steps(failing)
                .pointsLost(lost)
                .message(message)
                .fix(fix)
                .build());
  }

  private static final String[][] PLURAL_VERBS = {
    {"has ", "have "},
    {"does ", "do "},
    {"says ", "say "},
    {"uses ", "use "},
    {"is ", "are "},
    {"produces ", "produce "},
    {"repeats ", "repeat "},
    {"follows ", "follow "},
    {"names ", "name "}
  };

  private static String plural(String what) {
    String s = what;
    // at most one leading verb matches: the verbs differ in their first word
    for (String[] verb : PLURAL_VERBS) {
      if (s.startsWith(verb[0])) {
        s = verb[1] + s.substring(verb[0].length());
        break;
      }
    }
    return s.replace("what it produces", "what they produce")
        .replace("what it reads", "what they read")
        .replace(" it ", " they ");
  }

  private static void workflowCheck(
      Map<ScoreDimension, List<ScoreFinding>> out,
      ScoreDimension d,
      String check,
      int penalty,
      boolean fails,
      String message,
      String fix) {
    if (fails) {
      out.get(d)
          .add(
              ScoreFinding.builder()
                  .check(check)
                  .pointsLost(penalty)
                  .message(message)
                  .fix(fix)
                  .build());
    }
  }
}
