package ai.cromus.core.internal.croms;

import ai.cromus.core.croms.CromsFinding;
import ai.cromus.core.croms.CromsRule;
import ai.cromus.core.money.Money;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Croms waste in dollars a month, without counting a token twice: the findings' savings, where the
 * findings that remove tokens of the same step (model, redundant context, caching, duplicate, dead
 * branch: all but the failure findings) are capped together at that step's monthly cost. A
 * finding's step is the last it names. Failure findings are added as they are.
 */
public final class WasteCap {
  private WasteCap() {}

  /**
   * The capped monthly waste of {@code findings}.
   *
   * @param stepMonthly the declared monthly cost of the step of an id
   */
  public static Money of(List<CromsFinding> findings, Function<String, BigDecimal> stepMonthly) {
    Map<String, BigDecimal> claimed = new HashMap<>();
    BigDecimal total = BigDecimal.ZERO;
    for (CromsFinding f : findings) {
      BigDecimal usd = f.usdPerMonth().amount();
      if (usd.signum() <= 0) {
        continue;
      }
      if (!removesTokens(f)) {
        total = total.add(usd);
        continue;
      }
      String step = f.steps().get(f.steps().size() - 1);
      BigDecimal already = claimed.getOrDefault(step, BigDecimal.ZERO);
      BigDecimal add = usd.min(stepMonthly.apply(step).subtract(already).max(BigDecimal.ZERO));
      claimed.put(step, already.add(add));
      total = total.add(add);
    }
    return Money.usd(total);
  }

  private static boolean removesTokens(CromsFinding f) {
    return !f.kind().equals(CromsRule.FAILURE_UNVALIDATED_OUTPUT.id()) && !f.steps().isEmpty();
  }
}
