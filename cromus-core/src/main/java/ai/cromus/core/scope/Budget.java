package ai.cromus.core.scope;

import static org.apiguardian.api.API.Status.STABLE;

import ai.cromus.core.diagnostic.SourceLocation;
import ai.cromus.core.money.Money;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/** Spending limits of a workflow or a workspace. An absent limit is no limit. */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutableBudget.class)
@JsonDeserialize(as = ImmutableBudget.class)
@API(status = STABLE, since = "0.1")
public interface Budget {
  /** No limits: one shared instance. */
  static Budget none() {
    return ScopeDefaults.NO_BUDGET;
  }

  Optional<Money> perRun();

  Optional<Money> perMonth();

  /**
   * Where {@link #perRun()} was declared (the front matter of a workflow, or a scope file), when it
   * was read from text; reports point there when the budget is broken. Not part of equality, nor of
   * JSON (diagnostics carry it).
   */
  @Value.Auxiliary
  @JsonIgnore
  Optional<SourceLocation> perRunLocation();

  /**
   * Where {@link #perMonth()} was declared, when it was read from text. Not part of equality, nor
   * of JSON (diagnostics carry it).
   */
  @Value.Auxiliary
  @JsonIgnore
  Optional<SourceLocation> perMonthLocation();

  /** True when no limit is set. */
  @JsonIgnore
  default boolean isEmpty() {
    return perRun().isEmpty() && perMonth().isEmpty();
  }

  @Value.Check
  default void check() {
    perRun().ifPresent(m -> require(m, "perRun"));
    perMonth().ifPresent(m -> require(m, "perMonth"));
  }

  private static void require(Money m, String name) {
    if (m.isNegative()) {
      throw new IllegalStateException(name + " must not be negative: " + m);
    }
  }

  static ImmutableBudget.Builder builder() {
    return ImmutableBudget.builder();
  }
}
