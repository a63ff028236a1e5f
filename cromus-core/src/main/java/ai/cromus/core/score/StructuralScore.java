package ai.cromus.core.score;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;

/** The structural, AI-readiness score of an SOP: 0 to 100, the weighted mean of its dimensions. */
@Value.Immutable
@JsonSerialize(as = ImmutableStructuralScore.class)
@JsonDeserialize(as = ImmutableStructuralScore.class)
public interface StructuralScore {
  /** 0 to 100. */
  int overall();

  /** Every dimension, in {@link ScoreDimension} order. */
  List<DimensionScore> dimensions();

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
