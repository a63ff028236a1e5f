package ai.cromus.core.simulation;

import static org.apiguardian.api.API.Status.STABLE;

import ai.cromus.core.catalog.Offering;
import ai.cromus.core.catalog.Pricing;
import ai.cromus.core.internal.simulation.Rates;
import ai.cromus.core.money.Money;
import ai.cromus.core.scope.Scope;
import ai.cromus.core.scope.SelectorKind;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The exact price of one model call that has happened, by the rule the simulation uses for an
 * interactive call without a cache: every prompt token at the input rate and every output token
 * (hidden reasoning included, as providers count it) at the output rate; the whole request at the
 * offering's long-context rates when the prompt is above their threshold; the offering's regional
 * uplift when the scope requires a region. Batch and cache prices never apply here: a call whose
 * provider read part of its prompt from a cache costs at most this.
 *
 * <p>This is how run-time integrations (such as the spend listener of {@code cromus-langchain4j})
 * price real calls with the same catalog, channel and scope as the prediction. Stateless and
 * thread-safe; nothing is rounded.
 */
@API(status = STABLE, since = "0.1")
public final class CallCost {
  private CallCost() {}

  /**
   * The cost of one call on an offering under a scope.
   *
   * @param offering the model's offering on the channel the call went through
   * @param scope the scope the workflow runs under (its required region decides the uplift)
   * @param promptTokens every prompt token the provider billed, cached ones included
   * @param outputTokens every output token the provider billed, reasoning included
   * @return the exact cost; empty when the offering has no token prices (self-hosted)
   * @throws IllegalArgumentException if a token count is negative
   */
  public static Optional<Money> of(
      Offering offering, Scope scope, long promptTokens, long outputTokens) {
    Objects.requireNonNull(offering, "offering must not be null");
    Objects.requireNonNull(scope, "scope must not be null");
    if (promptTokens < 0 || outputTokens < 0) {
      throw new IllegalArgumentException(
          "token counts must not be negative: " + promptTokens + ", " + outputTokens);
    }
    if (offering.pricing().isEmpty()) {
      return Optional.empty();
    }
    Pricing pricing = offering.pricing().get();
    boolean regionPinned =
        scope.gates().require().stream().anyMatch(s -> s.kind() == SelectorKind.REGION);
    Optional<BigDecimal> uplift =
        regionPinned ? pricing.regionalUplift() : Optional.<BigDecimal>empty();
    Rates rates = Rates.of(pricing, Optional.empty(), promptTokens, false, uplift);
    return Optional.of(Money.usd(rates.plain(promptTokens, outputTokens, 0)));
  }
}
