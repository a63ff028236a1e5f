package ai.cromus.core.workflow;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/** Where an element of a workflow was written: 1-based line and column in its source. */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutableSourcePosition.class)
@JsonDeserialize(as = ImmutableSourcePosition.class)
@API(status = STABLE, since = "0.1")
public interface SourcePosition {
  /** The position of things built in code rather than parsed. */
  SourcePosition UNKNOWN = of(1, 1);

  @Value.Parameter
  int line();

  @Value.Parameter
  int column();

  static SourcePosition of(int line, int column) {
    return ImmutableSourcePosition.of(Math.max(1, line), Math.max(1, column));
  }
}
