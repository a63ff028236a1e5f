package ai.cromus.cli.internal;

import ai.cromus.core.CompileResult;
import ai.cromus.core.croms.Croms;
import ai.cromus.core.croms.CromsDimension;
import ai.cromus.core.croms.CromsFinding;
import ai.cromus.core.diagnostic.SourceLocation;
import ai.cromus.core.money.Money;
import ai.cromus.core.report.TerminalText;
import ai.cromus.core.scope.Budget;
import ai.cromus.core.simulation.CostMode;
import ai.cromus.core.simulation.MatrixCell;
import ai.cromus.core.simulation.ModelOrigin;
import ai.cromus.core.simulation.PlanSimulation;
import ai.cromus.core.simulation.Recommendation;
import ai.cromus.core.simulation.Simulation;
import ai.cromus.core.simulation.StepSimulation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The simulation, budget, recommendation and Croms sections of the text report, as tables. Amounts
 * a run show {@value Money#DISPLAY_SCALE} decimals and amounts a month 2, each with two significant
 * digits where those decimals would show fewer ({@link Money#display(int)}); long text wraps, never
 * cut.
 */
public final class SimulationText {
  /** Lines of the report wrap at this width where a long text allows. */
  public static final int WIDTH = 100;

  private SimulationText() {}

  /** The sections, empty when the result has no simulation. */
  public static List<String> sections(CompileResult r) {
    List<String> out = new ArrayList<>();
    if (r.simulation().isEmpty()) {
      return out;
    }
    Simulation s = r.simulation().get();
    out.add(plans(s));
    LoopText.section(s).ifPresent(out::add);
    budget(r).ifPresent(out::add);
    out.add(steps(s.declared()));
    out.add(matrix(s));
    out.add(recommendations(r));
    r.croms().ifPresent(c -> out.add(croms(c)));
    return out;
  }

  static String seconds(BigDecimal b) {
    return b.setScale(1, RoundingMode.HALF_EVEN).toPlainString() + " s";
  }

  static String percent(BigDecimal p) {
    return p.movePointRight(2).setScale(2, RoundingMode.HALF_EVEN).toPlainString() + " %";
  }

  /** An amount a month: {@code $1028.07}, {@code $0.0051}. */
  static String month(Money m) {
    return m.display(2);
  }

  static String plans(Simulation s) {
    TextTable t =
        new TextTable("plan", ">per run", ">per month", ">latency", ">serial", ">failure", "note");
    row(t, "declared", s.declared());
    for (CostMode m : CostMode.values()) {
      if (s.modes().containsKey(m)) {
        row(t, m.id(), s.modes().get(m));
      }
    }
    StringBuilder sb =
        new StringBuilder("Simulation  (USD; ")
            .append(String.format(Locale.ROOT, "%,d", s.runsPerMonth()))
            .append(" runs a month)\n")
            .append(t.render("  "));
    for (String same : samePlans(s)) {
      sb.append(wrapped("  ", same));
    }
    return sb.toString();
  }

  private static void row(TextTable t, String name, PlanSimulation p) {
    if (!p.feasible()) {
      t.row(name, "-", "-", "-", "-", "-", "infeasible");
      return;
    }
    t.row(
        name,
        p.perRun().display(),
        month(p.perMonth()),
        seconds(p.latencySeconds()),
        seconds(p.serialLatencySeconds()),
        percent(p.failureRisk()),
        p.problems().isEmpty() ? "" : "over budget");
  }

  /** The models of a plan, step by step: two plans with the same are the same plan. */
  private static List<String> picks(PlanSimulation p) {
    List<String> out = new ArrayList<>();
    for (StepSimulation s : p.steps()) {
      out.add(s.model().orElse("-") + "@" + s.channel().orElse("-") + (s.batch() ? "+batch" : ""));
    }
    return out;
  }

  /**
   * Why modes that pick the same models do: each group of modes with identical picks, and the
   * reason their policies agree on this workflow.
   */
  static List<String> samePlans(Simulation s) {
    Map<List<String>, List<CostMode>> groups = new LinkedHashMap<>();
    for (CostMode m : CostMode.values()) {
      PlanSimulation p = s.modes().get(m);
      if (p != null && p.feasible()) {
        groups.computeIfAbsent(picks(p), k -> new ArrayList<>()).add(m);
      }
    }
    List<String> out = new ArrayList<>();
    for (List<CostMode> g : groups.values()) {
      if (g.size() < 2) {
        continue;
      }
      List<String> why = new ArrayList<>();
      if (g.contains(CostMode.ECO) && g.contains(CostMode.COST)) {
        why.add(
            "eco is cost with batch prices and warm caches, and no step of this plan gets either"
                + " (batch needs 'batch: allowed', caching a 'cache:' prefix that stays warm)");
      }
      if (g.contains(CostMode.COST) && g.contains(CostMode.BALANCED)) {
        why.add(
            "for each step the cheapest allowed model of its tier is also the best quality per"
                + " dollar");
      }
      if (g.contains(CostMode.BALANCED) && g.contains(CostMode.OPEN_SOURCE)) {
        why.add(
            "open_source is the balanced policy over open-weights models, and the balanced"
                + " choices are open-weights already");
      }
      if (g.contains(CostMode.QUALITY)) {
        why.add(
            "quality takes the strongest allowed model of each step's tier, stepped down to fit"
                + " the budget, and lands on the same models");
      }
      List<String> ids = new ArrayList<>();
      g.forEach(m -> ids.add(m.id()));
      out.add(
          String.join(", ", ids)
              + " pick the same models"
              + (why.isEmpty() ? "." : ": " + String.join("; ", why) + "."));
    }
    return out;
  }

  /**
   * The budgets in force (the workflow's and the scope's; per run the lower one binds) and the
   * headroom the declared plan leaves under each: where the verdict's budget check comes from.
   */
  static Optional<String> budget(CompileResult r) {
    Budget wb = r.workflow().budget();
    Budget sb = r.scope().budget();
    if (wb.isEmpty() && sb.isEmpty()) {
      return Optional.empty();
    }
    PlanSimulation declared = r.simulation().get().declared();
    TextTable t = new TextTable("budget", ">limit", ">declared plan", ">headroom", "declared in");
    budgetRow(t, "workflow, a run", wb.perRun(), wb.perRunLocation(), declared.perRun(), 4);
    budgetRow(t, "workflow, a month", wb.perMonth(), wb.perMonthLocation(), declared.perMonth(), 2);
    budgetRow(t, "scope, a run", sb.perRun(), sb.perRunLocation(), declared.perRun(), 4);
    budgetRow(t, "scope, a month", sb.perMonth(), sb.perMonthLocation(), declared.perMonth(), 2);
    return Optional.of(
        "Budget in force  (the declared plan is checked against each; a negative headroom fails"
            + " the verdict)\n"
            + t.render("  "));
  }

  private static void budgetRow(
      TextTable t,
      String which,
      Optional<Money> limit,
      Optional<SourceLocation> at,
      Money cost,
      int decimals) {
    if (limit.isEmpty()) {
      return;
    }
    Money headroom = limit.get().minus(cost);
    t.row(
        which,
        limit.get().display(decimals),
        cost.display(decimals),
        (headroom.isNegative()
            ? "over by " + headroom.times(-1).display(decimals)
            : headroom.display(decimals)),
        at.map(l -> l.source() + ":" + l.line()).orElse("-"));
  }

  static String steps(PlanSimulation p) {
    TextTable t =
        new TextTable(
            "step", "model", "chosen by", "channel", "needs tier", ">per run", ">latency", "notes");
    Set<String> chooser = new LinkedHashSet<>();
    for (StepSimulation s : p.steps()) {
      if (s.model().isEmpty()) {
        continue;
      }
      List<String> flags = new ArrayList<>();
      if (s.estimated()) {
        flags.add("estimated tokens");
      }
      if (s.cached()) {
        flags.add("cached");
      }
      if (s.batch()) {
        flags.add("batch");
      }
      if (s.reasoningTokens() > 0) {
        flags.add(s.reasoningTokens() + " reasoning tok");
      }
      flags.addAll(LoopText.flags(s));
      String by = chosenBy(s, p);
      if (!by.equals("author")) {
        chooser.add(by);
      }
      t.row(
          s.stepId(),
          s.model().get(),
          by,
          s.channel().orElse("-"),
          s.requiredTier().map(x -> x.id()).orElse("-"),
          s.cost().display(),
          seconds(s.latencySeconds()),
          String.join(", ", flags));
    }
    String head =
        chooser.isEmpty()
            ? "Declared plan, model steps  (every model named by the author)\n"
            : "Declared plan, model steps  (models the author named; where a step names none, or"
                + " one the catalog lacks, Cromus chose it under the "
                + ModelOrigin.FALLBACK_MODE.id()
                + " policy; 'needs tier' is the step's required capability tier)\n";
    return head + t.wrapLast(WIDTH).render("  ");
  }

  /** {@code author}, or {@code Cromus (balanced)}: who chose a step's model in a plan. */
  static String chosenBy(StepSimulation s, PlanSimulation p) {
    Optional<ModelOrigin> o = s.modelOrigin();
    if (o.isEmpty() || o.get() == ModelOrigin.DECLARED) {
      return "author";
    }
    String mode = o.get().chosenUnder(p.mode()).map(CostMode::id).orElse("?");
    return o.get() == ModelOrigin.REPLACED
        ? "Cromus (" + mode + ", named model unknown)"
        : "Cromus (" + mode + ")";
  }

  static String matrix(Simulation s) {
    List<String> tiers = new ArrayList<>();
    for (MatrixCell c : s.matrix()) {
      if (!tiers.contains(c.tier().id())) {
        tiers.add(c.tier().id());
      }
    }
    List<String> headers = new ArrayList<>();
    headers.add("ecosystem tier");
    for (CostMode m : CostMode.values()) {
      headers.add(">" + m.id());
    }
    TextTable t = new TextTable(headers.toArray(new String[0]));
    for (String tier : tiers) {
      List<Object> row = new ArrayList<>();
      row.add(tier);
      for (CostMode m : CostMode.values()) {
        row.add(
            s.matrix().stream()
                .filter(c -> c.tier().id().equals(tier) && c.mode() == m)
                .findFirst()
                .map(c -> c.feasible() ? month(c.perMonth()) : "-")
                .orElse("-"));
      }
      t.row(row.toArray());
    }
    return "Cost per month by ecosystem tier and mode (USD; - where the scope leaves no model)\n"
        + t.render("  ");
  }

  /** {@code saves $12.30}, {@code costs $4.10 more} or {@code same}: never "saves -$4.10". */
  static String saving(Money perMonth) {
    if (perMonth.isZero()) {
      return "same";
    }
    return perMonth.isNegative()
        ? "costs " + month(perMonth.times(-1)) + " more"
        : "saves " + month(perMonth);
  }

  static String recommendations(CompileResult r) {
    CostMode mode = r.scope().mode().or(() -> r.workflow().mode()).orElse(CostMode.BALANCED);
    TextTable t =
        new TextTable("step", "model", "badge", ">per run", ">a month vs declared", "next best");
    for (Recommendation rec : r.recommendations(mode)) {
      t.row(
          rec.stepId(),
          rec.model(),
          rec.badge().label(),
          rec.perRun().display(),
          saving(rec.savingPerMonth()),
          String.join(
              ", ",
              rec.alternatives().stream()
                  .map(a -> a.model() + " (" + a.channel() + ")")
                  .toArray(String[]::new)));
    }
    String whose =
        r.scope().mode().isPresent()
            ? "the scope's"
            : r.workflow().mode().isPresent() ? "the workflow's" : "the default";
    return "Recommendations  (mode "
        + mode.id()
        + ", "
        + whose
        + ")\n"
        + (t.isEmpty() ? "  no model steps\n" : t.wrapLast(WIDTH).render("  "));
  }

  static String croms(Croms c) {
    StringBuilder sb =
        new StringBuilder("Croms  ")
            .append(c.total().toPlainString())
            .append(" (")
            .append(c.label().id())
            .append("), ethics multiplier ")
            .append(c.ethicsMultiplier().toPlainString())
            .append(", waste ")
            .append(month(c.wasteUsdPerMonth()))
            .append(" a month\n");
    TextTable d = new TextTable("dimension", ">weight", ">score");
    String[] weights = {"35%", "25%", "25%", "15%"};
    for (CromsDimension dim : CromsDimension.values()) {
      d.row(
          dim.id(),
          weights[dim.ordinal()],
          c.dimensions().getOrDefault(dim, BigDecimal.ZERO).toPlainString());
    }
    sb.append(d.render("  "));
    if (!c.findings().isEmpty()) {
      TextTable f = new TextTable("finding", "severity", "steps", ">a month", ">s/run", "fix");
      for (CromsFinding x : c.findings()) {
        f.row(
            x.kind(),
            x.severity().id(),
            String.join(", ", x.steps()),
            month(x.usdPerMonth()),
            x.secondsPerRun().toPlainString(),
            x.fix());
      }
      sb.append(f.wrapLast(WIDTH).render("  "));
    }
    return sb.toString();
  }

  /** {@code text} wrapped at {@link #WIDTH}, every line indented. */
  static String wrapped(String indent, String text) {
    StringBuilder sb = new StringBuilder();
    for (String l : TextTable.wrap(TerminalText.visible(text), WIDTH - indent.length())) {
      sb.append(indent).append(l).append('\n');
    }
    return sb.toString();
  }
}
