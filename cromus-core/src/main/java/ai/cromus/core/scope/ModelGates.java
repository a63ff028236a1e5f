package ai.cromus.core.scope;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * Allow, deny and require lists over models. Deny wins over allow; when allow is non-empty only
 * models it matches pass; every chosen model must match every require selector.
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutableModelGates.class)
@JsonDeserialize(as = ImmutableModelGates.class)
@API(status = STABLE, since = "0.1")
public interface ModelGates {
  List<GateSelector> allow();

  List<GateSelector> deny();

  List<GateSelector> require();

  static ImmutableModelGates.Builder builder() {
    return ImmutableModelGates.builder();
  }
}
