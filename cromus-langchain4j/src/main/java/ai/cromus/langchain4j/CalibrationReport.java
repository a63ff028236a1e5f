package ai.cromus.langchain4j;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import ai.cromus.core.CompileResult;
import ai.cromus.core.money.Money;
import ai.cromus.core.simulation.PlanSimulation;
import ai.cromus.core.simulation.StepSimulation;
import ai.cromus.core.workflow.Step;
import ai.cromus.langchain4j.internal.AgenticReader;
import ai.cromus.langchain4j.internal.Reports;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * How far a prediction was from what runs really spent: per step and per run, tokens and dollars,
 * predicted against actual, with the ratio that tells a team how far its estimates are off. {@link
 * #observedSizes()} turns what was observed into sizes for the next prediction.
 *
 * <pre>{@code
 * CalibrationReport report = spend.calibration();
 * System.out.println(report.toText());
 * CompileResult next = CromusAgentic.compile(engine, system, scope, report.observedOptions());
 * }</pre>
 *
 * <p>Per-run figures are means over the observed (finished) runs; the actual cost per run is the
 * exact sum of the steps' means. Ratios are kept to six decimals (HALF_EVEN) and shown with two.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCalibrationReport.class)
@JsonDeserialize(as = ImmutableCalibrationReport.class)
@API(status = EXPERIMENTAL, since = "0.1")
public interface CalibrationReport {
  /** The workflow the prediction was for. */
  String workflow();

  /** The catalog the prediction and the prices used. */
  Optional<String> catalogVersion();

  /** How many finished runs were observed. */
  int runsObserved();

  /** Per step, in workflow order (model steps only), then {@code (other)} when some calls were. */
  List<StepCalibration> steps();

  /** Per observed run, oldest first. */
  List<RunCalibration> runs();

  /** The declared plan's cost per run. */
  Money predictedPerRun();

  /** The mean spend per run (the sum of the steps' means); zero when no run was observed. */
  Money actualPerRun();

  /** Actual per run divided by predicted per run. */
  Optional<BigDecimal> costRatio();

  /**
   * Observed sizes of one call, per agent name (the mean over every observed call, rounded up to
   * whole tokens), ready for {@link CromusAgentic#sizes(Map)}.
   */
  Map<String, AgentSizes> observedSizes();

  /** Options stating {@link #observedSizes()}, for the next prediction. */
  default AgenticOptions observedOptions() {
    return AgenticOptions.builder().sizes(observedSizes()).build();
  }

  /** {@link #observedSizes()} as a sizes file ({@link AgenticOptions#fromSizesFile}). */
  default String sizesYaml() {
    StringBuilder sb = new StringBuilder("# observed sizes of one call, per agent name\n");
    for (Map.Entry<String, AgentSizes> e : observedSizes().entrySet()) {
      sb.append(yamlKey(e.getKey()))
          .append(": {input: ")
          .append(e.getValue().inputTokens().orElse(0))
          .append(", output: ")
          .append(e.getValue().outputTokens().orElse(0))
          .append("}\n");
    }
    return sb.toString();
  }

  private static String yamlKey(String key) {
    return key.matches("[A-Za-z0-9_][A-Za-z0-9_ .-]*") && !key.endsWith(" ")
        ? key
        : "\"" + key.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  /** The report as a table, for people. Deterministic. */
  default String toText() {
    return Reports.calibration(this);
  }

  /**
   * Compares a prediction with observed runs.
   *
   * @param predicted the compile result of the agentic system (its declared plan)
   * @param runs the runs to observe, usually {@link CromusSpendListener#finishedRuns()}
   */
  static CalibrationReport of(CompileResult predicted, List<RunSpend> runs) {
    Objects.requireNonNull(predicted, "predicted must not be null");
    Objects.requireNonNull(runs, "runs must not be null");
    int n = runs.size();
    BigDecimal count = BigDecimal.valueOf(Math.max(1, n));
    Map<String, Step> steps = new LinkedHashMap<>();
    predicted.workflow().steps().forEach(s -> steps.put(s.id(), s));
    Optional<PlanSimulation> plan = predicted.simulation().map(sim -> sim.declared());

    // actual totals per step over every run
    Map<String, long[]> tokens = new LinkedHashMap<>();
    Map<String, Money> costs = new HashMap<>();
    Map<String, long[]> perAgent = new LinkedHashMap<>();
    List<RunCalibration> perRun = new ArrayList<>();
    Money predictedPerRun = plan.map(PlanSimulation::perRun).orElse(Money.ZERO);
    for (RunSpend r : runs) {
      long in = 0;
      long out = 0;
      for (CallRecord c : r.calls()) {
        String step = c.stepId().filter(steps::containsKey).orElse("(other)");
        long[] t = tokens.computeIfAbsent(step, k -> new long[3]);
        t[0]++;
        t[1] += c.inputTokens();
        t[2] += c.outputTokens();
        costs.merge(step, c.cost().orElse(Money.ZERO), Money::plus);
        long[] a = perAgent.computeIfAbsent(c.agent(), k -> new long[3]);
        a[0]++;
        a[1] += c.inputTokens();
        a[2] += c.outputTokens();
        in += c.inputTokens();
        out += c.outputTokens();
      }
      perRun.add(
          RunCalibration.builder()
              .run(r.id())
              .calls(r.calls().size())
              .inputTokens(in)
              .outputTokens(out)
              .predicted(predictedPerRun)
              .actual(r.total())
              .unpricedCalls(r.unpricedCalls())
              .ratio(ratio(r.total().amount(), predictedPerRun.amount()))
              .build());
    }

    List<StepCalibration> rows = rows(plan, steps, tokens, costs, count, n);
    Money actualPerRun = Money.ZERO;
    for (StepCalibration row : rows) {
      actualPerRun = actualPerRun.plus(row.actualCost());
    }
    Map<String, AgentSizes> sizes = observedSizes(perAgent);

    return ImmutableCalibrationReport.builder()
        .workflow(predicted.workflow().name())
        .catalogVersion(predicted.catalogVersion())
        .runsObserved(n)
        .steps(rows)
        .runs(perRun)
        .predictedPerRun(predictedPerRun)
        .actualPerRun(actualPerRun)
        .costRatio(
            n == 0 ? Optional.empty() : ratio(actualPerRun.amount(), predictedPerRun.amount()))
        .observedSizes(sizes)
        .build();
  }

  /** One row per step of the declared plan, then per other step observed, with its figures. */
  private static List<StepCalibration> rows(
      Optional<PlanSimulation> plan,
      Map<String, Step> steps,
      Map<String, long[]> tokens,
      Map<String, Money> costs,
      BigDecimal count,
      int n) {
    List<StepCalibration> rows = new ArrayList<>();
    List<String> order = new ArrayList<>();
    plan.ifPresent(p -> p.steps().forEach(s -> order.add(s.stepId())));
    for (String id : tokens.keySet()) {
      if (!order.contains(id)) {
        order.add(id);
      }
    }
    for (String id : order) {
      Optional<StepSimulation> sim = plan.flatMap(p -> p.step(id));
      Optional<Step> step = Optional.ofNullable(steps.get(id));
      boolean observed = tokens.containsKey(id);
      boolean predictedCalls =
          sim.map(s -> s.expectedCalls().signum() > 0 || s.model().isPresent()).orElse(false);
      if (!observed && !predictedCalls) {
        continue;
      }
      BigDecimal calls = sim.map(StepSimulation::expectedCalls).orElse(BigDecimal.ZERO);
      BigDecimal pIn =
          sim.map(s -> BigDecimal.valueOf(s.inputTokens()).multiply(calls)).orElse(BigDecimal.ZERO);
      BigDecimal pOut =
          sim.map(s -> BigDecimal.valueOf(s.outputTokens() + s.reasoningTokens()).multiply(calls))
              .orElse(BigDecimal.ZERO);
      Money pCost = sim.map(StepSimulation::cost).orElse(Money.ZERO);
      long[] t = tokens.getOrDefault(id, new long[3]);
      BigDecimal aCalls = mean(t[0], count, n);
      BigDecimal aIn = mean(t[1], count, n);
      BigDecimal aOut = mean(t[2], count, n);
      Money aCost =
          n == 0
              ? Money.ZERO
              : Money.usd(
                  costs
                      .getOrDefault(id, Money.ZERO)
                      .amount()
                      .divide(count, MathContext.DECIMAL128));
      rows.add(
          StepCalibration.builder()
              .stepId(id)
              .agent(step.map(s -> s.extra().get(AgenticReader.EXTRA_AGENT)))
              .model(sim.flatMap(StepSimulation::model))
              .predictedCalls(calls)
              .actualCalls(aCalls)
              .predictedInputTokens(pIn)
              .actualInputTokens(aIn)
              .predictedOutputTokens(pOut)
              .actualOutputTokens(aOut)
              .predictedCost(pCost)
              .actualCost(aCost)
              .inputRatio(n == 0 ? Optional.empty() : ratio(aIn, pIn))
              .outputRatio(n == 0 ? Optional.empty() : ratio(aOut, pOut))
              .costRatio(n == 0 ? Optional.empty() : ratio(aCost.amount(), pCost.amount()))
              .build());
    }
    return rows;
  }

  /** The mean sizes per call of each named agent, rounded up. */
  private static Map<String, AgentSizes> observedSizes(Map<String, long[]> perAgent) {
    Map<String, AgentSizes> sizes = new LinkedHashMap<>();
    for (Map.Entry<String, long[]> e : perAgent.entrySet()) {
      long[] a = e.getValue();
      if (a[0] == 0 || e.getKey().startsWith("(")) {
        continue;
      }
      sizes.put(e.getKey(), AgentSizes.of(ceilDiv(a[1], a[0]), ceilDiv(a[2], a[0])));
    }
    return sizes;
  }

  private static BigDecimal mean(long total, BigDecimal count, int n) {
    if (n == 0) {
      return BigDecimal.ZERO;
    }
    BigDecimal m =
        BigDecimal.valueOf(total).divide(count, MathContext.DECIMAL128).stripTrailingZeros();
    return m.scale() < 0 ? m.setScale(0) : m;
  }

  private static Optional<BigDecimal> ratio(BigDecimal actual, BigDecimal predicted) {
    if (predicted.signum() == 0) {
      return Optional.empty();
    }
    return Optional.of(
        actual.divide(predicted, MathContext.DECIMAL64).setScale(6, RoundingMode.HALF_EVEN));
  }

  private static long ceilDiv(long a, long b) {
    return (a + b - 1) / b;
  }
}
