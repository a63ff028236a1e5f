package ai.cromus.core.internal.simulation.plan;

import ai.cromus.core.internal.simulation.Budgets;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The quality mode's budget step-down: starting from the strongest candidate of each step, while
 * the plan breaks a budget, the step whose move to its next cheaper candidate saves the most moves
 * down its ranking. A step never leaves its ranking, so never goes below its tier; when no move
 * saves anything the plan stays over budget. The plan and the savings are judged on the figure the
 * budgets judge ({@link Budgets#judged}): the expected cost, or the cost at the high end of the
 * size ranges under {@code budget_basis: high}.
 */
public final class QualityBudgetFit {
  private QualityBudgetFit() {}

  /**
   * The picks fitted to the budgets.
   *
   * @param rankings each step's quality ranking (a step without candidates has an empty one)
   * @param picks the first candidate of each non-empty ranking, in step order
   */
  public static Map<String, Candidate> fit(
      Map<String, List<Candidate>> rankings,
      Map<String, Candidate> picks,
      Budgets budgets,
      long runsPerMonth) {
    Map<String, Candidate> fitted = new LinkedHashMap<>(picks);
    Map<String, Integer> position = new HashMap<>();
    fitted.keySet().forEach(id -> position.put(id, 0));
    int moves = rankings.values().stream().mapToInt(List::size).sum() + 1;
    while (!budgets.fits(judgedTotal(fitted, budgets), runsPerMonth) && moves-- > 0) {
      String bestStep = null;
      int bestPosition = -1;
      BigDecimal bestSaving = BigDecimal.ZERO;
      for (Map.Entry<String, Candidate> e : fitted.entrySet()) {
        List<Candidate> ranking = rankings.get(e.getKey());
        BigDecimal now = judged(e.getValue(), budgets);
        int next = nextCheaper(ranking, position.get(e.getKey()), now, budgets);
        if (next >= 0) {
          BigDecimal saving = now.subtract(judged(ranking.get(next), budgets));
          if (saving.compareTo(bestSaving) > 0) {
            bestSaving = saving;
            bestStep = e.getKey();
            bestPosition = next;
          }
        }
      }
      if (bestStep == null) {
        break;
      }
      position.put(bestStep, bestPosition);
      fitted.put(bestStep, rankings.get(bestStep).get(bestPosition));
    }
    return fitted;
  }

  /**
   * The position of the first candidate after {@code from} that costs less than {@code cost}; -1 if
   * none.
   */
  private static int nextCheaper(
      List<Candidate> ranking, int from, BigDecimal cost, Budgets budgets) {
    for (int j = from + 1; j < ranking.size(); j++) {
      if (cost.subtract(judged(ranking.get(j), budgets)).signum() > 0) {
        return j;
      }
    }
    return -1;
  }

  /** The figure of a candidate's cost the budgets judge. */
  private static BigDecimal judged(Candidate c, Budgets budgets) {
    return budgets.judgesHigh() ? c.high() : c.cost();
  }

  /** The judged cost of a run of the picks. */
  private static BigDecimal judgedTotal(Map<String, Candidate> picks, Budgets budgets) {
    return picks.values().stream()
        .map(c -> judged(c, budgets))
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** The cost of a run of the picks at the expected sizes. */
  public static BigDecimal total(Map<String, Candidate> picks) {
    return picks.values().stream().map(Candidate::cost).reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
