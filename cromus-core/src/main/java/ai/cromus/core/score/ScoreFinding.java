package ai.cromus.core.score;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/** Something that lowered a dimension of the structural score, and what to change. */
@Value.Immutable
@JsonPropertyOrder({"check", "pointsLost", "steps", "message", "fix"})
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutableScoreFinding.class)
@JsonDeserialize(as = ImmutableScoreFinding.class)
@API(status = STABLE, since = "0.1")
public interface ScoreFinding {
  /** The check that failed, e.g. {@code SCORE-STEP-NO-OUTPUT}. */
  String check();

  /** The steps involved; empty for workflow-level findings. */
  List<String> steps();

  /** Points of the dimension lost. */
  int pointsLost();

  String message();

  /** What to change. */
  String fix();

  static ImmutableScoreFinding.Builder builder() {
    return ImmutableScoreFinding.builder();
  }
}
