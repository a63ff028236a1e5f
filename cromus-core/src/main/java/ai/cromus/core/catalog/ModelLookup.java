package ai.cromus.core.catalog;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/** The answer to a model lookup: the model, or the nearest known names. */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutableModelLookup.class)
@JsonDeserialize(as = ImmutableModelLookup.class)
@API(status = STABLE, since = "0.1")
public interface ModelLookup {
  /** What was asked for, as written. */
  String query();

  Optional<Model> model();

  /** The closest ids when nothing matched, best first (at most five). */
  List<String> nearest();

  default boolean found() {
    return model().isPresent();
  }

  static ImmutableModelLookup.Builder builder() {
    return ImmutableModelLookup.builder();
  }
}
