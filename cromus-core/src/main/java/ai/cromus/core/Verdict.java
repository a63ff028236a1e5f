package ai.cromus.core;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/** PASS, WARN or FAIL, with the reasons. */
@Value.Immutable
@JsonPropertyOrder({"status", "reasons"})
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutableVerdict.class)
@JsonDeserialize(as = ImmutableVerdict.class)
@API(status = STABLE, since = "0.1")
public interface Verdict {
  VerdictStatus status();

  /** Why the verdict is not PASS, one sentence each; empty for PASS. */
  List<String> reasons();

  /** The exit code of a CI gate: 1 for FAIL, 0 otherwise. */
  default int exitCode() {
    return status() == VerdictStatus.FAIL ? 1 : 0;
  }

  static ImmutableVerdict.Builder builder() {
    return ImmutableVerdict.builder();
  }
}
