package ai.cromus.core.diagnostic;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import org.apiguardian.api.API;

/** How serious a diagnostic is. Ordered from least to most severe. */
@API(status = STABLE, since = "0.1")
public enum Severity {
  /** Something Cromus inferred or wants the author to know; never affects the verdict. */
  INFO,
  /** A likely problem; the verdict becomes WARN. */
  WARNING,
  /** The input is wrong or unusable as written; the verdict becomes FAIL. */
  ERROR;

  /** Lower-case name as used in JSON, SARIF and the text report. */
  @JsonValue
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses {@code info}, {@code warning} or {@code error}, case-insensitively. */
  @JsonCreator
  public static Severity of(String id) {
    return valueOf(id.trim().toUpperCase(Locale.ROOT));
  }

  /** True when this severity is at least {@code other}. */
  public boolean isAtLeast(Severity other) {
    return compareTo(other) >= 0;
  }
}
