package ai.cromus.core.score;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/** The structural, AI-readiness score of an SOP: 0 to 100, the weighted mean of its dimensions. */
@Value.Immutable
@JsonPropertyOrder({"overall", "dimensions"})
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutableStructuralScore.class)
@JsonDeserialize(as = ImmutableStructuralScore.class)
@API(status = STABLE, since = "0.1")
public interface StructuralScore {
  /** 0 to 100. */
  int overall();

  /** Every dimension, in {@link ScoreDimension} order. */
  @JsonIgnore
  List<DimensionScore> dimensions();

  /** The JSON {@code dimensions}: an object keyed by dimension id, in dimension order. */
  @JsonProperty("dimensions")
  private Map<ScoreDimension, DimensionScore> reportDimensions() {
    Map<ScoreDimension, DimensionScore> byDimension = new EnumMap<>(ScoreDimension.class);
    for (DimensionScore d : dimensions()) {
      byDimension.put(d.dimension(), d);
    }
    return byDimension;
  }

  /** The score of one dimension. */
  default DimensionScore dimension(ScoreDimension d) {
    return dimensions().stream()
        .filter(x -> x.dimension() == d)
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no dimension " + d));
  }

  static ImmutableStructuralScore.Builder builder() {
    return ImmutableStructuralScore.builder();
  }
}
