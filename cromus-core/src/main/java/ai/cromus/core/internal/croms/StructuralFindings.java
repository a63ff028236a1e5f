package ai.cromus.core.internal.croms;

import ai.cromus.core.catalog.Pricing;
import ai.cromus.core.croms.CromsDimension;
import ai.cromus.core.croms.CromsFinding;
import ai.cromus.core.croms.CromsRule;
import ai.cromus.core.croms.FindingSeverity;
import ai.cromus.core.internal.simulation.latency.CriticalPath;
import ai.cromus.core.money.Money;
import ai.cromus.core.simulation.StepSimulation;
import ai.cromus.core.workflow.Step;
import ai.cromus.core.workflow.StepKind;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Structural findings: context a step re-sends after an upstream step condensed it, repeated
 * prompts without a cache, duplicated steps, dead branches and unbounded loops (the {@code
 * CROMS-STRUCT-*} kinds). A duplicate or dead step saves its cost and the seconds the critical path
 * loses without it.
 */
final class StructuralFindings implements FindingFamily {
  /** Shared instructions are grouped by this many leading characters. */
  static final int SHARED_PREFIX_CHARS = 400;

  /** A loop re-sending a prompt of at least this many tokens should cache it. */
  static final long LOOP_PREFIX_TOKENS = 1024;

  /** Runs of characters that are no lower-case letter or digit. */
  private static final Pattern NON_WORD = Pattern.compile("[^a-z0-9]+");

  @Override
  public List<CromsFinding> find(CromsInput in) {
    List<CromsFinding> out = new ArrayList<>(redundantContext(in));
    out.addAll(uncachedLoops(in));
    out.addAll(sharedPrefixes(in));
    Map<Integer, String> duplicates = duplicates(in);
    List<Integer> dead = deadBranches(in);
    List<BigDecimal> saved =
        duplicates.isEmpty() && dead.isEmpty() ? List.of() : secondsSavedWithoutEach(in);
    duplicates.forEach((at, first) -> out.add(duplicate(in, at, first, saved.get(at))));
    dead.forEach(at -> out.add(dead(in, at, saved.get(at))));
    out.addAll(unboundedLoops(in));
    return out;
  }

  /** The text's lower-case ASCII words, joined by single spaces. */
  static String norm(String s) {
    return NON_WORD.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
  }

  // ---------------------------------------------------------------------------------------
  // Redundant context

  private static List<CromsFinding> redundantContext(CromsInput in) {
    // model steps by their normalised input description (two words or more)
    Map<String, List<String>> byInput = new LinkedHashMap<>();
    Map<String, String> normIn = new HashMap<>();
    for (Step a : in.steps()) {
      if (a.kind() == StepKind.LLM && a.inputDescription().isPresent()) {
        String n = norm(a.inputDescription().get());
        normIn.put(a.id(), n);
        if (n.length() >= 8 && n.contains(" ")) {
          byInput.computeIfAbsent(n, k -> new ArrayList<>()).add(a.id());
        }
      }
    }
    List<CromsFinding> out = new ArrayList<>();
    for (Step b : in.steps()) {
      if (b.kind() != StepKind.LLM || !normIn.containsKey(b.id())) {
        continue;
      }
      String read = " " + normIn.get(b.id()) + " ";
      List<String> sources = new ArrayList<>();
      byInput.forEach(
          (input, ids) -> {
            if (read.contains(" " + input + " ")) {
              ids.stream().filter(id -> !id.equals(b.id())).forEach(sources::add);
            }
          });
      if (!sources.isEmpty()) {
        redundantFrom(in, b, sources).ifPresent(out::add);
      }
    }
    return out;
  }

  /** The finding for the first upstream source whose condensed input {@code b} re-sends. */
  private static Optional<CromsFinding> redundantFrom(CromsInput in, Step b, List<String> sources) {
    Set<String> upstream = upstream(in, b.id());
    for (String aId : sources) {
      if (!upstream.contains(aId)) {
        continue;
      }
      Step a = in.step(aId).orElseThrow();
      long redundant =
          Math.min(a.inputTokens().tokens() - a.outputTokens().tokens(), b.inputTokens().tokens());
      Optional<StepSimulation> ss = in.declaredStep(b.id());
      Optional<Pricing> p = ss.flatMap(in::pricing);
      if (redundant <= 0 || p.isEmpty()) {
        continue;
      }
      Money perMonth =
          Money.forTokens(redundant, p.get().input())
              .times(ss.get().expectedCalls())
              .times(in.runs());
      String what = a.inputDescription().get();
      return Optional.of(
          FindingFamily.finding(
                  CromsRule.STRUCT_REDUNDANT_CONTEXT,
                  Optional.of(CromsDimension.STRUCTURAL),
                  in.costSeverity(perMonth),
                  List.of(a.id(), b.id()))
              .usdPerMonth(perMonth)
              .message(
                  "Step '"
                      + b.id()
                      + "' re-sends '"
                      + what
                      + "', which step '"
                      + a.id()
                      + "' already condensed into its output (about "
                      + redundant
                      + " redundant tokens a call).")
              .fix(
                  "Give step '"
                      + b.id()
                      + "' the output of '"
                      + a.id()
                      + "' instead of the raw '"
                      + what
                      + "'.")
              .build());
    }
    return Optional.empty();
  }

  /** Every step {@code id} depends on, directly or not. */
  private static Set<String> upstream(CromsInput in, String id) {
    Set<String> seen = new LinkedHashSet<>();
    ArrayDeque<String> pending = new ArrayDeque<>(in.step(id).orElseThrow().dependsOn());
    while (!pending.isEmpty()) {
      String n = pending.poll();
      if (in.index().containsKey(n) && seen.add(n)) {
        pending.addAll(in.step(n).orElseThrow().dependsOn());
      }
    }
    seen.remove(id);
    return seen;
  }

  // ---------------------------------------------------------------------------------------
  // Uncached prefixes

  /** A model step called repeatedly in one run (a loop) resends its whole prompt. */
  private static List<CromsFinding> uncachedLoops(CromsInput in) {
    List<CromsFinding> out = new ArrayList<>();
    for (Step s : in.steps()) {
      if (s.kind() != StepKind.LLM || s.cache().isPresent()) {
        continue;
      }
      Optional<Pricing> p = in.declaredStep(s.id()).flatMap(in::pricing);
      long loop = s.loopBound().isPresent() ? s.loopBound().getAsInt() : 1;
      if (loop < 2
          || s.inputTokens().tokens() < LOOP_PREFIX_TOKENS
          || p.isEmpty()
          || p.get().cacheRead().isEmpty()) {
        continue;
      }
      BigDecimal perToken = p.get().input().subtract(p.get().cacheRead().get());
      Money perMonth =
          Money.forTokens(s.inputTokens().tokens(), perToken).times(loop - 1).times(in.runs());
      out.add(
          FindingFamily.finding(
                  CromsRule.STRUCT_UNCACHED_PREFIX,
                  Optional.of(CromsDimension.STRUCTURAL),
                  in.costSeverity(perMonth),
                  List.of(s.id()))
              .usdPerMonth(perMonth)
              .message(
                  "Step '"
                      + s.id()
                      + "' repeats up to "
                      + loop
                      + " times and resends its "
                      + s.inputTokens().tokens()
                      + "-token prompt each time without a prompt cache.")
              .fix(
                  "Declare the repeated prefix with 'cache: <what>, <size> tokens' on step '"
                      + s.id()
                      + "'.")
              .build());
    }
    return out;
  }

  /**
   * Several model steps start with the same long instructions (a pasted system prompt): grouped by
   * their first {@link #SHARED_PREFIX_CHARS} characters, then the common prefix of the group.
   */
  private static List<CromsFinding> sharedPrefixes(CromsInput in) {
    Map<String, List<Step>> groups = new LinkedHashMap<>();
    for (Step s : in.steps()) {
      if (s.kind() == StepKind.LLM
          && s.cache().isEmpty()
          && s.instructions().length() >= SHARED_PREFIX_CHARS) {
        groups
            .computeIfAbsent(
                s.instructions().substring(0, SHARED_PREFIX_CHARS), k -> new ArrayList<>())
            .add(s);
      }
    }
    List<CromsFinding> out = new ArrayList<>();
    for (List<Step> members : groups.values()) {
      if (members.size() >= 2) {
        out.add(sharedPrefix(in, members));
      }
    }
    return out;
  }

  private static CromsFinding sharedPrefix(CromsInput in, List<Step> members) {
    List<String> group = members.stream().map(Step::id).collect(Collectors.toList());
    long prefix = Long.MAX_VALUE;
    for (Step m : members.subList(1, members.size())) {
      prefix = Math.min(prefix, commonPrefix(members.get(0).instructions(), m.instructions()));
    }
    long tokens = (prefix + 3) / 4;
    BigDecimal perMonth = BigDecimal.ZERO;
    for (String id : group.subList(1, group.size())) {
      Optional<StepSimulation> ss = in.declaredStep(id);
      Optional<Pricing> p = ss.flatMap(in::pricing);
      if (p.isPresent() && p.get().cacheRead().isPresent()) {
        perMonth =
            perMonth.add(
                Money.forTokens(tokens, p.get().input().subtract(p.get().cacheRead().get()))
                    .times(ss.get().expectedCalls())
                    .times(in.runs())
                    .amount());
      }
    }
    Money m = Money.usd(perMonth);
    return FindingFamily.finding(
            CromsRule.STRUCT_UNCACHED_PREFIX,
            Optional.of(CromsDimension.STRUCTURAL),
            in.costSeverity(m),
            group)
        .usdPerMonth(m)
        .message(
            "Steps "
                + String.join(", ", group)
                + " start with the same "
                + prefix
                + " characters of instructions (about "
                + tokens
                + " tokens) and none declares a prompt cache.")
        .fix(
            "Move the shared text into one prefix and declare it with 'cache:' on each of these"
                + " steps.")
        .build();
  }

  static long commonPrefix(String a, String b) {
    int n = Math.min(a.length(), b.length());
    int i = 0;
    while (i < n && a.charAt(i) == b.charAt(i)) {
      i++;
    }
    return i;
  }

  // ---------------------------------------------------------------------------------------
  // Duplicated and dead steps

  /**
   * The steps that repeat an earlier one (the same kind, instructions, model and tools), by index,
   * each with the id of the step it repeats.
   */
  private static Map<Integer, String> duplicates(CromsInput in) {
    Map<String, String> firstBySignature = new HashMap<>();
    Map<Integer, String> out = new LinkedHashMap<>();
    for (int i = 0; i < in.steps().size(); i++) {
      Step s = in.steps().get(i);
      String text = norm(s.instructions());
      if (text.length() < 20 || s.kind() == StepKind.HUMAN) {
        continue;
      }
      String signature =
          s.kind().id()
              + "|"
              + text
              + "|"
              + s.model().orElse("")
              + "|"
              + String.join(",", s.tools());
      String first = firstBySignature.putIfAbsent(signature, s.id());
      if (first != null) {
        out.put(i, first);
      }
    }
    return out;
  }

  /**
   * The steps that never run ({@code when: never} or {@code false}), and the model, retrieval or
   * code steps that no step uses, that are not the last step and have no condition; by index.
   */
  private static List<Integer> deadBranches(CromsInput in) {
    List<Integer> out = new ArrayList<>();
    List<Step> steps = in.steps();
    if (steps.size() < 2) {
      return out;
    }
    for (int i = 0; i < steps.size(); i++) {
      if (neverRuns(steps.get(i)) || unused(in, i)) {
        out.add(i);
      }
    }
    return out;
  }

  private static boolean neverRuns(Step s) {
    return s.condition().map(c -> norm(c).equals("never") || norm(c).equals("false")).orElse(false);
  }

  private static boolean unused(CromsInput in, int i) {
    Step s = in.steps().get(i);
    boolean producer =
        s.kind() == StepKind.LLM || s.kind() == StepKind.RETRIEVAL || s.kind() == StepKind.CODE;
    return producer
        && i != in.steps().size() - 1
        && in.dependents().get(i).isEmpty()
        && s.condition().isEmpty();
  }

  /** For each step, the critical-path seconds a run saves without it. */
  private static List<BigDecimal> secondsSavedWithoutEach(CromsInput in) {
    List<BigDecimal> latency = new ArrayList<>();
    in.declaredSteps()
        .forEach(s -> latency.add(s.map(StepSimulation::latencySeconds).orElse(null)));
    BigDecimal declared = in.declared().latencySeconds();
    List<BigDecimal> out = new ArrayList<>();
    for (BigDecimal without : CriticalPath.of(in.workflow()).longestWithEachAtZero(latency)) {
      out.add(declared.subtract(without).max(BigDecimal.ZERO));
    }
    return out;
  }

  /** A removable step's severity: by its cost, at least moderate. */
  private static FindingSeverity removable(CromsInput in, Money perMonth) {
    FindingSeverity sev = in.costSeverity(perMonth);
    return sev.compareTo(FindingSeverity.MODERATE) < 0 ? FindingSeverity.MODERATE : sev;
  }

  private static CromsFinding duplicate(CromsInput in, int at, String first, BigDecimal saved) {
    Step s = in.steps().get(at);
    Money perMonth = in.stepCost(at).times(in.runs());
    return FindingFamily.finding(
            CromsRule.STRUCT_DUPLICATE_STEP,
            Optional.of(CromsDimension.STRUCTURAL),
            removable(in, perMonth),
            List.of(first, s.id()))
        .usdPerMonth(perMonth)
        .secondsPerRun(FindingFamily.seconds(saved))
        .message(
            "Step '"
                + s.id()
                + "' repeats step '"
                + first
                + "': the same kind, instructions, model and tools.")
        .fix(
            "Remove step '"
                + s.id()
                + "' and let the steps after it use the output of '"
                + first
                + "'.")
        .build();
  }

  private static CromsFinding dead(CromsInput in, int at, BigDecimal saved) {
    Step s = in.steps().get(at);
    Money perMonth = in.stepCost(at).times(in.runs());
    boolean never = neverRuns(s);
    return FindingFamily.finding(
            CromsRule.STRUCT_DEAD_BRANCH,
            Optional.of(CromsDimension.STRUCTURAL),
            removable(in, perMonth),
            List.of(s.id()))
        .usdPerMonth(perMonth)
        .secondsPerRun(FindingFamily.seconds(saved))
        .message(
            never
                ? "Step '"
                    + s.id()
                    + "' runs only when '"
                    + s.condition().get()
                    + "', which never holds."
                : "Step '"
                    + s.id()
                    + "' produces output that no later step uses, and it is not the workflow's"
                    + " last step.")
        .fix(
            never
                ? "Remove step '" + s.id() + "'."
                : "Remove step '"
                    + s.id()
                    + "', or name it in the 'after:' of the step that needs it.")
        .build();
  }

  // ---------------------------------------------------------------------------------------
  // Unbounded loops

  private static List<CromsFinding> unboundedLoops(CromsInput in) {
    List<CromsFinding> out = new ArrayList<>();
    for (Step s : in.steps()) {
      if (s.unboundedLoop()) {
        out.add(
            FindingFamily.finding(
                    CromsRule.STRUCT_UNBOUNDED_LOOP,
                    Optional.of(CromsDimension.STRUCTURAL),
                    FindingSeverity.HIGH,
                    List.of(s.id()))
                .message(
                    "Step '"
                        + s.id()
                        + "' repeats without an upper bound: its cost and latency per run have no"
                        + " ceiling (the simulation counts one iteration).")
                .fix("Bound the loop: 'loop: up to 3 times' on step '" + s.id() + "'.")
                .build());
      }
    }
    return out;
  }
}
