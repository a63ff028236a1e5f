package ai.cromus.core.scope;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;

/**
 * Allow, deny and require lists over models. Deny wins over allow; when allow is non-empty only
 * models it matches pass; every chosen model must match every require selector.
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutableModelGates.class)
@JsonDeserialize(as = ImmutableModelGates.class)
public interface ModelGates {
  List<GateSelector> allow();

  List<GateSelector> deny();

  List<GateSelector> require();

  static ImmutableModelGates.Builder builder() {
    return ImmutableModelGates.builder();
  }
}
