package ai.cromus.core.internal.croms;

import ai.cromus.core.croms.CromsDimension;
import ai.cromus.core.croms.CromsFinding;
import ai.cromus.core.croms.CromsRule;
import ai.cromus.core.internal.simulation.latency.CriticalPath;
import ai.cromus.core.internal.simulation.latency.Fastest;
import ai.cromus.core.simulation.StepSimulation;
import ai.cromus.core.workflow.ImmutableStep;
import ai.cromus.core.workflow.ImmutableWorkflow;
import ai.cromus.core.workflow.Step;
import ai.cromus.core.workflow.StepKind;
import ai.cromus.core.workflow.Workflow;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Latency findings: a step that waits for an inferred dependency whose output it does not read
 * ({@code CROMS-LATENCY-SERIAL-INDEPENDENT}: the seconds the critical path loses if it ran in
 * parallel), and a model step slower than its latency budget while an allowed model of its tier is
 * faster ({@code CROMS-LATENCY-OVER-BUDGET}).
 */
public final class LatencyFindings implements FindingFamily {
  /**
   * At most this many moved dependencies are measured, each a walk of the graph; later ones are not
   * reported.
   */
  static final int MAX_PATH_EVALUATIONS = 200;

  /** Words too common to show that one step reads what another produces. */
  static final Set<String> STOP =
      Set.of(
          "with", "from", "into", "that", "this", "each", "every", "their", "them", "then", "json",
          "tokens", "token", "list", "text", "data", "when", "what", "which", "the", "and", "for",
          "about", "above", "below", "after", "before", "step", "steps", "output", "input",
          "return", "returns", "using", "only", "exactly", "words", "pages", "chars");

  /** Runs of characters that are no lower-case letter or digit. */
  private static final Pattern NON_WORD = Pattern.compile("[^a-z0-9]+");

  @Override
  public List<CromsFinding> find(CromsInput in) {
    List<CromsFinding> out = new ArrayList<>(serialIndependent(in));
    out.addAll(overBudget(in));
    return out;
  }

  private static List<CromsFinding> serialIndependent(CromsInput in) {
    List<CromsFinding> out = new ArrayList<>();
    List<BigDecimal> latency = new ArrayList<>();
    in.declaredSteps()
        .forEach(s -> latency.add(s.map(StepSimulation::latencySeconds).orElse(null)));
    BigDecimal declared = in.declared().latencySeconds();
    int evaluations = 0;
    for (Step b : in.steps()) {
      if (b.dependenciesDeclared() || b.dependsOn().size() != 1) {
        continue;
      }
      Optional<Step> a = in.step(b.dependsOn().get(0));
      if (a.isEmpty() || !((lookup(a.get()) && lookup(b)) || noDataRelation(a.get(), b))) {
        continue;
      }
      if (evaluations++ >= MAX_PATH_EVALUATIONS) {
        break;
      }
      Workflow moved = reparent(in.workflow(), b.id(), a.get().dependsOn());
      BigDecimal saved = declared.subtract(CriticalPath.of(moved).longest(latency));
      if (saved.signum() > 0) {
        out.add(serialFinding(in, a.get(), b, saved));
      }
    }
    return out;
  }

  private static CromsFinding serialFinding(CromsInput in, Step a, Step b, BigDecimal saved) {
    String deps = a.dependsOn().isEmpty() ? "none" : String.join(", ", a.dependsOn());
    return FindingFamily.finding(
            CromsRule.LATENCY_SERIAL_INDEPENDENT,
            Optional.of(CromsDimension.LATENCY),
            CromsScore.severity(CromsScore.share(saved, in.declared().latencySeconds())),
            List.of(a.id(), b.id()))
        .secondsPerRun(FindingFamily.seconds(saved))
        .message(
            "Step '"
                + b.id()
                + "' waits for '"
                + a.id()
                + "' only because no 'after:' was given; it does not read its output"
                + (lookup(a) && lookup(b) ? " (two independent lookups in series)" : "")
                + ".")
        .fix(
            "Give step '"
                + b.id()
                + "' 'after: "
                + deps
                + "' so that it runs in parallel with '"
                + a.id()
                + "'.")
        .build();
  }

  /** The workflow with step {@code id}'s dependencies replaced by {@code deps}. */
  private static Workflow reparent(Workflow workflow, String id, List<String> deps) {
    List<Step> steps = new ArrayList<>();
    for (Step s : workflow.steps()) {
      steps.add(s.id().equals(id) ? ImmutableStep.copyOf(s).withDependsOn(deps) : s);
    }
    return ImmutableWorkflow.copyOf(workflow).withSteps(steps);
  }

  private static boolean lookup(Step s) {
    return s.kind() == StepKind.TOOL || s.kind() == StepKind.RETRIEVAL;
  }

  /** True when nothing suggests that {@code b} reads what {@code a} produces. */
  static boolean noDataRelation(Step a, Step b) {
    if (a.outputDescription().isEmpty() || b.inputDescription().isEmpty()) {
      return false;
    }
    Set<String> produced = words(a.outputDescription().get() + " " + a.title());
    if (produced.isEmpty()) {
      return false; // nothing to compare: unknown, not independent
    }
    Set<String> read = words(b.inputDescription().get() + " " + b.instructions());
    produced.retainAll(read);
    return produced.isEmpty();
  }

  /** The words of four letters or more that are not too common. */
  public static Set<String> words(String text) {
    Set<String> out = new LinkedHashSet<>();
    for (String w : NON_WORD.split(text.toLowerCase(Locale.ROOT))) {
      if (w.length() >= 4 && !STOP.contains(w)) {
        out.add(w);
      }
    }
    return out;
  }

  private static List<CromsFinding> overBudget(CromsInput in) {
    List<CromsFinding> out = new ArrayList<>();
    for (int i = 0; i < in.steps().size(); i++) {
      Step s = in.steps().get(i);
      Optional<StepSimulation> ss = in.declaredSteps().get(i);
      Fastest f = in.simulation().fastest().get(s.id());
      if (s.kind() != StepKind.LLM
          || s.latencyBudgetSeconds().isEmpty()
          || ss.isEmpty()
          || f == null) {
        continue;
      }
      BigDecimal seconds = ss.get().latencySeconds();
      BigDecimal budget = s.latencyBudgetSeconds().get();
      if (seconds.compareTo(budget) > 0 && f.seconds().compareTo(seconds) < 0) {
        out.add(overBudgetFinding(in, s, ss.get(), f, budget));
      }
    }
    return out;
  }

  private static CromsFinding overBudgetFinding(
      CromsInput in, Step s, StepSimulation ss, Fastest f, BigDecimal budget) {
    BigDecimal saved = ss.latencySeconds().subtract(f.seconds().max(BigDecimal.ZERO));
    boolean meets = f.seconds().compareTo(budget) <= 0;
    return FindingFamily.finding(
            CromsRule.LATENCY_OVER_BUDGET,
            Optional.of(CromsDimension.LATENCY),
            CromsScore.severity(CromsScore.share(saved, in.declared().latencySeconds())),
            List.of(s.id()))
        .secondsPerRun(FindingFamily.seconds(saved))
        .message(
            "Step '"
                + s.id()
                + "' is expected to take "
                + oneDecimal(ss.latencySeconds())
                + " s on "
                + ss.model().orElse("its model")
                + ", over its 'latency: "
                + budget.stripTrailingZeros().toPlainString()
                + "s' budget.")
        .fix(
            "Use "
                + f.model()
                + " on "
                + f.channel()
                + " (about "
                + oneDecimal(f.seconds())
                + " s"
                + (meets
                    ? ", within the budget"
                    : "; no allowed model meets the budget, so also raise it")
                + ").")
        .build();
  }

  private static String oneDecimal(BigDecimal seconds) {
    return seconds.setScale(1, RoundingMode.HALF_EVEN).toPlainString();
  }
}
