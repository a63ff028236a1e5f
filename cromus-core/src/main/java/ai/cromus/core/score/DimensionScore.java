package ai.cromus.core.score;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/** The score of one dimension, 0 to 100, with the findings that lowered it. */
@Value.Immutable
@JsonPropertyOrder({"score", "weight", "findings"})
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutableDimensionScore.class)
@JsonDeserialize(as = ImmutableDimensionScore.class)
@API(status = STABLE, since = "0.1")
public interface DimensionScore {
  /** The dimension; in JSON, the key of this score in {@link StructuralScore}'s dimensions. */
  @JsonIgnore
  ScoreDimension dimension();

  /** 0 to 100. */
  int score();

  /** Weight of the dimension in the overall score, in percent. */
  int weight();

  List<ScoreFinding> findings();

  static ImmutableDimensionScore.Builder builder() {
    return ImmutableDimensionScore.builder();
  }
}
