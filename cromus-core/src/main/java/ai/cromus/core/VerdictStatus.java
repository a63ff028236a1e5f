package ai.cromus.core;

import static org.apiguardian.api.API.Status.STABLE;

import ai.cromus.core.internal.Enums;
import com.fasterxml.jackson.annotation.JsonCreator;
import org.apiguardian.api.API;

/** The verdict of a compilation, for people and CI gates. */
@API(status = STABLE, since = "0.1")
public enum VerdictStatus {
  /** No errors, no warnings, every budget and threshold met. */
  PASS,
  /** No errors, but warnings or a soft threshold missed. */
  WARN,
  /** Errors in the input, or a budget or hard threshold broken. */
  FAIL;

  /** The lower-case id. JSON and reports show the constant's name: {@code PASS}, {@code FAIL}. */
  public String id() {
    return Enums.id(this);
  }

  /** Parses an id case-insensitively; throws {@link IllegalArgumentException} if unknown. */
  @JsonCreator
  public static VerdictStatus of(String id) {
    return Enums.parse(VerdictStatus.class, id);
  }
}
