package ai.cromus.core.scope;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import ai.cromus.core.internal.Enums;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.apiguardian.api.API;

/**
 * Which figure of a plan's cost range the budgets and the verdict judge ({@code budget_basis:} in a
 * scope): the expected cost (the midpoint of every size written as a range), or the high end.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public enum BudgetBasis {
  /** The expected cost: every size at the midpoint of its range. */
  EXPECTED,
  /** The high end: every size at the high end of its range. */
  HIGH;

  /** The lower-case id used in files, JSON and reports. */
  @JsonValue
  public String id() {
    return Enums.id(this);
  }

  /** Parses an id case-insensitively; throws {@link IllegalArgumentException} if unknown. */
  @JsonCreator
  public static BudgetBasis of(String id) {
    return Enums.parse(BudgetBasis.class, id);
  }
}
