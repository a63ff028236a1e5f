package ai.cromus.core.internal.croms;

import ai.cromus.core.catalog.ModelCatalog;
import ai.cromus.core.catalog.Pricing;
import ai.cromus.core.croms.Croms;
import ai.cromus.core.croms.CromsDimension;
import ai.cromus.core.croms.CromsFinding;
import ai.cromus.core.croms.CromsLabel;
import ai.cromus.core.croms.FindingSeverity;
import ai.cromus.core.internal.simulation.CriticalPath;
import ai.cromus.core.internal.simulation.Simulator;
import ai.cromus.core.money.Money;
import ai.cromus.core.scope.Scope;
import ai.cromus.core.simulation.CostMode;
import ai.cromus.core.simulation.PlanSimulation;
import ai.cromus.core.simulation.Recommendation;
import ai.cromus.core.simulation.Simulation;
import ai.cromus.core.simulation.StepSimulation;
import ai.cromus.core.workflow.CapabilityTier;
import ai.cromus.core.workflow.Step;
import ai.cromus.core.workflow.StepKind;
import ai.cromus.core.workflow.ValidationMethod;
import ai.cromus.core.workflow.Workflow;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The Croms stage: preventable waste found in the workflow and its simulated declared plan. Each
 * finding carries the dollars a month and seconds a run its fix saves; the dimension scores, the
 * ethics multiplier, the total and the label follow the formulas of {@code docs/simulation.md}.
 */
public final class CromsAnalysis {
  /** Weights of the dimensions in the total. */
  public static final Map<CromsDimension, BigDecimal> WEIGHTS =
      Map.of(
          CromsDimension.COST,
          new BigDecimal("0.35"),
          CromsDimension.LATENCY,
          new BigDecimal("0.25"),
          CromsDimension.FAILURE,
          new BigDecimal("0.25"),
          CromsDimension.STRUCTURAL,
          new BigDecimal("0.15"));

  /** Points a finding of each severity adds to its dimension. */
  public static final Map<FindingSeverity, BigDecimal> SEVERITY_POINTS =
      Map.of(
          FindingSeverity.LOW,
          new BigDecimal("5"),
          FindingSeverity.MODERATE,
          new BigDecimal("10"),
          FindingSeverity.HIGH,
          new BigDecimal("20"),
          FindingSeverity.CRITICAL,
          new BigDecimal("40"));

  /** Upper bounds of the labels (inclusive); above the last, critical. */
  public static final BigDecimal EXCELLENT_MAX = new BigDecimal("10");

  public static final BigDecimal GOOD_MAX = new BigDecimal("25");
  public static final BigDecimal FAIR_MAX = new BigDecimal("45");
  public static final BigDecimal POOR_MAX = new BigDecimal("70");

  /** Regulated domains (ids normalised to lower case with underscores). */
  public static final Set<String> REGULATED =
      Set.of(
          "pharmaceutical",
          "pharma",
          "healthcare",
          "medical",
          "medical_devices",
          "clinical",
          "life_sciences",
          "legal",
          "finance",
          "financial",
          "financial_services",
          "banking",
          "insurance",
          "compliance",
          "government",
          "public_sector");

  /** The reference ETHOS profiles and the domains each is meant for. */
  public static final Map<String, Set<String>> PROFILE_DOMAINS =
      Map.of(
          "steward",
              Set.of(
                  "pharmaceutical",
                  "pharma",
                  "healthcare",
                  "medical",
                  "medical_devices",
                  "clinical",
                  "life_sciences",
                  "regulated_sciences"),
          "guardian",
              Set.of(
                  "legal",
                  "finance",
                  "financial",
                  "financial_services",
                  "insurance",
                  "compliance",
                  "banking"),
          "analyst",
              Set.of(
                  "data_science", "research", "engineering", "scientific_computing", "analytics"),
          "builder", Set.of("devops", "platform_engineering", "engineering", "product", "software"),
          "diplomat",
              Set.of(
                  "customer_success",
                  "customer_support",
                  "support",
                  "hr",
                  "communications",
                  "customer_service"),
          "catalyst", Set.of("marketing", "creative", "innovation", "growth"),
          "operator",
              Set.of(
                  "operations",
                  "bpo",
                  "shared_services",
                  "back_office",
                  "finance",
                  "accounts_payable",
                  "procurement"));

  /** Profiles with a high risk tolerance. */
  public static final Set<String> PERMISSIVE = Set.of("builder", "catalyst");

  static final BigDecimal MISSING = new BigDecimal("1.25");
  static final BigDecimal MISMATCHED = new BigDecimal("1.5");
  static final BigDecimal REGULATED_PERMISSIVE = new BigDecimal("2.0");
  static final long SHARED_PREFIX_CHARS = 400;
  static final long LOOP_PREFIX_TOKENS = 1024;
  static final Set<String> STOP =
      Set.of(
          "with", "from", "into", "that", "this", "each", "every", "their", "them", "then", "json",
          "tokens", "token", "list", "text", "data", "when", "what", "which", "the", "and", "for",
          "about", "above", "below", "after", "before", "step", "steps", "output", "input",
          "return", "returns", "using", "only", "exactly", "words", "pages", "chars");

  private final Workflow workflow;
  private final Scope scope;
  private final ModelCatalog catalog;
  private final Simulation simulation;
  private final List<Recommendation> recommendations;
  private final Map<String, CapabilityTier> stepTiers;
  private final Map<String, Simulator.Fastest> fastest;
  private final PlanSimulation declared;
  private final long runs;

  /**
   * The step of each id that the plans simulate (its first occurrence), in workflow order; the
   * position of a step here indexes every per-step array below.
   */
  private final Step[] steps;

  /** The position of each step id in {@link #steps}. */
  private final Map<String, Integer> index;

  /** The declared plan's simulation of each step (null: none). */
  private final StepSimulation[] declaredAt;

  /**
   * The steps that name each step in their 'after', in workflow order (a step naming it twice
   * twice).
   */
  private final int[][] dependents;

  private final List<CromsFinding> findings = new ArrayList<>();

  /** Critical-path recomputations left; each costs O(steps), so a huge workflow stays fast. */
  private int pathBudget = MAX_PATH_EVALUATIONS;

  /** Runs of characters that are no lower-case letter or digit (compiled once). */
  private static final java.util.regex.Pattern NON_WORD =
      java.util.regex.Pattern.compile("[^a-z0-9]+");

  /** The declared latency per step, and the dependency graph over the steps, built on first use. */
  private BigDecimal[] declaredLatency;

  private CriticalPath paths;

  /** The simulator's dependency graph of this workflow, or null (then one is built when needed). */
  private final CriticalPath sharedPaths;

  /**
   * At most this many what-if questions cost a walk of the graph each (moved dependencies, and
   * removed steps when latencies are not whole microseconds); later ones report 0 seconds.
   */
  public static final int MAX_PATH_EVALUATIONS = 200;

  private CromsAnalysis(
      Workflow workflow, Scope scope, ModelCatalog catalog, Simulator.Result sim) {
    this.workflow = workflow;
    this.scope = scope;
    this.catalog = catalog;
    this.simulation = sim.simulation;
    this.recommendations = sim.recommendations;
    this.stepTiers = sim.stepTiers;
    this.fastest = sim.fastest;
    this.declared = simulation.declared();
    this.runs = simulation.runsPerMonth();
    List<Step> all = workflow.steps();
    this.index = new HashMap<>(Math.max(16, all.size() * 2));
    List<Step> first = new ArrayList<>(all.size());
    for (Step s : all) {
      if (index.putIfAbsent(s.id(), first.size()) == null) {
        first.add(s);
      }
    }
    this.steps = first.toArray(new Step[0]);
    int n = steps.length;
    this.declaredAt = new StepSimulation[n];
    // the simulator lists the declared plan's steps in this very order; any other list is matched
    // by id
    List<StepSimulation> plan = declared.steps();
    boolean aligned = plan.size() == n;
    for (int i = 0; aligned && i < n; i++) {
      aligned = plan.get(i).stepId().equals(steps[i].id());
    }
    for (int i = 0; aligned && i < n; i++) {
      declaredAt[i] = plan.get(i);
    }
    if (!aligned) {
      for (StepSimulation x : plan) {
        Integer i = index.get(x.stepId());
        if (i != null && declaredAt[i] == null) {
          declaredAt[i] = x;
        }
      }
    }
    int[][] deps = new int[n][];
    for (int i = 0; i < n; i++) {
      List<String> ds = steps[i].dependsOn();
      deps[i] = new int[ds.size()];
      for (int k = 0; k < deps[i].length; k++) {
        Integer j = index.get(ds.get(k));
        deps[i][k] = j == null ? -1 : j;
      }
    }
    this.dependents = ai.cromus.core.internal.graph.Edges.reverse(deps);
    // the simulator's graph, when it is this workflow's, saves building it again; it has an
    // edge for every dependency on a step, as the declared plan's graph has when the plan
    // covers every step (aligned)
    CriticalPath shared = sim.paths;
    boolean same = aligned && shared != null && shared.size() == n;
    for (int i = 0; same && i < n; i++) {
      same = shared.id(i).equals(steps[i].id());
    }
    this.sharedPaths = same ? shared : null;
  }

  /** The step of an id (the first of that id), or null. */
  private Step step(String id) {
    Integer i = index.get(id);
    return i == null ? null : steps[i];
  }

  /** Croms of a workflow from its simulation. */
  public static Croms analyse(
      Workflow workflow, Scope scope, ModelCatalog catalog, Simulator.Result sim) {
    return new CromsAnalysis(workflow, scope, catalog, sim).run();
  }

  private Croms run() {
    overpoweredModels();
    serialIndependentSteps();
    latencyOverBudget();
    unvalidatedOutput();
    redundantContext();
    uncachedPrefix();
    duplicatedSteps();
    deadBranches();
    unboundedLoops();
    BigDecimal multiplier = ethics();

    Map<CromsDimension, BigDecimal> dims = new EnumMap<>(CromsDimension.class);
    BigDecimal base = BigDecimal.ZERO;
    for (CromsDimension d : CromsDimension.values()) {
      BigDecimal score = dimensionScore(d);
      dims.put(d, score);
      base = base.add(WEIGHTS.get(d).multiply(score));
    }
    BigDecimal total = base.multiply(multiplier).setScale(2, RoundingMode.HALF_EVEN);
    return Croms.builder()
        .total(total)
        .label(label(total))
        .ethicsMultiplier(multiplier)
        .putAllDimensions(dims)
        .addAllFindings(findings)
        .wasteUsdPerMonth(waste())
        .build();
  }

  /** The label of a total: excellent ≤ 10 < good ≤ 25 < fair ≤ 45 < poor ≤ 70 < critical. */
  public static CromsLabel label(BigDecimal total) {
    if (total.compareTo(EXCELLENT_MAX) <= 0) {
      return CromsLabel.EXCELLENT;
    }
    if (total.compareTo(GOOD_MAX) <= 0) {
      return CromsLabel.GOOD;
    }
    if (total.compareTo(FAIR_MAX) <= 0) {
      return CromsLabel.FAIR;
    }
    return total.compareTo(POOR_MAX) <= 0 ? CromsLabel.POOR : CromsLabel.CRITICAL;
  }

  /** min(100, max(100 × waste share, Σ severity points)), two decimals. */
  BigDecimal dimensionScore(CromsDimension d) {
    BigDecimal points = BigDecimal.ZERO;
    BigDecimal usd = BigDecimal.ZERO;
    BigDecimal seconds = BigDecimal.ZERO;
    for (CromsFinding f : findings) {
      if (f.dimension().orElse(null) != d) {
        continue;
      }
      points = points.add(SEVERITY_POINTS.get(f.severity()));
      usd = usd.add(f.usdPerMonth().amount());
      seconds = seconds.add(f.secondsPerRun());
    }
    BigDecimal share =
        d == CromsDimension.LATENCY
            ? share(seconds, declared.latencySeconds())
            : share(usd, declared.perMonth().amount());
    BigDecimal score =
        share.multiply(BigDecimal.valueOf(100)).max(points).min(BigDecimal.valueOf(100));
    return score.setScale(2, RoundingMode.HALF_EVEN);
  }

  static BigDecimal share(BigDecimal part, BigDecimal whole) {
    if (whole.signum() <= 0 || part.signum() <= 0) {
      return BigDecimal.ZERO;
    }
    return part.divide(whole, MathContext.DECIMAL64).min(BigDecimal.ONE);
  }

  /** critical ≥ 50 %, high ≥ 20 %, moderate ≥ 5 %, else low. */
  static FindingSeverity severity(BigDecimal share) {
    if (share.compareTo(new BigDecimal("0.5")) >= 0) {
      return FindingSeverity.CRITICAL;
    }
    if (share.compareTo(new BigDecimal("0.2")) >= 0) {
      return FindingSeverity.HIGH;
    }
    return share.compareTo(new BigDecimal("0.05")) >= 0
        ? FindingSeverity.MODERATE
        : FindingSeverity.LOW;
  }

  FindingSeverity costSeverity(Money perMonth) {
    return severity(share(perMonth.amount(), declared.perMonth().amount()));
  }

  /**
   * Croms waste in dollars a month: the findings' savings, where findings that remove tokens of the
   * same step (model, context, caching, duplicate, dead branch) are capped together at that step's
   * monthly cost so that no token is counted twice.
   */
  Money waste() {
    Map<String, BigDecimal> claimed = new LinkedHashMap<>();
    BigDecimal total = BigDecimal.ZERO;
    for (CromsFinding f : findings) {
      BigDecimal usd = f.usdPerMonth().amount();
      if (usd.signum() <= 0) {
        continue;
      }
      boolean tokenFinding = !f.kind().equals(UNVALIDATED) && !f.steps().isEmpty();
      if (!tokenFinding) {
        total = total.add(usd);
        continue;
      }
      String step = f.steps().get(f.steps().size() - 1);
      BigDecimal cap = stepMonthly(step);
      BigDecimal already = claimed.getOrDefault(step, BigDecimal.ZERO);
      BigDecimal add = usd.min(cap.subtract(already).max(BigDecimal.ZERO));
      claimed.put(step, already.add(add));
      total = total.add(add);
    }
    return Money.usd(total);
  }

  Optional<StepSimulation> declaredStep(String id) {
    Integer i = index.get(id);
    return Optional.ofNullable(i == null ? null : declaredAt[i]);
  }

  BigDecimal stepMonthly(String id) {
    return declaredStep(id).map(s -> s.cost().times(runs).amount()).orElse(BigDecimal.ZERO);
  }

  Money stepCost(int i) {
    return declaredAt[i] == null ? Money.ZERO : declaredAt[i].cost();
  }

  private void add(
      String kind,
      Optional<CromsDimension> dim,
      FindingSeverity sev,
      List<String> steps,
      Money perMonth,
      BigDecimal seconds,
      String message,
      String fix) {
    findings.add(
        CromsFinding.builder()
            .kind(kind)
            .dimension(dim)
            .severity(sev)
            .steps(steps)
            .usdPerMonth(perMonth)
            .secondsPerRun(seconds.setScale(3, RoundingMode.HALF_EVEN))
            .message(message)
            .fix(fix)
            .build());
  }

  // ---------------------------------------------------------------------------------------
  // Cost

  static final String OVERPOWERED = ai.cromus.core.croms.CromsRule.COST_OVERPOWERED_MODEL.id();

  void overpoweredModels() {
    // the first balanced recommendation of each step, looked up without a scan per step
    Map<String, Recommendation> balanced = new HashMap<>();
    for (Recommendation r : recommendations) {
      if (r.mode() == CostMode.BALANCED) {
        balanced.putIfAbsent(r.stepId(), r);
      }
    }
    for (int i = 0; i < steps.length; i++) {
      Step s = steps[i];
      if (s.kind() != StepKind.LLM || s.model().isEmpty()) {
        continue;
      }
      Optional<String> model = declaredAt[i] == null ? Optional.empty() : declaredAt[i].model();
      CapabilityTier need = stepTiers.get(s.id());
      if (model.isEmpty() || need == null) {
        continue;
      }
      var m = catalog.find(model.get());
      if (m.isEmpty() || m.get().capabilityTier().compareTo(need) <= 0) {
        continue;
      }
      Optional<Recommendation> rec = Optional.ofNullable(balanced.get(s.id()));
      if (rec.isEmpty() || rec.get().savingPerRun().amount().signum() <= 0) {
        continue;
      }
      Money perMonth = rec.get().savingPerRun().times(runs);
      add(
          OVERPOWERED,
          Optional.of(CromsDimension.COST),
          costSeverity(perMonth),
          List.of(s.id()),
          perMonth,
          BigDecimal.ZERO,
          "Step '"
              + s.id()
              + "' runs "
              + m.get().id()
              + " ("
              + m.get().capabilityTier().id()
              + ") for a "
              + need.id()
              + " task; a "
              + need.id()
              + " model does it for less.",
          "Use "
              + rec.get().model()
              + " on "
              + rec.get().channel()
              + " for step '"
              + s.id()
              + "' (saves "
              + rec.get().savingPerRun().display()
              + " a run).");
    }
  }

  // ---------------------------------------------------------------------------------------
  // Latency

  static final String SERIAL = ai.cromus.core.croms.CromsRule.LATENCY_SERIAL_INDEPENDENT.id();

  static boolean lookup(Step s) {
    return s.kind() == StepKind.TOOL || s.kind() == StepKind.RETRIEVAL;
  }

  static Set<String> words(String text) {
    Set<String> out = new LinkedHashSet<>();
    for (String w : NON_WORD.split(text.toLowerCase(Locale.ROOT))) {
      if (w.length() >= 4 && !STOP.contains(w)) {
        out.add(w);
      }
    }
    return out;
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

  void serialIndependentSteps() {
    Map<String, BigDecimal> latency = null; // built for the first pair that needs it
    for (Step b : steps) {
      if (b.dependenciesDeclared() || b.dependsOn().size() != 1) {
        continue;
      }
      Step a = step(b.dependsOn().get(0));
      if (a == null || !(lookup(a) && lookup(b) || noDataRelation(a, b))) {
        continue;
      }
      if (pathBudget-- <= 0) {
        break;
      }
      if (latency == null) {
        latency = new LinkedHashMap<>();
        for (StepSimulation x : declared.steps()) {
          latency.put(x.stepId(), x.latencySeconds());
        }
      }
      Workflow moved = reparent(b.id(), a.dependsOn());
      BigDecimal after = Simulator.criticalPath(moved, latency);
      BigDecimal saved = declared.latencySeconds().subtract(after);
      if (saved.signum() <= 0) {
        continue;
      }
      String deps = a.dependsOn().isEmpty() ? "none" : String.join(", ", a.dependsOn());
      add(
          SERIAL,
          Optional.of(CromsDimension.LATENCY),
          severity(share(saved, declared.latencySeconds())),
          List.of(a.id(), b.id()),
          Money.ZERO,
          saved,
          "Step '"
              + b.id()
              + "' waits for '"
              + a.id()
              + "' only because no 'after:' was given; it does not read "
              + "its output"
              + (lookup(a) && lookup(b) ? " (two independent lookups in series)" : "")
              + ".",
          "Give step '"
              + b.id()
              + "' 'after: "
              + deps
              + "' so that it runs in parallel with '"
              + a.id()
              + "'.");
    }
  }

  /**
   * Critical-path seconds saved by removing the step at {@code i} (within the evaluation budget
   * when it costs a walk).
   */
  BigDecimal latencyWithout(int i) {
    if (declaredLatency == null) {
      paths = sharedPaths;
      if (paths == null) {
        Set<String> keys = new HashSet<>();
        declared.steps().forEach(x -> keys.add(x.stepId()));
        paths = new CriticalPath(workflow, keys);
      }
      // one latency per node: the nodes are the steps, in the same order
      declaredLatency = new BigDecimal[steps.length];
      for (int k = 0; k < steps.length; k++) {
        declaredLatency[k] = declaredAt[k] == null ? null : declaredAt[k].latencySeconds();
      }
    }
    // latencies in whole microseconds (always, from the simulator) are answered for every
    // step in one pass; others cost a walk each, within the budget
    if (!paths.answersAtOnce(declaredLatency) && pathBudget-- <= 0) {
      return BigDecimal.ZERO;
    }
    return declared
        .latencySeconds()
        .subtract(paths.longest(declaredLatency, i))
        .max(BigDecimal.ZERO);
  }

  static final String OVER_BUDGET = ai.cromus.core.croms.CromsRule.LATENCY_OVER_BUDGET.id();

  /** A model step slower than its 'latency:' budget when an allowed model of its tier is faster. */
  void latencyOverBudget() {
    for (int i = 0; i < steps.length; i++) {
      Step s = steps[i];
      if (s.kind() != StepKind.LLM || s.latencyBudgetSeconds().isEmpty()) {
        continue;
      }
      Optional<StepSimulation> ss = Optional.ofNullable(declaredAt[i]);
      Simulator.Fastest f = fastest.get(s.id());
      BigDecimal budget = s.latencyBudgetSeconds().get();
      if (ss.isEmpty()
          || f == null
          || ss.get().latencySeconds().compareTo(budget) <= 0
          || f.seconds.compareTo(ss.get().latencySeconds()) >= 0) {
        continue;
      }
      BigDecimal saved = ss.get().latencySeconds().subtract(f.seconds.max(BigDecimal.ZERO));
      boolean meets = f.seconds.compareTo(budget) <= 0;
      add(
          OVER_BUDGET,
          Optional.of(CromsDimension.LATENCY),
          severity(share(saved, declared.latencySeconds())),
          List.of(s.id()),
          Money.ZERO,
          saved,
          "Step '"
              + s.id()
              + "' is expected to take "
              + ss.get().latencySeconds().setScale(1, RoundingMode.HALF_EVEN).toPlainString()
              + " s on "
              + ss.get().model().orElse("its model")
              + ", over its 'latency: "
              + budget.stripTrailingZeros().toPlainString()
              + "s' budget.",
          "Use "
              + f.model
              + " on "
              + f.channel
              + " (about "
              + f.seconds.setScale(1, RoundingMode.HALF_EVEN).toPlainString()
              + " s"
              + (meets
                  ? ", within the budget"
                  : "; no allowed model meets the budget, so also raise it")
              + ").");
    }
  }

  Workflow reparent(String id, List<String> deps) {
    List<Step> steps = new ArrayList<>();
    for (Step s : workflow.steps()) {
      steps.add(
          s.id().equals(id)
              ? ai.cromus.core.workflow.ImmutableStep.copyOf(s).withDependsOn(deps)
              : s);
    }
    return ai.cromus.core.workflow.ImmutableWorkflow.copyOf(workflow).withSteps(steps);
  }

  // ---------------------------------------------------------------------------------------
  // Failure

  static final String UNVALIDATED = ai.cromus.core.croms.CromsRule.FAILURE_UNVALIDATED_OUTPUT.id();

  /** Marks of the walk in {@link #downstream}, allocated on first use. */
  private int[] visited;

  private int visit;

  /**
   * The positions of the steps downstream of the step at {@code start} (its dependents, theirs, and
   * so on; not {@code start} itself), breadth first.
   */
  int[] downstream(int start) {
    if (visited == null) {
      visited = new int[steps.length];
    }
    int mark = ++visit;
    int[] queue = new int[steps.length];
    int head = 0;
    int tail = 0;
    for (int d : dependents[start]) {
      if (visited[d] != mark) {
        visited[d] = mark;
        queue[tail++] = d;
      }
    }
    while (head < tail) {
      for (int d : dependents[queue[head++]]) {
        if (visited[d] != mark) {
          visited[d] = mark;
          queue[tail++] = d;
        }
      }
    }
    int kept = 0;
    for (int i = 0; i < tail; i++) {
      if (queue[i] != start) {
        queue[kept++] = queue[i];
      }
    }
    return java.util.Arrays.copyOf(queue, kept);
  }

  void unvalidatedOutput() {
    List<Integer> found = new ArrayList<>();
    for (int i = 0; i < steps.length; i++) {
      Step s = steps[i];
      if (s.kind() != StepKind.LLM || !s.structuredOutput()) {
        continue;
      }
      boolean validated =
          s.validation().isPresent() && s.validation().get() != ValidationMethod.NONE;
      boolean retried = s.retries().isPresent() && s.retries().getAsInt() > 0;
      if (!(validated && retried) && declaredAt[i] != null) {
        found.add(i);
      }
    }
    if (found.isEmpty()) {
      return;
    }
    // the declared cost downstream of each such step, and whether a model step is downstream
    int[] queries = new int[found.size()];
    for (int k = 0; k < queries.length; k++) {
      queries[k] = found.get(k);
    }
    BigDecimal[] amounts = new BigDecimal[steps.length];
    boolean[] model = new boolean[steps.length];
    for (int i = 0; i < steps.length; i++) {
      amounts[i] = declaredAt[i] == null ? BigDecimal.ZERO : declaredAt[i].cost().amount();
      model[i] = steps[i].kind() == StepKind.LLM;
    }
    DownstreamSums sums = DownstreamSums.compute(dependents, amounts, model, queries);
    for (int k = 0; k < queries.length; k++) {
      int at = queries[k];
      BigDecimal downstreamCost;
      boolean feedsModel;
      if (sums != null) {
        downstreamCost = sums.sums[k];
        feedsModel = sums.flagged[k];
      } else {
        // a cycle, or sums beyond a long: walk this step's downstream and add exactly
        downstreamCost = BigDecimal.ZERO;
        feedsModel = false;
        for (int i : downstream(at)) {
          downstreamCost = downstreamCost.add(amounts[i]);
          feedsModel |= model[i];
        }
      }
      unvalidatedFinding(at, downstreamCost, feedsModel);
    }
  }

  private void unvalidatedFinding(int at, BigDecimal downstreamCost, boolean feedsModel) {
    Step s = steps[at];
    boolean validated = s.validation().isPresent() && s.validation().get() != ValidationMethod.NONE;
    boolean retried = s.retries().isPresent() && s.retries().getAsInt() > 0;
    Optional<StepSimulation> ss = Optional.of(declaredAt[at]);
    BigDecimal f = ss.get().failureProbability();
    BigDecimal atStake = downstreamCost.add(scope.assumptions().correctionCost().amount());
    // with validation and one retry the failure falls from f to f^2, at the price of f retries
    BigDecimal perRun =
        f.subtract(f.multiply(f))
            .multiply(atStake)
            .subtract(f.multiply(ss.get().cost().amount()))
            .max(BigDecimal.ZERO);
    Money perMonth = Money.usd(perRun).times(runs);
    FindingSeverity sev =
        feedsModel || dependents[at].length > 0 ? FindingSeverity.HIGH : FindingSeverity.MODERATE;
    String missing =
        !validated && !retried
            ? "no validation and no retry"
            : !validated ? "no validation" : "no retry";
    add(
        UNVALIDATED,
        Optional.of(CromsDimension.FAILURE),
        sev,
        List.of(s.id()),
        perMonth,
        BigDecimal.ZERO,
        "Step '"
            + s.id()
            + "' returns structured output with "
            + missing
            + ": a malformed answer ("
            + f.multiply(BigDecimal.valueOf(100))
                .setScale(2, RoundingMode.HALF_EVEN)
                .toPlainString()
            + " % of runs) flows into the steps after it.",
        "Add 'validate: json-schema' and 'retry: 1' (or more) to step '" + s.id() + "'.");
  }

  // ---------------------------------------------------------------------------------------
  // Structural

  static final String REDUNDANT = ai.cromus.core.croms.CromsRule.STRUCT_REDUNDANT_CONTEXT.id();
  static final String UNCACHED = ai.cromus.core.croms.CromsRule.STRUCT_UNCACHED_PREFIX.id();
  static final String DUPLICATE = ai.cromus.core.croms.CromsRule.STRUCT_DUPLICATE_STEP.id();
  static final String DEAD = ai.cromus.core.croms.CromsRule.STRUCT_DEAD_BRANCH.id();
  static final String UNBOUNDED = ai.cromus.core.croms.CromsRule.STRUCT_UNBOUNDED_LOOP.id();

  /**
   * The runs of lower-case ASCII letters and digits of {@code s}, lower-cased, joined by spaces.
   */
  static String norm(String s) {
    return NON_WORD
        .splitAsStream(s.toLowerCase(Locale.ROOT))
        .filter(w -> !w.isEmpty())
        .collect(java.util.stream.Collectors.joining(" "));
  }

  Optional<Pricing> pricing(StepSimulation ss) {
    if (ss.model().isEmpty() || ss.channel().isEmpty()) {
      return Optional.empty();
    }
    return catalog
        .find(ss.model().get())
        .flatMap(m -> m.offering(ss.channel().get()))
        .flatMap(o -> o.pricing());
  }

  void redundantContext() {
    // model steps by their normalised input description (two words or more)
    Map<String, List<String>> byInput = new LinkedHashMap<>();
    Map<String, String> normIn = new HashMap<>();
    for (Step a : steps) {
      if (a.kind() == StepKind.LLM && a.inputDescription().isPresent()) {
        String n = norm(a.inputDescription().get());
        normIn.put(a.id(), n);
        if (n.length() >= 8 && n.contains(" ")) {
          byInput.computeIfAbsent(n, k -> new ArrayList<>()).add(a.id());
        }
      }
    }
    for (Step b : steps) {
      if (b.kind() != StepKind.LLM || !normIn.containsKey(b.id())) {
        continue;
      }
      String bIn = " " + normIn.get(b.id()) + " ";
      List<String> sources = new ArrayList<>();
      for (Map.Entry<String, List<String>> e : byInput.entrySet()) {
        if (bIn.contains(" " + e.getKey() + " ")) {
          e.getValue().stream().filter(id -> !id.equals(b.id())).forEach(sources::add);
        }
      }
      if (sources.isEmpty()) {
        continue;
      }
      Set<String> upstream = upstream(b.id());
      for (String aId : sources) {
        if (!upstream.contains(aId)) {
          continue;
        }
        Step a = step(aId);
        long redundant =
            Math.min(
                a.inputTokens().tokens() - a.outputTokens().tokens(), b.inputTokens().tokens());
        Optional<StepSimulation> ss = declaredStep(b.id());
        Optional<Pricing> p = ss.flatMap(this::pricing);
        if (redundant <= 0 || p.isEmpty()) {
          continue;
        }
        Money perMonth =
            Money.forTokens(redundant, p.get().input()).times(ss.get().expectedCalls()).times(runs);
        add(
            REDUNDANT,
            Optional.of(CromsDimension.STRUCTURAL),
            costSeverity(perMonth),
            List.of(a.id(), b.id()),
            perMonth,
            BigDecimal.ZERO,
            "Step '"
                + b.id()
                + "' re-sends '"
                + a.inputDescription().get()
                + "', which step '"
                + a.id()
                + "' already condensed into its output (about "
                + redundant
                + " redundant tokens a call).",
            "Give step '"
                + b.id()
                + "' the output of '"
                + a.id()
                + "' instead of the raw '"
                + a.inputDescription().get()
                + "'.");
        break;
      }
    }
  }

  Set<String> upstream(String id) {
    Set<String> seen = new LinkedHashSet<>();
    ArrayDeque<String> pending = new ArrayDeque<>(step(id).dependsOn());
    while (!pending.isEmpty()) {
      String n = pending.poll();
      if (index.containsKey(n) && seen.add(n)) {
        pending.addAll(step(n).dependsOn());
      }
    }
    seen.remove(id);
    return seen;
  }

  void uncachedPrefix() {
    // (a) a step called repeatedly in one run (loop) resends its whole prompt
    for (Step s : steps) {
      if (s.kind() != StepKind.LLM || s.cache().isPresent()) {
        continue;
      }
      Optional<StepSimulation> ss = declaredStep(s.id());
      Optional<Pricing> p = ss.flatMap(this::pricing);
      long loop = s.loopBound().isPresent() ? s.loopBound().getAsInt() : 1;
      if (loop < 2
          || s.inputTokens().tokens() < LOOP_PREFIX_TOKENS
          || p.isEmpty()
          || p.get().cacheRead().isEmpty()) {
        continue;
      }
      BigDecimal perToken = p.get().input().subtract(p.get().cacheRead().get());
      Money perMonth =
          Money.forTokens(s.inputTokens().tokens(), perToken).times(loop - 1).times(runs);
      add(
          UNCACHED,
          Optional.of(CromsDimension.STRUCTURAL),
          costSeverity(perMonth),
          List.of(s.id()),
          perMonth,
          BigDecimal.ZERO,
          "Step '"
              + s.id()
              + "' repeats up to "
              + loop
              + " times and resends its "
              + s.inputTokens().tokens()
              + "-token prompt each time without a prompt cache.",
          "Declare the repeated prefix with 'cache: <what>, <size> tokens' on step '"
              + s.id()
              + "'.");
    }
    // (b) several steps start with the same long instructions (a pasted system prompt):
    // grouped by their first SHARED_PREFIX_CHARS characters, then the common prefix of the group
    Map<String, List<Step>> groups = new LinkedHashMap<>();
    for (Step s : steps) {
      if (s.kind() == StepKind.LLM
          && s.cache().isEmpty()
          && s.instructions().length() >= SHARED_PREFIX_CHARS) {
        groups
            .computeIfAbsent(
                s.instructions().substring(0, (int) SHARED_PREFIX_CHARS), k -> new ArrayList<>())
            .add(s);
      }
    }
    for (List<Step> members : groups.values()) {
      if (members.size() < 2) {
        continue;
      }
      List<String> group =
          members.stream().map(Step::id).collect(java.util.stream.Collectors.toList());
      long prefix = Long.MAX_VALUE;
      for (Step m : members.subList(1, members.size())) {
        prefix = Math.min(prefix, commonPrefix(members.get(0).instructions(), m.instructions()));
      }
      long tokens = (prefix + 3) / 4;
      BigDecimal perMonth = BigDecimal.ZERO;
      for (String id : group.subList(1, group.size())) {
        Optional<StepSimulation> ss = declaredStep(id);
        Optional<Pricing> p = ss.flatMap(this::pricing);
        if (p.isPresent() && p.get().cacheRead().isPresent()) {
          perMonth =
              perMonth.add(
                  Money.forTokens(tokens, p.get().input().subtract(p.get().cacheRead().get()))
                      .times(ss.get().expectedCalls())
                      .times(runs)
                      .amount());
        }
      }
      Money m = Money.usd(perMonth);
      add(
          UNCACHED,
          Optional.of(CromsDimension.STRUCTURAL),
          costSeverity(m),
          group,
          m,
          BigDecimal.ZERO,
          "Steps "
              + String.join(", ", group)
              + " start with the same "
              + prefix
              + " characters of instructions"
              + " (about "
              + tokens
              + " tokens) and none declares a prompt cache.",
          "Move the shared text into one prefix and declare it with 'cache:' on each of these steps.");
    }
  }

  static long commonPrefix(String a, String b) {
    int n = Math.min(a.length(), b.length());
    int i = 0;
    while (i < n && a.charAt(i) == b.charAt(i)) {
      i++;
    }
    return i;
  }

  void duplicatedSteps() {
    Map<String, String> firstBySignature = new LinkedHashMap<>();
    for (int i = 0; i < steps.length; i++) {
      Step s = steps[i];
      String text = norm(s.instructions());
      if (text.length() < 20 || s.kind() == StepKind.HUMAN) {
        continue;
      }
      String sig =
          s.kind().id()
              + "|"
              + text
              + "|"
              + s.model().orElse("")
              + "|"
              + String.join(",", s.tools());
      String first = firstBySignature.putIfAbsent(sig, s.id());
      if (first == null) {
        continue;
      }
      Money perMonth = stepCost(i).times(runs);
      BigDecimal saved = latencyWithout(i);
      FindingSeverity sev = costSeverity(perMonth);
      add(
          DUPLICATE,
          Optional.of(CromsDimension.STRUCTURAL),
          sev.compareTo(FindingSeverity.MODERATE) < 0 ? FindingSeverity.MODERATE : sev,
          List.of(first, s.id()),
          perMonth,
          saved,
          "Step '"
              + s.id()
              + "' repeats step '"
              + first
              + "': the same kind, instructions, model and tools.",
          "Remove step '"
              + s.id()
              + "' and let the steps after it use the output of '"
              + first
              + "'.");
    }
  }

  void deadBranches() {
    if (steps.length < 2) {
      return;
    }
    String last = steps[steps.length - 1].id();
    for (int i = 0; i < steps.length; i++) {
      Step s = steps[i];
      boolean producer =
          s.kind() == StepKind.LLM || s.kind() == StepKind.RETRIEVAL || s.kind() == StepKind.CODE;
      boolean neverRuns =
          s.condition().map(c -> norm(c).equals("never") || norm(c).equals("false")).orElse(false);
      boolean unused =
          producer && !s.id().equals(last) && dependents[i].length == 0 && s.condition().isEmpty();
      if (!neverRuns && !unused) {
        continue;
      }
      Money perMonth = stepCost(i).times(runs);
      BigDecimal saved = latencyWithout(i);
      FindingSeverity sev = costSeverity(perMonth);
      add(
          DEAD,
          Optional.of(CromsDimension.STRUCTURAL),
          sev.compareTo(FindingSeverity.MODERATE) < 0 ? FindingSeverity.MODERATE : sev,
          List.of(s.id()),
          perMonth,
          saved,
          neverRuns
              ? "Step '"
                  + s.id()
                  + "' runs only when '"
                  + s.condition().get()
                  + "', which never holds."
              : "Step '"
                  + s.id()
                  + "' produces output that no later step uses, and it is not the workflow's last step.",
          neverRuns
              ? "Remove step '" + s.id() + "'."
              : "Remove step '"
                  + s.id()
                  + "', or name it in the 'after:' of the step that needs it.");
    }
  }

  void unboundedLoops() {
    for (Step s : steps) {
      if (!s.unboundedLoop()) {
        continue;
      }
      add(
          UNBOUNDED,
          Optional.of(CromsDimension.STRUCTURAL),
          FindingSeverity.HIGH,
          List.of(s.id()),
          Money.ZERO,
          BigDecimal.ZERO,
          "Step '"
              + s.id()
              + "' repeats without an upper bound: its cost and latency per run have no ceiling"
              + " (the simulation counts one iteration).",
          "Bound the loop: 'loop: up to 3 times' on step '" + s.id() + "'.");
    }
  }

  // ---------------------------------------------------------------------------------------
  // Ethics

  static final String ETHICS_MISSING = ai.cromus.core.croms.CromsRule.ETHICS_MISSING.id();
  static final String ETHICS_MISMATCH = ai.cromus.core.croms.CromsRule.ETHICS_MISMATCH.id();

  /** The reference profile an ETHOS reference names (steward, guardian, ...), if any. */
  public static Optional<String> profile(String reference) {
    String r = reference.toLowerCase(Locale.ROOT);
    return PROFILE_DOMAINS.keySet().stream().sorted().filter(r::contains).findFirst();
  }

  static String domainId(String domain) {
    String s = NON_WORD.matcher(domain.trim().toLowerCase(Locale.ROOT)).replaceAll("_");
    int from = s.startsWith("_") ? 1 : 0;
    int to = s.length() > from && s.endsWith("_") ? s.length() - 1 : s.length();
    return s.substring(from, to);
  }

  /**
   * The ethics multiplier: 1 when the profile fits the domain (or either is unknown); 1.25 with no
   * ETHOS profile; 1.5 when a reference profile is meant for other domains; 2 when a regulated
   * domain runs a permissive profile (the Builder or the Catalyst).
   */
  BigDecimal ethics() {
    Optional<String> domain =
        workflow.domain().map(CromsAnalysis::domainId).filter(d -> !d.isEmpty());
    boolean regulated = domain.map(REGULATED::contains).orElse(false);
    if (workflow.ethos().isEmpty() || workflow.ethos().get().isBlank()) {
      add(
          ETHICS_MISSING,
          Optional.empty(),
          regulated ? FindingSeverity.HIGH : FindingSeverity.MODERATE,
          List.of(),
          Money.ZERO,
          BigDecimal.ZERO,
          "The workflow declares no ETHOS profile"
              + domain.map(d -> " for its " + d + " domain").orElse("")
              + ": its agents have no stated risk tolerance, escalation threshold or approval rule.",
          "Declare 'ethos:' in the front matter"
              + domain
                  .flatMap(this::suggestProfile)
                  .map(p -> ", e.g. ethos-the-" + p + "-v1.0.0")
                  .orElse("")
              + ".");
      return MISSING;
    }
    Optional<String> profile = profile(workflow.ethos().get());
    if (profile.isEmpty() || domain.isEmpty()) {
      return BigDecimal.ONE;
    }
    String p = profile.get();
    String d = domain.get();
    if (regulated && PERMISSIVE.contains(p)) {
      add(
          ETHICS_MISMATCH,
          Optional.empty(),
          FindingSeverity.CRITICAL,
          List.of(),
          Money.ZERO,
          BigDecimal.ZERO,
          "A "
              + d
              + " workflow runs the permissive profile The "
              + capital(p)
              + " (high risk tolerance,"
              + " late escalation, no required human approval).",
          "Use "
              + suggestProfile(d)
                  .map(x -> "ethos-the-" + x + "-v1.0.0")
                  .orElse("a conservative profile")
              + " for a regulated domain.");
      return REGULATED_PERMISSIVE;
    }
    if (!PROFILE_DOMAINS.get(p).contains(d)) {
      add(
          ETHICS_MISMATCH,
          Optional.empty(),
          FindingSeverity.HIGH,
          List.of(),
          Money.ZERO,
          BigDecimal.ZERO,
          "The profile The "
              + capital(p)
              + " is meant for "
              + String.join(", ", new java.util.TreeSet<>(PROFILE_DOMAINS.get(p)))
              + ", not for the workflow's "
              + d
              + " domain.",
          suggestProfile(d)
              .map(x -> "Use ethos-the-" + x + "-v1.0.0, or a custom profile derived from it.")
              .orElse("Use a profile written for the " + d + " domain."));
      return MISMATCHED;
    }
    return BigDecimal.ONE;
  }

  Optional<String> suggestProfile(String domain) {
    return PROFILE_DOMAINS.entrySet().stream()
        .filter(e -> e.getValue().contains(domain))
        .map(Map.Entry::getKey)
        .sorted(
            (a, b) ->
                PERMISSIVE.contains(a) == PERMISSIVE.contains(b)
                    ? a.compareTo(b)
                    : PERMISSIVE.contains(a) ? 1 : -1)
        .findFirst();
  }

  static String capital(String s) {
    return s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
  }
}
