package ai.cromus.catalog;

import static org.apiguardian.api.API.Status.STABLE;

import ai.cromus.core.catalog.ModelStatus;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/** A model whose lifecycle status changed between two catalogs. */
@Value.Immutable
@JsonSerialize(as = ImmutableStatusChange.class)
@JsonDeserialize(as = ImmutableStatusChange.class)
@API(status = STABLE, since = "0.1")
public interface StatusChange {
  String model();

  ModelStatus oldStatus();

  ModelStatus newStatus();

  /** The successor the new catalog names, if any. */
  Optional<String> successor();

  static ImmutableStatusChange.Builder builder() {
    return ImmutableStatusChange.builder();
  }
}
