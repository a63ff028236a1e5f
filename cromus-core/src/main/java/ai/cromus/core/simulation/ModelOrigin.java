package ai.cromus.core.simulation;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Who chose the model of a step in a plan: the author, or Cromus under a cost-quality mode. In the
 * declared plan a step keeps the model its author named; a step that names none, or names one the
 * catalog does not know, gets the model the {@link #FALLBACK_MODE balanced} policy chooses.
 */
@API(status = STABLE, since = "0.1")
public enum ModelOrigin {
  /** The author named this model for the step. */
  DECLARED,
  /** The author named no model: Cromus chose it under {@link #FALLBACK_MODE}. */
  CHOSEN,
  /**
   * The author named a model the catalog does not know: Cromus chose one under the fallback mode.
   */
  REPLACED,
  /** Chosen by the policy of the plan's own mode ({@link PlanSimulation#mode()}). */
  MODE;

  /** The mode whose policy fills in the declared plan where the author named no usable model. */
  public static final CostMode FALLBACK_MODE = CostMode.BALANCED;

  /** The id used in JSON and reports, e.g. {@code declared}. */
  @JsonValue
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The origin with this id. */
  @JsonCreator
  public static ModelOrigin of(String id) {
    return valueOf(id.trim().toUpperCase(Locale.ROOT));
  }

  /** True when Cromus, not the author, chose the model. */
  public boolean chosenByCromus() {
    return this != DECLARED;
  }

  /**
   * The mode whose policy chose the model: {@link #FALLBACK_MODE} for {@link #CHOSEN} and {@link
   * #REPLACED}, {@code planMode} for {@link #MODE}, empty for {@link #DECLARED}.
   */
  public Optional<CostMode> chosenUnder(Optional<CostMode> planMode) {
    return switch (this) {
      case CHOSEN, REPLACED -> Optional.of(FALLBACK_MODE);
      case MODE -> planMode;
      default -> Optional.empty();
    };
  }
}
