package ai.cromus.core.internal.croms;

import ai.cromus.core.croms.CromsDimension;
import ai.cromus.core.croms.CromsFinding;
import ai.cromus.core.croms.CromsRule;
import ai.cromus.core.croms.FindingSeverity;
import ai.cromus.core.money.Money;
import ai.cromus.core.simulation.StepSimulation;
import ai.cromus.core.workflow.Step;
import ai.cromus.core.workflow.StepKind;
import ai.cromus.core.workflow.ValidationMethod;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Failure findings: a model step with structured output and no validation, or no retry ({@code
 * CROMS-FAILURE-UNVALIDATED-OUTPUT}). With validation and one retry its failure falls from f to f²
 * at the price of f retries; what is at stake when it fails is the declared cost of every step
 * downstream of it plus the scope's correction cost.
 */
final class FailureFindings implements FindingFamily {
  @Override
  public List<CromsFinding> find(CromsInput in) {
    List<Integer> found = new ArrayList<>();
    for (int i = 0; i < in.steps().size(); i++) {
      Step s = in.steps().get(i);
      if (s.kind() == StepKind.LLM
          && s.structuredOutput()
          && !(validated(s) && retried(s))
          && in.declaredSteps().get(i).isPresent()) {
        found.add(i);
      }
    }
    if (found.isEmpty()) {
      return List.of();
    }
    Downstream downstream = downstream(in, found);
    List<CromsFinding> out = new ArrayList<>();
    for (int k = 0; k < found.size(); k++) {
      out.add(unvalidated(in, found.get(k), downstream.costs.get(k), downstream.feedsModel.get(k)));
    }
    return out;
  }

  /** For each step asked about: the declared cost downstream of it, and whether a model step is. */
  private record Downstream(List<BigDecimal> costs, List<Boolean> feedsModel) {}

  private static Downstream downstream(CromsInput in, List<Integer> asked) {
    int n = in.steps().size();
    BigDecimal[] amounts = new BigDecimal[n];
    boolean[] model = new boolean[n];
    int[][] dependents = new int[n][];
    for (int i = 0; i < n; i++) {
      amounts[i] = in.stepCost(i).amount();
      model[i] = in.steps().get(i).kind() == StepKind.LLM;
      dependents[i] = in.dependents().get(i).stream().mapToInt(Integer::intValue).toArray();
    }
    int[] queries = asked.stream().mapToInt(Integer::intValue).toArray();
    DownstreamSums sums = DownstreamSums.compute(dependents, amounts, model, queries);
    List<BigDecimal> costs = new ArrayList<>();
    List<Boolean> feeds = new ArrayList<>();
    for (int k = 0; k < queries.length; k++) {
      if (sums != null) {
        costs.add(sums.sums[k]);
        feeds.add(sums.flagged[k]);
        continue;
      }
      // a cycle, or amounts beyond a long: walk this step's downstream and add exactly
      BigDecimal cost = BigDecimal.ZERO;
      boolean feedsModel = false;
      for (int i : walk(dependents, queries[k])) {
        cost = cost.add(amounts[i]);
        feedsModel |= model[i];
      }
      costs.add(cost);
      feeds.add(feedsModel);
    }
    return new Downstream(costs, feeds);
  }

  /** The steps downstream of {@code start} (not itself), breadth first. */
  static List<Integer> walk(int[][] dependents, int start) {
    boolean[] seen = new boolean[dependents.length];
    List<Integer> order = new ArrayList<>();
    ArrayDeque<Integer> pending = new ArrayDeque<>();
    pending.add(start);
    while (!pending.isEmpty()) {
      for (int d : dependents[pending.poll()]) {
        if (!seen[d]) {
          seen[d] = true;
          pending.add(d);
          if (d != start) {
            order.add(d);
          }
        }
      }
    }
    return order;
  }

  private static CromsFinding unvalidated(
      CromsInput in, int at, BigDecimal downstreamCost, boolean feedsModel) {
    Step s = in.steps().get(at);
    StepSimulation ss = in.declaredSteps().get(at).orElseThrow();
    BigDecimal f = ss.failureProbability();
    BigDecimal atStake = downstreamCost.add(in.scope().assumptions().correctionCost().amount());
    BigDecimal perRun =
        f.subtract(f.multiply(f))
            .multiply(atStake)
            .subtract(f.multiply(ss.cost().amount()))
            .max(BigDecimal.ZERO);
    Money perMonth = Money.usd(perRun).times(in.runs());
    String missing =
        !validated(s) && !retried(s)
            ? "no validation and no retry"
            : !validated(s) ? "no validation" : "no retry";
    return FindingFamily.finding(
            CromsRule.FAILURE_UNVALIDATED_OUTPUT,
            Optional.of(CromsDimension.FAILURE),
            feedsModel || !in.dependents().get(at).isEmpty()
                ? FindingSeverity.HIGH
                : FindingSeverity.MODERATE,
            List.of(s.id()))
        .usdPerMonth(perMonth)
        .message(
            "Step '"
                + s.id()
                + "' returns structured output with "
                + missing
                + ": a malformed answer ("
                + f.multiply(BigDecimal.valueOf(100))
                    .setScale(2, RoundingMode.HALF_EVEN)
                    .toPlainString()
                + " % of runs) flows into the steps after it.")
        .fix("Add 'validate: json-schema' and 'retry: 1' (or more) to step '" + s.id() + "'.")
        .build();
  }

  private static boolean validated(Step s) {
    return s.validation().isPresent() && s.validation().get() != ValidationMethod.NONE;
  }

  private static boolean retried(Step s) {
    return s.retries().isPresent() && s.retries().getAsInt() > 0;
  }
}
