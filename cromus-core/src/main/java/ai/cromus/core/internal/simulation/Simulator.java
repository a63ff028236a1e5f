package ai.cromus.core.internal.simulation;

import ai.cromus.core.catalog.EcosystemTier;
import ai.cromus.core.catalog.Latency;
import ai.cromus.core.catalog.Model;
import ai.cromus.core.catalog.ModelCatalog;
import ai.cromus.core.catalog.ModelLookup;
import ai.cromus.core.catalog.ModelStatus;
import ai.cromus.core.catalog.Offering;
import ai.cromus.core.catalog.QualityIndex;
import ai.cromus.core.catalog.ReasoningSupport;
import ai.cromus.core.catalog.Support;
import ai.cromus.core.diagnostic.Diagnostic;
import ai.cromus.core.diagnostic.SourceLocation;
import ai.cromus.core.internal.catalog.IndexedCatalog;
import ai.cromus.core.internal.risk.DataGate;
import ai.cromus.core.internal.scope.ScopeFilter;
import ai.cromus.core.internal.text.Similarity;
import ai.cromus.core.money.Money;
import ai.cromus.core.scope.Scope;
import ai.cromus.core.scope.ScopeRule;
import ai.cromus.core.simulation.Alternative;
import ai.cromus.core.simulation.Baseline;
import ai.cromus.core.simulation.CostMode;
import ai.cromus.core.simulation.MatrixCell;
import ai.cromus.core.simulation.ModelOrigin;
import ai.cromus.core.simulation.PlanSimulation;
import ai.cromus.core.simulation.Recommendation;
import ai.cromus.core.simulation.Simulation;
import ai.cromus.core.simulation.SimulationRule;
import ai.cromus.core.simulation.StepSimulation;
import ai.cromus.core.workflow.CapabilityTier;
import ai.cromus.core.workflow.ReasoningEffort;
import ai.cromus.core.workflow.Step;
import ai.cromus.core.workflow.StepKind;
import ai.cromus.core.workflow.ValidationMethod;
import ai.cromus.core.workflow.Workflow;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The simulate and recommend stages: prices every step on every offering the scope allows, picks a
 * model per step for the declared plan and for each cost-quality mode, and derives latency along
 * the critical path, failure, the ecosystem-tier × mode matrix, the baseline and the
 * recommendations. A pure function of its inputs. Formulas: {@code docs/simulation.md}.
 */
public final class Simulator {
  /** Days in a month for monthly figures. */
  public static final long DAYS_PER_MONTH = 30;

  /** Runs per day when neither the scope nor the workflow gives a volume. */
  public static final long DEFAULT_RUNS_PER_DAY = 100;

  /** Hidden reasoning budget per effort, in tokens. */
  public static final Map<ReasoningEffort, Long> REASONING_TOKENS =
      Map.of(
          ReasoningEffort.NONE,
          0L,
          ReasoningEffort.LOW,
          1_000L,
          ReasoningEffort.MEDIUM,
          4_000L,
          ReasoningEffort.HIGH,
          16_000L);

  /** Time to first token when the catalog has no latency figure for an offering. */
  public static final BigDecimal DEFAULT_TTFT = new BigDecimal("1.0");

  /** Output tokens per second when the catalog has no latency figure for an offering. */
  public static final BigDecimal DEFAULT_TPS = new BigDecimal("100");

  /** Seconds a step that calls no model takes, per kind. */
  public static final Map<StepKind, BigDecimal> KIND_SECONDS =
      Map.of(
          StepKind.TOOL,
          new BigDecimal("0.5"),
          StepKind.RETRIEVAL,
          new BigDecimal("0.5"),
          StepKind.CODE,
          new BigDecimal("0.1"),
          StepKind.DECISION,
          BigDecimal.ZERO,
          StepKind.HUMAN,
          BigDecimal.ZERO,
          StepKind.LLM,
          BigDecimal.ZERO);

  /** Quality used for ranking when the catalog has no quality index for a model. */
  public static final Map<CapabilityTier, BigDecimal> TIER_QUALITY =
      Map.of(
          CapabilityTier.LIGHTWEIGHT,
          new BigDecimal("30"),
          CapabilityTier.BALANCED,
          new BigDecimal("45"),
          CapabilityTier.FRONTIER,
          new BigDecimal("55"),
          CapabilityTier.MYTHOS,
          new BigDecimal("65"));

  /** Retries beyond this many are not modelled (their probability is negligible). */
  public static final int MAX_RETRIES_MODELLED = 20;

  /** Fallbacks beyond this many are not modelled. */
  public static final int MAX_FALLBACKS_MODELLED = 5;

  /**
   * A cache entry stays warm between runs when runs are at most this many seconds apart (5-minute
   * TTL).
   */
  static final long TTL_5M = 300;

  /** ... or this many seconds with a 1-hour TTL. */
  static final long TTL_1H = 3600;

  static final MathContext MC = MathContext.DECIMAL64;
  static final int LATENCY_SCALE = 6;

  private final Workflow workflow;
  private final Scope scope;
  private final ModelCatalog catalog;
  private final LocalDate asOf;
  private final ScopeFilter filter;

  /** The scope's data rules: they remove offerings from a step's candidates as the gates do. */
  private final DataGate dataGate;

  /** True when the scope requires a region (regional uplifts apply). */
  private final boolean regionPinned;

  private final FailureRates failureRates;
  private final long runsPerMonth;
  private final List<Diagnostic> diagnostics = new ArrayList<>();
  private final Map<String, StepTiers.Classified> tiers = new LinkedHashMap<>();

  /**
   * The step simulation of each pick, and of each step that calls no model: the same in every plan.
   */
  private final List<Step> firsts = new ArrayList<>();

  /** The position in {@link #firsts} of each step id. */
  private final Map<String, Integer> firstIndex = new HashMap<>();

  private StepSimulation[] nonModelSteps;

  /** The figures of each step that calls no model: the same in every plan. */
  private Figures[] nonModelFigures;

  /** Rates below the long-context threshold, per offering: [interactive, batch]. */
  private final Map<Offering, Rates[]> shortRates = new java.util.IdentityHashMap<>();

  /** The dependency graph the plans' critical paths walk, built by the first plan. */
  private CriticalPath paths;

  /** The priced offerings the scope allows, in catalog order, with their 1-based catalog order. */
  private final List<Allowed> allowed = new ArrayList<>();

  /** Ranking quality per model (the index, else the tier default). */
  private final Map<Model, BigDecimal> qualities = new java.util.IdentityHashMap<>();

  private final Comparator<Priced> cheapest;
  private final Comparator<Priced> qualityPerDollar;
  private final Comparator<Priced> strongest;

  /** A priced offering the scope allows, with what every step's pricing of it needs. */
  private static final class Allowed {
    final Model model;
    final Offering offering;
    final int order;
    final Optional<ai.cromus.core.catalog.Vendor> vendor;
    final Optional<BigDecimal> uplift;
    final BigDecimal quality;
    final ai.cromus.core.catalog.Pricing pricing;

    /** The rates below the long-context threshold: [interactive, batch]. */
    final Rates[] shortRates;

    Allowed(
        Model model,
        Offering offering,
        int order,
        Optional<ai.cromus.core.catalog.Vendor> vendor,
        Optional<BigDecimal> uplift,
        BigDecimal quality) {
      this.model = model;
      this.offering = offering;
      this.order = order;
      this.vendor = vendor;
      this.uplift = uplift;
      this.quality = quality;
      this.pricing = offering.pricing().orElseThrow();
      this.shortRates =
          new Rates[] {
            Rates.of(pricing, vendor, 0, false, uplift), Rates.of(pricing, vendor, 0, true, uplift)
          };
    }
  }

  /** Every priced offering of a catalog, in catalog order with its 1-based order (no uplift). */
  private static List<Allowed> priced(ModelCatalog catalog) {
    List<Allowed> out = new ArrayList<>();
    int order = 0;
    for (Model m : catalog.models()) {
      for (Offering o : m.offerings()) {
        order++;
        if (o.pricing().isPresent()) {
          out.add(
              new Allowed(m, o, order, catalog.vendor(m.vendor()), Optional.empty(), qualityOf(m)));
        }
      }
    }
    return List.copyOf(out);
  }

  private Simulator(Workflow workflow, Scope scope, ModelCatalog catalog, LocalDate asOf) {
    this.workflow = workflow;
    this.scope = scope;
    this.catalog = catalog;
    this.asOf = asOf;
    this.filter = new ScopeFilter(scope, catalog);
    this.dataGate = DataGate.of(workflow, scope, catalog);
    this.regionPinned = filter.requiredRegion().isPresent();
    this.failureRates = new FailureRates(scope);
    this.runsPerMonth = runsPerMonth(workflow, scope);
    for (Step s : workflow.steps()) {
      if (firstIndex.putIfAbsent(s.id(), firsts.size()) == null) {
        firsts.add(s);
      }
      StepTiers.classify(s).ifPresent(c -> tiers.put(s.id(), c));
    }
    for (Allowed a : IndexedCatalog.derived(catalog, Allowed.class, Simulator::priced)) {
      if (filter.allows(a.model, a.offering)) {
        allowed.add(
            regionPinned
                ? new Allowed(a.model, a.offering, a.order, a.vendor, uplift(a.offering), a.quality)
                : a);
      }
    }
    // exact orders
    this.cheapest =
        (a, b) -> {
          int c = a.cost().compareTo(b.cost());
          if (c == 0) {
            c =
                Integer.compare(
                    filter.tierRank(a.offering.tier()), filter.tierRank(b.offering.tier()));
          }
          return c != 0 ? c : Integer.compare(a.order, b.order);
        };
    this.qualityPerDollar =
        (a, b) -> {
          // q1/c1 > q2/c2 ⇔ q1·c2 > q2·c1: the better ratio first
          if (a.quality == b.quality && a.quality.signum() > 0) {
            return cheaper(
                a, b); // one quality (the same model): the better ratio is the lower cost
          }
          int c = b.quality.multiply(a.cost()).compareTo(a.quality.multiply(b.cost()));
          return c != 0 ? c : cheaper(a, b);
        };
    this.strongest =
        (a, b) -> {
          int c = b.model.capabilityTier().compareTo(a.model.capabilityTier());
          if (c == 0 && a.quality != b.quality) { // the same model's quality is the same object
            c = b.quality.compareTo(a.quality);
          }
          return c != 0 ? c : cheaper(a, b);
        };
  }

  /** Runs per month: the scope's, else the workflow's, else 100 a day; a month is 30 days. */
  public static long runsPerMonth(Workflow workflow, Scope scope) {
    if (scope.runsPerMonth().isPresent()) {
      return scope.runsPerMonth().getAsLong();
    }
    if (scope.runsPerDay().isPresent()) {
      return perMonth(scope.runsPerDay().getAsLong());
    }
    if (workflow.runsPerMonth().isPresent()) {
      return workflow.runsPerMonth().getAsLong();
    }
    if (workflow.runsPerDay().isPresent()) {
      return perMonth(workflow.runsPerDay().getAsLong());
    }
    return DEFAULT_RUNS_PER_DAY * DAYS_PER_MONTH;
  }

  /** Runs a day times 30, saturating at {@link Long#MAX_VALUE} instead of overflowing. */
  static long perMonth(long perDay) {
    return perDay > Long.MAX_VALUE / DAYS_PER_MONTH
        ? Long.MAX_VALUE
        : Math.max(0, perDay) * DAYS_PER_MONTH;
  }

  /** The fastest candidate of a step: model, channel and expected latency. */
  public static final class Fastest {
    public final String model;
    public final String channel;
    public final BigDecimal seconds;

    Fastest(String model, String channel, BigDecimal seconds) {
      this.model = model;
      this.channel = channel;
      this.seconds = seconds;
    }
  }

  /** What the stage produces. */
  public static final class Result {
    public final Simulation simulation;
    public final List<Recommendation> recommendations;
    public final List<Diagnostic> diagnostics;

    /** The capability tier of each model step, by step id. */
    public final Map<String, CapabilityTier> stepTiers;

    /** Budgets the declared plan breaks, one sentence each. */
    public final List<String> budgetBreaches;

    /** For each model step with a latency budget: the fastest allowed model that meets its tier. */
    public final Map<String, Fastest> fastest;

    /**
     * The dependency graph the plans were walked on: every step id a node, in the order of the
     * first occurrence of each id (the order of every plan's steps). For the same thread only.
     */
    public final CriticalPath paths;

    Result(
        Simulation simulation,
        List<Recommendation> recommendations,
        List<Diagnostic> diagnostics,
        Map<String, CapabilityTier> stepTiers,
        List<String> budgetBreaches,
        Map<String, Fastest> fastest,
        CriticalPath paths) {
      this.paths = paths;
      this.fastest = Map.copyOf(fastest);
      this.simulation = simulation;
      this.recommendations = List.copyOf(recommendations);
      this.diagnostics = List.copyOf(diagnostics);
      this.stepTiers = stepTiers;
      this.budgetBreaches = List.copyOf(budgetBreaches);
    }
  }

  /**
   * Simulates a workflow under a scope.
   *
   * @param asOf the date promotional prices are judged against
   */
  public static Result run(Workflow workflow, Scope scope, ModelCatalog catalog, LocalDate asOf) {
    Objects.requireNonNull(workflow, "workflow must not be null");
    Objects.requireNonNull(scope, "scope must not be null");
    Objects.requireNonNull(catalog, "catalog must not be null");
    Objects.requireNonNull(asOf, "asOf must not be null");
    return new Simulator(workflow, scope, catalog, asOf).simulate();
  }

  /**
   * The plan of a configuration: each model step on the model (catalog id) and channel {@code pins}
   * gives it, without fallbacks, priced as the declared plan prices a named model (its cheapest
   * priced offering when the channel is absent or does not serve it). A model step that is not
   * pinned, or pinned to a model the catalog lacks or cannot price, makes the plan infeasible, with
   * a problem naming the step.
   *
   * @param pins by step id: the catalog model id and, optionally, the channel id
   */
  public static PlanSimulation configuration(
      Workflow workflow,
      Scope scope,
      ModelCatalog catalog,
      LocalDate asOf,
      Map<String, Map.Entry<String, Optional<String>>> pins) {
    Simulator sim = new Simulator(workflow, scope, catalog, asOf);
    Map<String, Priced> picks = new LinkedHashMap<>();
    for (Step s : sim.firsts) {
      if (s.kind() != StepKind.LLM) {
        continue;
      }
      Map.Entry<String, Optional<String>> pin = pins.get(s.id());
      Optional<Model> m = pin == null ? Optional.empty() : catalog.find(pin.getKey());
      if (m.isEmpty()) {
        continue; // plan() reports the step as having no model
      }
      Optional<Offering> o =
          pin.getValue()
              .flatMap(m.get()::offering)
              .filter(x -> x.pricing().isPresent())
              .or(() -> sim.bestOffering(s, m.get(), false));
      if (o.isEmpty()) {
        continue;
      }
      Priced p =
          new Priced(m.get(), o.get(), 0, sim.figures(s, m.get(), o.get(), false, List.of()));
      p.origin = ModelOrigin.DECLARED;
      picks.put(s.id(), p);
    }
    return sim.plan(Optional.empty(), picks);
  }

  /** A simulator that has not run, for tests of its ranking. */
  static Simulator unstarted(Workflow workflow, Scope scope, ModelCatalog catalog, LocalDate asOf) {
    return new Simulator(workflow, scope, catalog, asOf);
  }

  // ---------------------------------------------------------------------------------------
  // Candidates and their figures

  /**
   * A model on a channel, priced for one step. The exact cost is computed up front (rankings need
   * it); the other figures (latency, failure, notes) only when something reads them, since most
   * candidates of a step are ranked and dropped.
   */
  static final class Priced {
    final Model model;
    final Offering offering;
    final int order;

    /** The model's ranking quality. */
    final BigDecimal quality;

    /** The exact cost of a run of the step. */
    final BigDecimal cost;

    /**
     * The position of this candidate in the step's cheapest-first order, once known: an exact
     * stand-in for the cheapest comparator among candidates of the same step and batch flag.
     */
    int costRank = -1;

    /** The step simulation of this pick, shared by every plan that picks it (it is immutable). */
    StepSimulation built;

    /** Who chose this pick: a mode's policy unless the declared plan says otherwise. */
    ModelOrigin origin = ModelOrigin.MODE;

    private Figures figures;

    /** What the figures are computed from on first use; null once they are. */
    private StepCosts step;

    private Allowed source;
    private boolean batch;
    private List<Fallback> fallbacks;

    Priced(Model model, Offering offering, int order, Figures figures) {
      this(model, offering, order, qualityOf(model), figures.cost);
      this.figures = figures;
    }

    /** A candidate whose figures are computed from {@code step} when first read. */
    Priced(
        StepCosts step, Allowed source, boolean batch, List<Fallback> fallbacks, BigDecimal cost) {
      this(source.model, source.offering, source.order, source.quality, cost);
      this.step = step;
      this.source = source;
      this.batch = batch;
      this.fallbacks = fallbacks;
    }

    private Priced(Model model, Offering offering, int order, BigDecimal quality, BigDecimal cost) {
      this.model = model;
      this.offering = offering;
      this.order = order;
      this.cost = cost;
      this.quality = quality;
    }

    BigDecimal cost() {
      return cost;
    }

    /** All the figures, computed on first use (single-threaded, like the simulator). */
    Figures figures() {
      if (figures == null) {
        figures = step.figures(source, batch, fallbacks);
        step = null;
        source = null;
        fallbacks = null;
      }
      return figures;
    }
  }

  /** The simulated figures of one step on one primary model (with its fallbacks). */
  static final class Figures {
    BigDecimal cost = BigDecimal.ZERO;
    BigDecimal retryCost = BigDecimal.ZERO;
    BigDecimal latency = BigDecimal.ZERO;
    BigDecimal failure = BigDecimal.ZERO;
    BigDecimal calls = BigDecimal.ZERO;
    long reasoning;
    boolean batch;
    boolean cached;
    boolean priced = true;
    Rates rates;
    final List<String> notes = new ArrayList<>();

    /** The notes with the rate notes first. */
    List<String> allNotes() {
      List<String> all = new ArrayList<>();
      if (rates != null) {
        all.addAll(rates.notes());
      }
      all.addAll(notes);
      return all;
    }
  }

  /**
   * A fallback model resolved to an offering for one step, with the rates of that step's prompt
   * (null when the offering has no prices) and its reasoning tokens on the step.
   */
  static final class Fallback {
    final Model model;
    final Offering offering;
    final Rates rates;
    final long reasoning;

    Fallback(Model model, Offering offering, Rates rates, long reasoning) {
      this.model = model;
      this.offering = offering;
      this.rates = rates;
      this.reasoning = reasoning;
    }
  }

  CapabilityTier tierOf(Step s) {
    StepTiers.Classified c = tiers.get(s.id());
    return c == null ? CapabilityTier.BALANCED : c.tier;
  }

  long reasoningTokens(Step s, Model m) {
    ReasoningSupport support = m.capabilities().reasoning();
    Optional<ReasoningEffort> asked = s.reasoning();
    switch (support) {
      case NONE:
        return 0;
      case OPTIONAL:
        return asked.map(REASONING_TOKENS::get).orElse(0L);
      default:
        {
          ReasoningEffort e =
              asked.orElse(
                  tierOf(s) == CapabilityTier.LIGHTWEIGHT
                      ? ReasoningEffort.LOW
                      : ReasoningEffort.MEDIUM);
          if (e == ReasoningEffort.NONE) {
            e = ReasoningEffort.LOW;
          }
          return REASONING_TOKENS.get(e);
        }
    }
  }

  Optional<BigDecimal> uplift(Offering o) {
    if (!regionPinned) {
      return Optional.empty();
    }
    return o.pricing().flatMap(p -> p.regionalUplift());
  }

  static int retriesOf(Step s) {
    return Math.min(MAX_RETRIES_MODELLED, Math.max(0, s.retries().orElse(0)));
  }

  /** True when a failed attempt is detected and so can be retried. */
  static boolean failuresDetected(Step s) {
    if (!s.structuredOutput()) {
      return true;
    }
    return s.validation().isPresent() && s.validation().get() != ValidationMethod.NONE;
  }

  static long loopOf(Step s) {
    return s.loopBound().isPresent() ? Math.max(1, s.loopBound().getAsInt()) : 1;
  }

  BigDecimal secondsPerCall(Offering o, long output, long reasoning) {
    Optional<Latency> l = o.latency();
    BigDecimal ttft = l.flatMap(Latency::ttftSeconds).orElse(DEFAULT_TTFT);
    BigDecimal tps =
        l.map(Latency::outputTokensPerSecond).filter(x -> x.signum() > 0).orElse(DEFAULT_TPS);
    return ttft.add(BigDecimal.valueOf(output + reasoning).divide(tps, MC));
  }

  /**
   * The cost of {@code calls} calls of the primary model with caching where it pays; {@code f},
   * when not null, is told whether the cache is used and why.
   */
  BigDecimal primaryCost(
      StepCosts sc, Model m, Rates r, long reasoning, BigDecimal calls, Figures f) {
    long prompt = sc.prompt;
    long output = sc.output;
    BigDecimal plain = r.plain(prompt, output, reasoning).multiply(calls);
    long cachedTokens = Math.min(prompt, sc.cacheTokens);
    if (cachedTokens <= 0
        || r.cacheRead.isEmpty()
        || m.capabilities().promptCaching() == Support.NO) {
      return plain;
    }
    BigDecimal warm = r.warm(prompt, cachedTokens, output, reasoning);
    BigDecimal interval =
        runsPerMonth == 0
            ? null
            : BigDecimal.valueOf(86_400L * DAYS_PER_MONTH)
                .divide(BigDecimal.valueOf(runsPerMonth), MC);
    boolean explicit = r.cacheWrite5m.isPresent() || r.cacheWrite1h.isPresent();
    BigDecimal first;
    String how;
    if (explicit) {
      Optional<BigDecimal> write = Optional.empty();
      String ttl = null;
      if (interval != null
          && r.cacheWrite5m.isPresent()
          && interval.compareTo(BigDecimal.valueOf(TTL_5M)) <= 0) {
        write = r.cacheWrite5m;
        ttl = "5-minute";
      } else if (interval != null
          && r.cacheWrite1h.isPresent()
          && interval.compareTo(BigDecimal.valueOf(TTL_1H)) <= 0) {
        write = r.cacheWrite1h;
        ttl = "1-hour";
      }
      if (write.isPresent()) {
        // warm across runs: one write a day, amortised over the day's runs
        BigDecimal extra =
            Rates.usd(cachedTokens, write.get().subtract(r.cacheRead.get()))
                .multiply(BigDecimal.valueOf(DAYS_PER_MONTH))
                .divide(BigDecimal.valueOf(runsPerMonth), MathContext.DECIMAL128);
        first = warm.add(extra);
        how =
            "cache warm between runs ("
                + ttl
                + " TTL); one cache write a day amortised over the day's runs";
      } else {
        BigDecimal w = r.cacheWrite5m.orElse(r.cacheWrite1h.orElse(r.input));
        first = r.write(prompt, cachedTokens, output, reasoning, w);
        how =
            "cache cold between runs at this volume: each run writes the prefix once, later calls of the run read it";
      }
    } else {
      if (interval != null && interval.compareTo(BigDecimal.valueOf(TTL_5M)) <= 0) {
        first = warm;
        how = "automatic caching, warm between runs";
      } else {
        first = r.plain(prompt, output, reasoning);
        how =
            "automatic caching cold between runs at this volume: later calls of the run read the prefix";
      }
    }
    BigDecimal cached = first.add(warm.multiply(calls.subtract(BigDecimal.ONE)));
    if (cached.compareTo(plain) < 0) {
      if (f != null) {
        f.cached = true;
        f.notes.add(how);
      }
      return cached;
    }
    if (f != null) {
      f.notes.add("the cached prefix does not pay at this volume; priced without caching");
    }
    return plain;
  }

  /** Figures of a step whose primary model is {@code m} on {@code o}, with fallbacks. */
  Figures figures(Step s, Model m, Offering o, boolean batch, List<Fallback> fallbacks) {
    return figures(s, m, o, catalog.vendor(m.vendor()), uplift(o), batch, fallbacks);
  }

  /**
   * The rates of a request on an offering. Below the long-context threshold they do not depend on
   * the prompt, so they are computed once per offering and batch flag (the vendor and the uplift of
   * an offering are the same for the whole simulation).
   */
  private Rates rates(
      Offering o,
      ai.cromus.core.catalog.Pricing pr,
      Optional<ai.cromus.core.catalog.Vendor> vendor,
      long prompt,
      boolean batch,
      Optional<BigDecimal> uplift,
      Rates[] known) {
    if (pr.longContext().isPresent() && prompt > pr.longContext().get().thresholdTokens()) {
      return Rates.of(pr, vendor, prompt, batch, uplift);
    }
    if (known != null) {
      return known[batch ? 1 : 0];
    }
    Rates[] slot = shortRates.computeIfAbsent(o, k -> new Rates[2]);
    int i = batch ? 1 : 0;
    if (slot[i] == null) {
      slot[i] = Rates.of(pr, vendor, prompt, batch, uplift);
    }
    return slot[i];
  }

  private Figures figures(
      Step s,
      Model m,
      Offering o,
      Optional<ai.cromus.core.catalog.Vendor> vendor,
      Optional<BigDecimal> uplift,
      boolean batch,
      List<Fallback> fallbacks) {
    Figures f = new Figures();
    price(
        new StepCosts(s),
        m,
        o,
        o.pricing().orElse(null),
        vendor,
        uplift,
        batch,
        fallbacks,
        null,
        f);
    return f;
  }

  /**
   * What every candidate of one step shares, computed once per step (and per capability tier or
   * reasoning support of the model) instead of once per candidate.
   */
  final class StepCosts {
    final Step step;
    final CapabilityTier need;
    final long prompt;
    final long output;
    final int retries;
    final long loopCount;
    final BigDecimal loop;

    /** The tokens of the declared cache prefix; 0 without one. */
    final long cacheTokens;

    /** Per capability tier of the model: expected attempts, p^(retries+1), loop × attempts. */
    private final BigDecimal[][] attempts = new BigDecimal[CapabilityTier.values().length][];

    /** Reasoning tokens per reasoning support of the model; -1 until computed. */
    private final long[] reasoning = new long[ReasoningSupport.values().length];

    StepCosts(Step s) {
      this.step = s;
      this.need = tierOf(s);
      this.prompt = s.inputTokens().tokens();
      this.output = s.outputTokens().tokens();
      this.retries = failuresDetected(s) ? retriesOf(s) : 0;
      this.loopCount = loopOf(s);
      this.loop = BigDecimal.valueOf(loopCount);
      this.cacheTokens = s.cache().isPresent() ? s.cache().get().tokens().tokens() : 0;
      java.util.Arrays.fill(reasoning, -1);
    }

    /** All the figures of a candidate of this step. */
    Figures figures(Allowed a, boolean batch, List<Fallback> fallbacks) {
      Figures f = new Figures();
      price(
          this,
          a.model,
          a.offering,
          a.pricing,
          a.vendor,
          a.uplift,
          batch,
          fallbacks,
          a.shortRates,
          f);
      return f;
    }

    /** Only the cost of a candidate of this step: the same arithmetic as {@link #figures}. */
    BigDecimal cost(Allowed a, boolean batch, List<Fallback> fallbacks) {
      return price(
          this,
          a.model,
          a.offering,
          a.pricing,
          a.vendor,
          a.uplift,
          batch,
          fallbacks,
          a.shortRates,
          null);
    }

    /** {attempts, failure after every attempt, calls} for a primary model of a capability tier. */
    BigDecimal[] attempts(CapabilityTier model) {
      BigDecimal[] a = attempts[model.ordinal()];
      if (a == null) {
        BigDecimal p = failureRates.rate(StepKind.LLM, need, model);
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal pk = BigDecimal.ONE;
        for (int k = 0; k <= retries; k++) {
          sum = sum.add(pk);
          pk = pk.multiply(p);
        }
        a = new BigDecimal[] {sum, pk, loop.multiply(sum)};
        attempts[model.ordinal()] = a;
      }
      return a;
    }

    long reasoning(Model m) {
      int i = m.capabilities().reasoning().ordinal();
      if (reasoning[i] < 0) {
        reasoning[i] = reasoningTokens(step, m);
      }
      return reasoning[i];
    }
  }

  /**
   * The cost of a step on one primary model (with its fallbacks); when {@code f} is not null, every
   * other figure of it too, into {@code f}. Ranking asks for the cost alone, and the cost comes
   * from the same arithmetic either way, so it is the same whether or not the other figures are
   * ever read.
   *
   * @param pr the offering's prices; null when it has none (self-hosted)
   */
  private BigDecimal price(
      StepCosts sc,
      Model m,
      Offering o,
      ai.cromus.core.catalog.Pricing pr,
      Optional<ai.cromus.core.catalog.Vendor> vendor,
      Optional<BigDecimal> uplift,
      boolean batch,
      List<Fallback> fallbacks,
      Rates[] known,
      Figures f) {
    boolean full = f != null;
    Step s = sc.step;
    long output = sc.output;
    long reasoning = sc.reasoning(m);
    BigDecimal[] tried = sc.attempts(m.capabilityTier());
    BigDecimal attempts = tried[0];
    BigDecimal failPrimary = tried[1]; // p^(retries+1)
    BigDecimal loop = sc.loop;
    BigDecimal callsPrimary = tried[2]; // loop × attempts
    BigDecimal cost = BigDecimal.ZERO;
    BigDecimal base = BigDecimal.ZERO;
    if (pr != null) {
      Rates r = rates(o, pr, vendor, sc.prompt, batch, uplift, known);
      cost = primaryCost(sc, m, r, reasoning, callsPrimary, f);
      if (full) {
        f.batch = r.batch;
        f.rates = r;
        base =
            attempts.compareTo(BigDecimal.ONE) == 0
                ? cost
                : primaryCost(sc, m, r, reasoning, loop, null);
      }
    } else if (full) {
      f.priced = false;
      f.notes.add("offering " + o.channel() + " has no token prices (self-hosted)");
    }
    BigDecimal latency = full ? secondsPerCall(o, output, reasoning).multiply(attempts) : null;
    BigDecimal calls = callsPrimary;
    BigDecimal reach = failPrimary;
    int used = 0;
    for (Fallback fb : fallbacks) {
      if (used++ >= MAX_FALLBACKS_MODELLED) {
        break;
      }
      BigDecimal callsFb = loop.multiply(reach);
      if (fb.rates != null) {
        cost = cost.add(fb.rates.plain(sc.prompt, output, fb.reasoning).multiply(callsFb));
      }
      if (full) {
        latency = latency.add(reach.multiply(secondsPerCall(fb.offering, output, fb.reasoning)));
        calls = calls.add(callsFb);
        f.notes.add("fallback " + fb.model.id() + " on " + fb.offering.channel());
      }
      reach = reach.multiply(failureRates.rate(StepKind.LLM, sc.need, fb.model.capabilityTier()));
    }
    if (!full) {
      return cost;
    }
    f.reasoning = reasoning;
    f.cost = cost;
    f.retryCost = cost.subtract(base).max(BigDecimal.ZERO);
    f.latency = latency.multiply(loop).setScale(LATENCY_SCALE, RoundingMode.HALF_EVEN);
    f.failure = loopFailure(reach.round(MC), sc.loopCount);
    f.calls = calls;
    if (!failuresDetected(s)) {
      f.notes.add(
          "structured output is not validated: failures go undetected, so retries never trigger");
    }
    if (s.unboundedLoop()) {
      f.notes.add("unbounded loop: counted as one iteration");
    }
    return cost;
  }

  static BigDecimal loopFailure(BigDecimal fail, long loop) {
    if (loop <= 1 || fail.signum() == 0) {
      return fail;
    }
    BigDecimal ok = BigDecimal.ONE.subtract(fail).pow((int) Math.min(loop, 1_000_000), MC);
    return BigDecimal.ONE.subtract(ok, MC);
  }

  /** Figures of a step that calls no model. */
  Figures nonModel(Step s) {
    Figures f = new Figures();
    BigDecimal p = failureRates.rate(s.kind(), CapabilityTier.BALANCED, null);
    int retries = retriesOf(s);
    BigDecimal attempts = BigDecimal.ZERO;
    BigDecimal pk = BigDecimal.ONE;
    for (int k = 0; k <= retries; k++) {
      attempts = attempts.add(pk);
      pk = pk.multiply(p);
    }
    long loop = loopOf(s);
    f.latency =
        KIND_SECONDS
            .get(s.kind())
            .multiply(attempts)
            .multiply(BigDecimal.valueOf(loop))
            .setScale(LATENCY_SCALE, RoundingMode.HALF_EVEN);
    f.failure = loopFailure(pk.round(MC), loop);
    if (s.kind() == StepKind.HUMAN) {
      f.notes.add("human step: its waiting time is not part of the automated latency");
    } else if (s.kind() != StepKind.DECISION) {
      f.notes.add(
          "no model tokens; default " + KIND_SECONDS.get(s.kind()).toPlainString() + " s per call");
    }
    return f;
  }

  /**
   * Whether a model can serve this step at all (context, output, tools, reasoning, status), and
   * whether the scope's data rules let this offering handle the step's data.
   */
  boolean fits(Step s, Model m, Offering o) {
    if (m.status() == ModelStatus.RETIRED) {
      return false;
    }
    long context = o.contextWindow().orElse(m.contextWindow());
    long maxOut = o.maxOutput().orElse(m.maxOutput());
    if (s.inputTokens().tokens() > context || s.outputTokens().tokens() > maxOut) {
      return false;
    }
    if (!s.tools().isEmpty() && m.capabilities().toolCalling() == Support.NO) {
      return false;
    }
    if (s.structuredOutput() && m.capabilities().structuredOutput() == Support.NO) {
      return false;
    }
    boolean wantsReasoning =
        s.reasoning().isPresent() && s.reasoning().get() != ReasoningEffort.NONE;
    if (wantsReasoning && m.capabilities().reasoning() == ReasoningSupport.NONE) {
      return false;
    }
    return dataGate.allows(s, m, o);
  }

  /** Every priced offering the scope allows that fits the step, priced. */
  List<Priced> candidates(Step s, boolean batch, List<Fallback> fallbacks) {
    return candidates(new StepCosts(s), batch, fallbacks);
  }

  private List<Priced> candidates(StepCosts sc, boolean batch, List<Fallback> fallbacks) {
    Step s = sc.step;
    List<Priced> out = new ArrayList<>();
    boolean b = batch && s.batchAllowed();
    for (Allowed a : allowed) {
      if (fits(s, a.model, a.offering)) {
        out.add(new Priced(sc, a, b, fallbacks, sc.cost(a, b, fallbacks)));
      }
    }
    return out;
  }

  BigDecimal quality(Model m) {
    BigDecimal q = qualities.get(m);
    if (q == null) {
      q = qualityOf(m);
      qualities.put(m, q);
    }
    return q;
  }

  /** Ranking quality: the model's quality index, else its tier's default. */
  static BigDecimal qualityOf(Model m) {
    return m.quality().map(QualityIndex::index).orElse(TIER_QUALITY.get(m.capabilityTier()));
  }

  Comparator<Priced> cheapest() {
    return cheapest;
  }

  /** The cheapest order: by cost rank when both have one (see {@link #byCost}). */
  private int cheaper(Priced a, Priced b) {
    return a.costRank >= 0 && b.costRank >= 0
        ? Integer.compare(a.costRank, b.costRank)
        : cheapest.compare(a, b);
  }

  /**
   * The candidates of one step (one batch flag), cheapest first, each given its position as {@link
   * Priced#costRank}: {@link #cheapest} is a total order, so on any subset comparing the ranks
   * gives what the comparator gives, and later sorts need no exact comparison for it.
   */
  List<Priced> byCost(List<Priced> all) {
    List<Priced> sorted = new ArrayList<>(all);
    sorted.sort(cheapest);
    for (int i = 0; i < sorted.size(); i++) {
      sorted.get(i).costRank = i;
    }
    return sorted;
  }

  /** Best quality per dollar first: q1/c1 > q2/c2 ⇔ q1·c2 > q2·c1 (exact); free offerings first. */
  Comparator<Priced> qualityPerDollar() {
    return qualityPerDollar;
  }

  Comparator<Priced> strongest() {
    return strongest;
  }

  /**
   * Ranks the candidates of a step under a mode, best first; empty when none qualifies. {@code all}
   * is in {@link #byCost} order: the cheap modes only filter it.
   */
  List<Priced> rank(Step s, CostMode mode, List<Priced> all) {
    CapabilityTier need = tierOf(s);
    List<Priced> ok = new ArrayList<>(all.size());
    for (Priced p : all) {
      if (p.model.capabilityTier().isAtLeast(need)
          && (mode != CostMode.OPEN_SOURCE || p.model.openWeights())) {
        ok.add(p);
      }
    }
    switch (mode) {
      case ECO:
      case COST:
        return ok; // already cheapest first
      case QUALITY:
        ok.sort(strongest());
        return ok;
      default:
        {
          // BALANCED and OPEN_SOURCE: the lowest tier at or above the step's tier that has a
          // candidate, best quality per dollar; higher tiers follow as alternatives.
          if (ok.isEmpty()) {
            return ok;
          }
          CapabilityTier lowest = lowestTier(ok);
          List<Priced> same = new ArrayList<>(ok.size());
          List<Priced> rest = new ArrayList<>(ok.size());
          for (Priced p : ok) {
            (p.model.capabilityTier() == lowest ? same : rest).add(p);
          }
          same.sort(qualityPerDollar);
          rest.sort(qualityPerDollar);
          same.addAll(rest);
          return same;
        }
    }
  }

  // ---------------------------------------------------------------------------------------
  // The run

  private Result simulate() {
    List<Step> steps = workflow.steps();
    Map<String, List<Fallback>> declaredFallbacks = new LinkedHashMap<>();
    Map<CostMode, Map<String, Ranking>> rankings = new EnumMap<>(CostMode.class);
    for (CostMode mode : CostMode.values()) {
      rankings.put(mode, new LinkedHashMap<>());
    }
    // the whole quality ranking is needed only to fit the quality plan to a budget
    boolean fitting = perRunBudget().isPresent() || perMonthBudget().isPresent();
    List<EcosystemTier> enabledTiers = enabledTiers();
    Map<String, Fastest> fastest = new LinkedHashMap<>();
    Map<CostMode, TierSums> tierSums = new EnumMap<>(CostMode.class);
    for (CostMode mode : CostMode.values()) {
      tierSums.put(mode, new TierSums());
    }
    // one step at a time: its candidates are ranked, and each ranking is reduced at once to what
    // the result needs of it, so that the candidates of a large workflow die young and later
    // passes do not walk them again
    for (Step s : steps) {
      if (s.kind() != StepKind.LLM || declaredFallbacks.containsKey(s.id())) {
        continue;
      }
      declaredFallbacks.put(s.id(), resolveFallbacks(s, false));
      List<Fallback> modeFallbacks = resolveFallbacks(s, true);
      StepCosts sc = new StepCosts(s);
      List<Priced> inter = byCost(candidates(sc, false, modeFallbacks));
      List<Priced> eco = s.batchAllowed() ? byCost(candidates(sc, true, modeFallbacks)) : inter;
      List<Priced> ecoRanked = null;
      int at = firstIndex.get(s.id());
      for (CostMode mode : CostMode.values()) {
        List<Priced> ranked;
        if (mode == CostMode.ECO) {
          ranked = rank(s, mode, eco);
          ecoRanked = ranked;
        } else if (mode == CostMode.COST && eco == inter) {
          ranked = ecoRanked; // without batch, eco ranks the very same candidates as cost
        } else {
          ranked = rank(s, mode, inter);
        }
        if (mode == CostMode.COST && s.latencyBudgetSeconds().isPresent()) {
          ranked.stream()
              .min(
                  Comparator.comparing((Priced p) -> p.figures().latency).thenComparing(cheapest()))
              .ifPresent(
                  p ->
                      fastest.put(
                          s.id(),
                          new Fastest(p.model.id(), p.offering.channel(), p.figures().latency)));
        }
        rankings
            .get(mode)
            .put(s.id(), new Ranking(at, ranked, fitting && mode == CostMode.QUALITY));
        tierSums.get(mode).add(Ranking.firsts(mode, ranked, enabledTiers));
      }
    }

    Map<CostMode, Map<String, Priced>> picks = new EnumMap<>(CostMode.class);
    for (CostMode mode : CostMode.values()) {
      Map<String, Priced> pick = new LinkedHashMap<>();
      rankings
          .get(mode)
          .forEach(
              (id, r) -> {
                if (r.pick != null) {
                  pick.put(id, r.pick);
                }
              });
      picks.put(mode, pick);
    }
    if (fitting) {
      Map<String, List<Priced>> whole = new LinkedHashMap<>();
      rankings.get(CostMode.QUALITY).forEach((id, r) -> whole.put(id, r.whole));
      fitQualityToBudget(whole, picks.get(CostMode.QUALITY));
    }

    Map<CostMode, PlanSimulation> modes = new EnumMap<>(CostMode.class);
    for (CostMode mode : CostMode.values()) {
      modes.put(mode, plan(Optional.of(mode), picks.get(mode)));
    }
    reportInfeasible(picks);

    Map<String, Priced> declaredPicks =
        declaredPicks(picks.get(CostMode.BALANCED), declaredFallbacks);
    PlanSimulation declared = plan(Optional.empty(), declaredPicks);

    List<MatrixCell> matrix = matrix(rankings, tierSums, enabledTiers);
    Baseline baseline = baseline(declared);
    Simulation sim =
        Simulation.builder()
            .runsPerMonth(runsPerMonth)
            .declared(declared)
            .putAllModes(modes)
            .addAllMatrix(matrix)
            .baseline(baseline)
            .build();
    List<Recommendation> recs = recommendations(rankings, picks, declared);
    Map<String, CapabilityTier> stepTiers = new LinkedHashMap<>();
    tiers.forEach((k, v) -> stepTiers.put(k, v.tier));
    return new Result(
        sim, recs, diagnostics, stepTiers, budgetBreaches(declared), fastest, paths());
  }

  /**
   * What the result needs of one mode's ranking of one step: its size, the pick and the next two
   * models after the pick (the alternatives). The whole ranking is kept only when the quality plan
   * must be fitted to a budget; the matrix takes what it needs through {@link TierSums}.
   */
  static final class Ranking {
    /**
     * The position of the step among the simulator's first step of each id (the step of its id that
     * the plans simulate, in the order of every plan's steps).
     */
    final int at;

    final int size;
    final Priced pick;
    final List<Priced> alternatives;
    final List<Priced> whole;

    Ranking(int at, List<Priced> ranked, boolean keepWhole) {
      this.at = at;
      this.size = ranked.size();
      this.pick = ranked.isEmpty() ? null : ranked.get(0);
      this.alternatives = pick == null ? List.of() : alternatives(pick, ranked);
      this.whole = keepWhole ? ranked : null;
    }

    /**
     * The first candidate on each ecosystem tier (by ordinal) as {@link #firstOnTier} finds it;
     * null when none, or when the tier is not enabled.
     */
    static Priced[] firsts(CostMode mode, List<Priced> ranked, List<EcosystemTier> tiers) {
      Priced[] firsts = new Priced[EcosystemTier.values().length];
      for (EcosystemTier t : tiers) {
        firsts[t.ordinal()] = firstOnTier(mode, ranked, t);
      }
      return firsts;
    }
  }

  /**
   * One mode's row of the matrix, summed step by step as each ranking is made (so no ranking is
   * kept for it): per ecosystem tier, the cost of the first candidate on that tier over all steps,
   * and whether some step has none there.
   */
  static final class TierSums {
    final BigDecimal[] sums = new BigDecimal[EcosystemTier.values().length];
    final boolean[] missing = new boolean[EcosystemTier.values().length];

    TierSums() {
      java.util.Arrays.fill(sums, BigDecimal.ZERO);
    }

    void add(Priced[] firsts) {
      for (int t = 0; t < firsts.length; t++) {
        if (firsts[t] == null) {
          missing[t] = true;
        } else if (!missing[t]) {
          sums[t] = sums[t].add(firsts[t].cost);
        }
      }
    }
  }

  /**
   * The first two candidates after {@code chosen} of models other than its own and each other's.
   */
  static List<Priced> alternatives(Priced chosen, List<Priced> ranked) {
    List<Priced> alts = new ArrayList<>(2);
    Set<String> models = new java.util.HashSet<>();
    models.add(chosen.model.id());
    for (Priced p : ranked) {
      if (alts.size() == 2) {
        break;
      }
      if (models.add(p.model.id())) {
        alts.add(p);
      }
    }
    return alts;
  }

  /**
   * Values of a map looked up in the map's own order: while the keys asked for come in that order,
   * each is the next entry (no hashing, which at 10,000 steps is a cache miss each); any other key
   * is looked up in the map. So the answer is always the map's.
   */
  static final class InOrder<V> {
    private final Map<String, V> map;
    private final java.util.Iterator<Map.Entry<String, V>> entries;
    private Map.Entry<String, V> next;

    InOrder(Map<String, V> map) {
      this.map = map;
      this.entries = map.entrySet().iterator();
    }

    V get(String key) {
      if (next == null && entries.hasNext()) {
        next = entries.next();
      }
      if (next != null && next.getKey().equals(key)) {
        V v = next.getValue();
        next = null;
        return v;
      }
      return map.get(key);
    }
  }

  /** The ecosystem tiers with at least one channel the scope enables, in tier order. */
  private List<EcosystemTier> enabledTiers() {
    List<EcosystemTier> out = new ArrayList<>();
    for (EcosystemTier tier : EcosystemTier.values()) {
      if (catalog.channels().stream()
          .anyMatch(c -> c.tier() == tier && filter.channelEnabled(c.id()))) {
        out.add(tier);
      }
    }
    return out;
  }

  private SourceLocation at(Step s) {
    return SourceLocation.of(workflow.source(), s.position().line(), s.position().column());
  }

  List<Fallback> resolveFallbacks(Step s, boolean allowedOnly) {
    List<Fallback> out = new ArrayList<>();
    for (String name : s.fallbacks()) {
      ModelLookup l = catalog.lookup(name);
      if (!l.found()) {
        if (!allowedOnly) {
          diagnostics.add(
              Diagnostic.of(
                  SimulationRule.MODEL_UNKNOWN,
                  at(s),
                  "Step '"
                      + s.id()
                      + "' names the fallback model '"
                      + name
                      + "', which is not in catalog "
                      + catalog.version()
                      + "; the fallback is not simulated.",
                  l.nearest().isEmpty()
                      ? "Run 'cromus models' for the list."
                      : "Did you mean " + String.join(" or ", l.nearest()) + "?"));
        }
        continue;
      }
      Model m = l.model().get();
      Optional<Offering> best = bestOffering(s, m, allowedOnly);
      best.ifPresent(
          o ->
              out.add(
                  new Fallback(
                      m,
                      o,
                      o.pricing()
                          .map(
                              pr ->
                                  Rates.of(
                                      pr,
                                      catalog.vendor(m.vendor()),
                                      s.inputTokens().tokens(),
                                      false,
                                      uplift(o)))
                          .orElse(null),
                      reasoningTokens(s, m))));
    }
    return out;
  }

  /** The cheapest priced offering of a model for a step (allowed ones first). */
  Optional<Offering> bestOffering(Step s, Model m, boolean allowedOnly) {
    Comparator<Offering> byPrice =
        Comparator.comparing(
                (Offering o) ->
                    o.pricing()
                        .get()
                        .input()
                        .multiply(BigDecimal.valueOf(Math.max(1, s.inputTokens().tokens())))
                        .add(
                            o.pricing()
                                .get()
                                .output()
                                .multiply(
                                    BigDecimal.valueOf(Math.max(1, s.outputTokens().tokens())))))
            .thenComparingInt(o -> filter.tierRank(o.tier()));
    Optional<Offering> allowed =
        m.offerings().stream()
            .filter(o -> o.pricing().isPresent() && filter.allows(m, o))
            .min(byPrice);
    if (allowed.isPresent() || allowedOnly) {
      return allowed;
    }
    return m.offerings().stream().filter(o -> o.pricing().isPresent()).min(byPrice);
  }

  Map<String, Priced> declaredPicks(
      Map<String, Priced> balanced, Map<String, List<Fallback>> fallbacks) {
    Map<String, Priced> out = new LinkedHashMap<>();
    Set<String> seen = new java.util.HashSet<>();
    for (Step s : workflow.steps()) {
      if (s.kind() != StepKind.LLM || !seen.add(s.id())) {
        continue;
      }
      if (s.model().isEmpty()) {
        Priced b = balanced.get(s.id());
        if (b != null) {
          out.put(
              s.id(),
              new Priced(
                  b.model,
                  b.offering,
                  b.order,
                  figures(s, b.model, b.offering, false, fallbacks.get(s.id()))));
          out.get(s.id()).figures().notes.add(0, "no model named: the balanced choice");
          out.get(s.id()).origin = ModelOrigin.CHOSEN;
        }
        continue;
      }
      String name = s.model().get();
      ModelLookup l = catalog.lookup(name);
      if (!l.found()) {
        Priced b = balanced.get(s.id());
        diagnostics.add(
            Diagnostic.of(
                SimulationRule.MODEL_UNKNOWN,
                at(s),
                "Step '"
                    + s.id()
                    + "' requests the model '"
                    + name
                    + "', which is not in catalog "
                    + catalog.version()
                    + (b == null
                        ? "."
                        : "; the balanced choice " + b.model.id() + " is simulated instead."),
                l.nearest().isEmpty()
                    ? "Run 'cromus models' for the list of models."
                    : "Did you mean " + String.join(" or ", l.nearest()) + "?"));
        if (b != null) {
          Priced p =
              new Priced(
                  b.model,
                  b.offering,
                  b.order,
                  figures(s, b.model, b.offering, false, fallbacks.get(s.id())));
          p.figures()
              .notes
              .add(
                  0, "requested model '" + name + "' is unknown: the balanced choice is simulated");
          p.origin = ModelOrigin.REPLACED;
          out.put(s.id(), p);
        }
        continue;
      }
      Model m = l.model().get();
      if (m.status() != ModelStatus.ACTIVE) {
        diagnostics.add(
            Diagnostic.of(
                SimulationRule.MODEL_RETIRED,
                at(s),
                "Step '"
                    + s.id()
                    + "' requests "
                    + m.id()
                    + ", which is "
                    + m.status().id()
                    + m.deprecationDate().map(d -> " (retirement " + d + ")").orElse("")
                    + ".",
                m.successor()
                    .map(x -> "Move to its successor " + x + ".")
                    .orElse("Choose an active model.")));
      }
      Optional<Offering> allowed = bestOffering(s, m, true);
      Optional<Offering> any = bestOffering(s, m, false);
      if (allowed.isEmpty()) {
        if (any.isPresent()) {
          String why =
              m.offerings().stream()
                  .map(o -> filter.rejection(m, o).map(r -> o.channel() + ": " + r).orElse(null))
                  .filter(Objects::nonNull)
                  .collect(Collectors.joining("; "));
          List<String> allowedIds = new ArrayList<>(new TreeSet<>(candidatesIds(s)));
          List<String> near = Similarity.nearest(m.id(), allowedIds, 3);
          Priced b = balanced.get(s.id());
          String hint =
              !near.isEmpty()
                  ? "Nearest models the scope allows: " + String.join(", ", near) + "."
                  : b != null
                      ? "The scope's balanced choice for this step is "
                          + b.model.id()
                          + " on "
                          + b.offering.channel()
                          + "."
                      : "No model the scope allows fits this step.";
          diagnostics.add(
              Diagnostic.of(
                  ScopeRule.MODEL_OUT_OF_SCOPE,
                  at(s),
                  "Step '"
                      + s.id()
                      + "' requests "
                      + m.id()
                      + ", which the scope does not allow ("
                      + why
                      + ").",
                  hint));
        } else {
          diagnostics.add(
              Diagnostic.of(
                  SimulationRule.MODEL_UNPRICED,
                  at(s),
                  "Step '"
                      + s.id()
                      + "' requests "
                      + m.id()
                      + ", which has no priced offering; its cost is not counted.",
                  "Give a self-hosted cost, or request a hosted model."));
          Offering o = m.offerings().isEmpty() ? null : m.offerings().get(0);
          if (o != null) {
            Priced unpriced = new Priced(m, o, 0, figures(s, m, o, false, fallbacks.get(s.id())));
            unpriced.origin = ModelOrigin.DECLARED;
            out.put(s.id(), unpriced);
          }
          continue;
        }
      }
      Offering o = allowed.orElse(any.get());
      o.validUntil()
          .filter(d -> d.isBefore(asOf))
          .ifPresent(
              d ->
                  diagnostics.add(
                      Diagnostic.of(
                          SimulationRule.PRICE_EXPIRED,
                          at(s),
                          "The price of "
                              + m.id()
                              + " on "
                              + o.channel()
                              + " was promotional until "
                              + d
                              + ", before "
                              + asOf
                              + ".",
                          "Check the current price at " + o.source() + ".")));
      Priced p = new Priced(m, o, 0, figures(s, m, o, false, fallbacks.get(s.id())));
      p.origin = ModelOrigin.DECLARED;
      if (!m.capabilityTier().isAtLeast(tierOf(s))) {
        p.figures()
            .notes
            .add(
                "requested model is "
                    + m.capabilityTier().id()
                    + ", below the step's "
                    + tierOf(s).id()
                    + " tier: failure rate doubled per tier of shortfall");
      }
      out.put(s.id(), p);
    }
    return out;
  }

  private Set<String> candidatesIds(Step s) {
    Set<String> ids = new LinkedHashSet<>();
    for (Model m : catalog.models()) {
      for (Offering o : m.offerings()) {
        if (o.pricing().isPresent()
            && filter.allows(m, o)
            && fits(s, m, o)
            && m.capabilityTier().isAtLeast(tierOf(s))) {
          ids.add(m.id());
        }
      }
    }
    return ids;
  }

  /** The budgets a plan breaks, naming whose budget it is. */
  List<String> budgetBreaches(PlanSimulation plan) {
    List<String> out = new ArrayList<>();
    check(out, plan.perRun(), workflow.budget().perRun(), "a run", "the workflow's per-run budget");
    check(out, plan.perRun(), scope.budget().perRun(), "a run", "the scope's per-run budget");
    check(
        out,
        plan.perMonth(),
        workflow.budget().perMonth(),
        "a month",
        "the workflow's per-month budget");
    check(
        out, plan.perMonth(), scope.budget().perMonth(), "a month", "the scope's per-month budget");
    return out;
  }

  private static void check(
      List<String> out, Money cost, Optional<Money> budget, String per, String whose) {
    budget
        .filter(cost::isGreaterThan)
        .ifPresent(
            b ->
                out.add(
                    "the declared plan costs "
                        + cost.display()
                        + " "
                        + per
                        + ", over "
                        + whose
                        + " of "
                        + b.display()));
  }

  /** The budget a plan must fit per run, if any: the lower of the workflow's and the scope's. */
  Optional<Money> perRunBudget() {
    return min(workflow.budget().perRun(), scope.budget().perRun());
  }

  Optional<Money> perMonthBudget() {
    return min(workflow.budget().perMonth(), scope.budget().perMonth());
  }

  static Optional<Money> min(Optional<Money> a, Optional<Money> b) {
    if (a.isEmpty()) {
      return b;
    }
    if (b.isEmpty()) {
      return a;
    }
    return Optional.of(a.get().compareTo(b.get()) <= 0 ? a.get() : b.get());
  }

  boolean withinBudget(BigDecimal perRun) {
    Money run = Money.usd(perRun);
    if (perRunBudget().isPresent() && run.isGreaterThan(perRunBudget().get())) {
      return false;
    }
    return perMonthBudget().isEmpty()
        || !run.times(runsPerMonth).isGreaterThan(perMonthBudget().get());
  }

  /**
   * Quality: the strongest model per step, then, while the plan breaks a budget, the step whose
   * move to its next cheaper candidate saves the most moves down; a step never goes below its tier.
   */
  void fitQualityToBudget(Map<String, List<Priced>> ranking, Map<String, Priced> pick) {
    Map<String, Integer> index = new HashMap<>();
    pick.keySet().forEach(k -> index.put(k, 0));
    int guard = 0;
    int limit = ranking.values().stream().mapToInt(List::size).sum() + 1;
    while (!withinBudget(total(pick)) && guard++ < limit) {
      String bestStep = null;
      int bestIdx = -1;
      BigDecimal bestSaving = BigDecimal.ZERO;
      for (Map.Entry<String, Priced> e : pick.entrySet()) {
        List<Priced> list = ranking.get(e.getKey());
        int i = index.get(e.getKey());
        for (int j = i + 1; j < list.size(); j++) {
          BigDecimal saving = e.getValue().cost().subtract(list.get(j).cost());
          if (saving.signum() > 0) {
            if (saving.compareTo(bestSaving) > 0) {
              bestSaving = saving;
              bestStep = e.getKey();
              bestIdx = j;
            }
            break;
          }
        }
      }
      if (bestStep == null) {
        break;
      }
      index.put(bestStep, bestIdx);
      pick.put(bestStep, ranking.get(bestStep).get(bestIdx));
    }
  }

  static BigDecimal total(Map<String, Priced> pick) {
    return pick.values().stream().map(Priced::cost).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  void reportInfeasible(Map<CostMode, Map<String, Priced>> picks) {
    for (Step s : workflow.steps()) {
      if (s.kind() != StepKind.LLM) {
        continue;
      }
      List<String> missing = new ArrayList<>();
      for (CostMode m : CostMode.values()) {
        if (!picks.get(m).containsKey(s.id())) {
          missing.add(m.id());
        }
      }
      if (!missing.isEmpty()) {
        // a warning when the workflow's own mode is affected; otherwise information only
        CostMode own = scope.mode().or(workflow::mode).orElse(CostMode.BALANCED);
        Diagnostic d =
            Diagnostic.of(
                SimulationRule.NO_MODEL_IN_SCOPE,
                at(s),
                "No model the scope allows meets step '"
                    + s.id()
                    + "' ("
                    + tierOf(s).id()
                    + " tier) in mode "
                    + String.join(", ", missing)
                    + ".",
                "Enable more channels or loosen the gates; open_source needs an open-weights model of the step's tier.");
        diagnostics.add(
            missing.contains(own.id())
                ? d
                : ai.cromus.core.diagnostic.ImmutableDiagnostic.copyOf(d)
                    .withSeverity(ai.cromus.core.diagnostic.Severity.INFO));
      }
    }
  }

  /**
   * The simulation of one step from its figures; {@code p} is its pick (null: none, or no model
   * step).
   */
  private StepSimulation stepSimulation(Step s, Priced p, Figures f) {
    var b =
        StepSimulation.builder()
            .stepId(s.id())
            .inputTokens(s.inputTokens().tokens())
            .outputTokens(s.outputTokens().tokens())
            .estimated(!s.inputTokens().declared() || !s.outputTokens().declared());
    // a pick's figures are shared by every plan that picks it: its notes are copied, never changed
    List<String> notes = f.allNotes();
    if (s.kind() == StepKind.LLM) {
      b.requiredTier(tierOf(s));
      if (p != null) {
        b.model(p.model.id())
            .modelOrigin(p.origin)
            .channel(p.offering.channel())
            .badge(p.offering.badge());
      }
      if (!s.inputTokens().declared() || !s.outputTokens().declared()) {
        notes.add(
            "token sizes estimated ("
                + (s.inputTokens().declared()
                    ? s.outputTokens().method()
                    : s.inputTokens().method())
                + ")");
      }
    }
    return b.reasoningTokens(f.reasoning)
        .cost(Money.usd(f.cost))
        .retryCost(Money.usd(f.retryCost))
        .latencySeconds(f.latency)
        .failureProbability(f.failure)
        .batch(f.batch)
        .cached(f.cached)
        .expectedCalls(f.calls)
        .addAllNotes(notes)
        .build();
  }

  /** A plan from one pick per model step. */
  PlanSimulation plan(Optional<CostMode> mode, Map<String, Priced> pick) {
    int n = firsts.size();
    List<StepSimulation> out = new ArrayList<>(n);
    BigDecimal[] latency = new BigDecimal[n];
    BigDecimal total = BigDecimal.ZERO;
    BigDecimal ok = BigDecimal.ONE;
    BigDecimal serial = BigDecimal.ZERO;
    List<String> problems = new ArrayList<>();
    boolean feasible = true;
    if (nonModelSteps == null) {
      nonModelSteps = new StepSimulation[n];
      nonModelFigures = new Figures[n];
    }
    InOrder<Priced> picked = new InOrder<>(pick);
    for (int i = 0; i < n; i++) {
      Step s = firsts.get(i);
      Figures f;
      StepSimulation built;
      if (s.kind() == StepKind.LLM) {
        Priced p = picked.get(s.id());
        if (p == null) {
          feasible = false;
          problems.add(
              "step '"
                  + s.id()
                  + "': no model the scope allows meets its "
                  + tierOf(s).id()
                  + " tier");
          f = new Figures();
          f.notes.add("infeasible: no allowed model");
          built = stepSimulation(s, null, f);
        } else {
          f = p.figures();
          if (!f.priced) {
            feasible = false;
            problems.add("step '" + s.id() + "': " + p.model.id() + " has no token prices");
          }
          // the same pick in several plans is the same step simulation (it is immutable)
          if (p.built == null) {
            p.built = stepSimulation(s, p, f);
          }
          built = p.built;
        }
      } else {
        if (nonModelFigures[i] == null) {
          nonModelFigures[i] = nonModel(s);
          nonModelSteps[i] = stepSimulation(s, null, nonModelFigures[i]);
        }
        f = nonModelFigures[i];
        built = nonModelSteps[i];
      }
      total = total.add(f.cost);
      ok = ok.multiply(BigDecimal.ONE.subtract(f.failure), MC);
      serial = serial.add(f.latency);
      latency[i] = f.latency;
      out.add(built);
    }
    Money perRun = Money.usd(total);
    Money perMonth = perRun.times(runsPerMonth);
    String who = mode.map(m -> "mode " + m.id()).orElse("the declared plan");
    perRunBudget()
        .filter(perRun::isGreaterThan)
        .ifPresent(
            bud ->
                problems.add(
                    who
                        + " costs "
                        + perRun.display()
                        + " a run, over the per-run budget of "
                        + bud.display()));
    perMonthBudget()
        .filter(perMonth::isGreaterThan)
        .ifPresent(
            bud ->
                problems.add(
                    who
                        + " costs "
                        + perMonth.display()
                        + " a month, over the per-month budget of "
                        + bud.display()));
    return PlanSimulation.builder()
        .mode(mode)
        .perRun(perRun)
        .perMonth(perMonth)
        .latencySeconds(criticalPath(latency))
        .serialLatencySeconds(serial)
        .failureRisk(BigDecimal.ONE.subtract(ok, MC).max(BigDecimal.ZERO))
        .addAllSteps(out)
        .feasible(feasible)
        .addAllProblems(problems)
        .build();
  }

  /**
   * The longest path through the dependency graph, each step weighted by its latency; edges that
   * close a cycle are ignored (the graph check reports cycles).
   */
  public static BigDecimal criticalPath(Workflow workflow, Map<String, BigDecimal> latency) {
    return new CriticalPath(workflow, latency.keySet()).longest(latency);
  }

  /** The critical path of a plan, from the latency of each step in {@link #firsts} order. */
  private BigDecimal criticalPath(BigDecimal[] latency) {
    return paths().longest(latency);
  }

  /** Every plan covers the same steps: the graph is built once, with every step a node. */
  private CriticalPath paths() {
    if (paths == null) {
      paths = new CriticalPath(workflow, firstIndex.keySet());
    }
    return paths;
  }

  List<MatrixCell> matrix(
      Map<CostMode, Map<String, Ranking>> rankings,
      Map<CostMode, TierSums> sums,
      List<EcosystemTier> enabled) {
    List<MatrixCell> cells = new ArrayList<>();
    for (EcosystemTier tier : enabled) {
      for (CostMode mode : CostMode.values()) {
        boolean feasible = true;
        BigDecimal sum = BigDecimal.ZERO;
        // the whole restricted ranking is needed only to fit the quality plan to a budget
        boolean fit =
            mode == CostMode.QUALITY
                && (perRunBudget().isPresent() || perMonthBudget().isPresent());
        if (fit) {
          Map<String, Priced> pick = new LinkedHashMap<>();
          Map<String, List<Priced>> ranked = new LinkedHashMap<>();
          for (Map.Entry<String, Ranking> e : rankings.get(mode).entrySet()) {
            List<Priced> list = restrict(mode, e.getValue().whole, p -> p.offering.tier() == tier);
            ranked.put(e.getKey(), list);
            if (list.isEmpty()) {
              feasible = false;
            } else {
              pick.put(e.getKey(), list.get(0));
            }
          }
          fitQualityToBudget(ranked, pick);
          sum = total(pick);
        } else {
          TierSums row = sums.get(mode);
          feasible = !row.missing[tier.ordinal()];
          sum = row.sums[tier.ordinal()];
        }
        Money perRun = feasible ? Money.usd(sum) : Money.ZERO;
        cells.add(
            MatrixCell.builder()
                .tier(tier)
                .mode(mode)
                .perRun(perRun)
                .perMonth(perRun.times(runsPerMonth))
                .feasible(feasible)
                .build());
      }
    }
    return cells;
  }

  /**
   * The ranking of a subset, from the ranking of the whole: filtering keeps a total order; for the
   * tier-bound policies (balanced, open_source) the lowest capability tier left goes first, each
   * part keeping its order — the same list {@link #rank} would give for the subset.
   */
  static List<Priced> restrict(CostMode mode, List<Priced> ranked, Predicate<Priced> keep) {
    List<Priced> kept = new ArrayList<>(ranked.size());
    for (Priced p : ranked) {
      if (keep.test(p)) {
        kept.add(p);
      }
    }
    if (mode != CostMode.BALANCED && mode != CostMode.OPEN_SOURCE || kept.isEmpty()) {
      return kept;
    }
    CapabilityTier lowest = lowestTier(kept);
    List<Priced> out = new ArrayList<>(kept.size());
    for (Priced p : kept) {
      if (p.model.capabilityTier() == lowest) {
        out.add(p);
      }
    }
    for (Priced p : kept) {
      if (p.model.capabilityTier() != lowest) {
        out.add(p);
      }
    }
    return out;
  }

  /**
   * The first entry of {@code restrict(mode, ranked, on tier)} without building the list: the first
   * on the tier, or for balanced and open_source the first on the tier whose capability tier is the
   * lowest on the tier; null when none is on the tier.
   */
  static Priced firstOnTier(CostMode mode, List<Priced> ranked, EcosystemTier tier) {
    boolean byLowest = mode == CostMode.BALANCED || mode == CostMode.OPEN_SOURCE;
    Priced first = null;
    for (Priced p : ranked) {
      if (p.offering.tier() != tier) {
        continue;
      }
      if (!byLowest) {
        return p;
      }
      if (first == null || p.model.capabilityTier().compareTo(first.model.capabilityTier()) < 0) {
        first = p;
      }
    }
    return first;
  }

  /** The lowest capability tier of a non-empty list. */
  static CapabilityTier lowestTier(List<Priced> list) {
    CapabilityTier lowest = list.get(0).model.capabilityTier();
    for (Priced p : list) {
      if (p.model.capabilityTier().compareTo(lowest) < 0) {
        lowest = p.model.capabilityTier();
      }
    }
    return lowest;
  }

  Baseline baseline(PlanSimulation declared) {
    var a = scope.assumptions();
    Money review = a.hourlyRate().times(a.reviewHoursPerRun()).times(runsPerMonth);
    Money correction = a.correctionCost().times(declared.failureRisk()).times(runsPerMonth);
    Money total =
        declared
            .perMonth()
            .plus(review)
            .plus(correction)
            .plus(a.maintenancePerMonth())
            .plus(a.monitoringPerMonth());
    return Baseline.builder()
        .apiPerMonth(declared.perMonth())
        .humanReviewPerMonth(review)
        .errorCorrectionPerMonth(correction)
        .maintenancePerMonth(a.maintenancePerMonth())
        .monitoringPerMonth(a.monitoringPerMonth())
        .totalPerMonth(total)
        .build();
  }

  List<Recommendation> recommendations(
      Map<CostMode, Map<String, Ranking>> rankings,
      Map<CostMode, Map<String, Priced>> picks,
      PlanSimulation declared) {
    List<Recommendation> out = new ArrayList<>();
    List<StepSimulation> declaredSteps = declared.steps(); // in the order of firsts
    for (CostMode mode : CostMode.values()) {
      InOrder<Priced> picked = new InOrder<>(picks.get(mode));
      for (Map.Entry<String, Ranking> e : rankings.get(mode).entrySet()) {
        Priced chosen = picked.get(e.getKey());
        if (chosen == null) {
          continue;
        }
        Ranking ranking = e.getValue();
        Step s = firsts.get(ranking.at);
        // a quality pick moved to fit a budget has alternatives of its own
        List<Alternative> alts = new ArrayList<>();
        for (Priced p :
            chosen == ranking.pick ? ranking.alternatives : alternatives(chosen, ranking.whole)) {
          alts.add(
              Alternative.builder()
                  .model(p.model.id())
                  .channel(p.offering.channel())
                  .badge(p.offering.badge())
                  .perRun(Money.usd(p.cost()))
                  .build());
        }
        Money cost = Money.usd(chosen.cost());
        Money saving = declaredSteps.get(ranking.at).cost().minus(cost);
        out.add(
            Recommendation.builder()
                .stepId(s.id())
                .mode(mode)
                .model(chosen.model.id())
                .channel(chosen.offering.channel())
                .badge(chosen.offering.badge())
                .addAllReasons(reasons(s, mode, chosen, ranking.size))
                .addAllAlternatives(alts)
                .perRun(cost)
                .savingPerRun(saving)
                .savingPerMonth(saving.times(runsPerMonth))
                .requiredTier(tierOf(s))
                .build());
      }
    }
    return out;
  }

  List<String> reasons(Step s, CostMode mode, Priced p, int count) {
    List<String> r = new ArrayList<>();
    StepTiers.Classified c = tiers.get(s.id());
    r.add(
        "the step needs "
            + c.tier.id()
            + " ("
            + c.reason
            + "); "
            + p.model.id()
            + " is "
            + p.model.capabilityTier().id());
    switch (mode) {
      case ECO:
        r.add(
            "eco: the cheapest of "
                + count
                + " allowed offerings that meet the tier, with batch and caching where the step permits");
        break;
      case COST:
        r.add(
            "cost: the cheapest of "
                + count
                + " allowed offerings that meet the tier, at interactive prices");
        break;
      case BALANCED:
        r.add(
            "balanced: the best quality per dollar at the step's tier (quality "
                + quality(p.model).toPlainString()
                + (p.model.quality().isPresent()
                    ? ", " + p.model.quality().get().source()
                    : ", tier default")
                + ")");
        break;
      case QUALITY:
        r.add(
            "quality: the strongest allowed model"
                + (perRunBudget().isPresent() || perMonthBudget().isPresent()
                    ? " that keeps the plan within budget where possible"
                    : ""));
        break;
      default:
        r.add(
            "open_source: open weights ("
                + p.model.license()
                + "), best quality per dollar at the step's tier");
    }
    r.add(p.offering.badge().label());
    if (!scope.tiers().isEmpty()) {
      int rank = filter.tierRank(p.offering.tier());
      r.add(
          rank < scope.tiers().size()
              ? "ecosystem tier " + p.offering.tier().id() + " is preference #" + (rank + 1)
              : "ecosystem tier " + p.offering.tier().id() + " is not among the preferred tiers");
    }
    if (!scope.gates().allow().isEmpty()
        || !scope.gates().deny().isEmpty()
        || !scope.gates().require().isEmpty()) {
      r.add("passes the scope's gates");
    }
    if (p.figures().batch) {
      r.add("batch prices (the step allows batch)");
    }
    if (p.figures().cached) {
      r.add("prompt cache for the step's prefix");
    }
    return r;
  }
}
