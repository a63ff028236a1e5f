package ai.cromus.core.spec;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/** One broken policy rule: its id, what is wrong, and the expected and actual values. */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutablePolicyFinding.class)
@JsonDeserialize(as = ImmutablePolicyFinding.class)
@API(status = STABLE, since = "0.1")
public interface PolicyFinding {
  /** The policy rule id, e.g. {@code require_ethos}. */
  String rule();

  String message();

  Optional<String> expected();

  Optional<String> actual();

  /** A finding; blank expected or actual values are left out. */
  static PolicyFinding of(String rule, String message, String expected, String actual) {
    ImmutablePolicyFinding.Builder b = ImmutablePolicyFinding.builder().rule(rule).message(message);
    if (!expected.isBlank()) {
      b.expected(expected);
    }
    if (!actual.isBlank()) {
      b.actual(actual);
    }
    return b.build();
  }
}
