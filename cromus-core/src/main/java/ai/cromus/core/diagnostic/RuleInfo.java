package ai.cromus.core.diagnostic;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Objects;
import org.apiguardian.api.API;

/** The three facts every rule carries: id, default severity and summary. Immutable. */
@API(status = STABLE, since = "0.1")
public final class RuleInfo {
  private final String id;
  private final Severity severity;
  private final String summary;

  private RuleInfo(String id, Severity severity, String summary) {
    this.id = Objects.requireNonNull(id, "id must not be null");
    this.severity = Objects.requireNonNull(severity, "severity must not be null");
    this.summary = Objects.requireNonNull(summary, "summary must not be null");
  }

  public static RuleInfo of(String id, Severity severity, String summary) {
    return new RuleInfo(id, severity, summary);
  }

  public String id() {
    return id;
  }

  public Severity severity() {
    return severity;
  }

  public String summary() {
    return summary;
  }
}
