package ai.cromus.core.scope;

import static org.apiguardian.api.API.Status.STABLE;

import ai.cromus.core.diagnostic.Rule;
import ai.cromus.core.diagnostic.RuleInfo;
import ai.cromus.core.diagnostic.Severity;
import org.apiguardian.api.API;

/** Rules of the scope reader and of the scope check against the catalog ({@code SCOPE-*}). */
@API(status = STABLE, since = "0.1")
public enum ScopeRule implements Rule {
  SYNTAX(
      "SCOPE-SYNTAX",
      Severity.ERROR,
      "The scope file does not parse as YAML or JSON, or is not a mapping; the defaults are used."),
  TOO_COMPLEX(
      "SCOPE-TOO-COMPLEX",
      Severity.ERROR,
      "The scope file exceeds a safety limit (size, nesting, aliases); the defaults are used."),
  DUPLICATE_KEY(
      "SCOPE-DUPLICATE-KEY",
      Severity.WARNING,
      "A key is given twice in the same mapping; the last value wins."),
  UNKNOWN_KEY(
      "SCOPE-UNKNOWN-KEY",
      Severity.WARNING,
      "The scope has a key Cromus does not know; it is ignored."),
  VALUE(
      "SCOPE-VALUE",
      Severity.ERROR,
      "A scope value has the wrong type or is out of range; it is ignored."),
  UNKNOWN_SELECTOR(
      "SCOPE-UNKNOWN-SELECTOR",
      Severity.ERROR,
      "A gate selector has an unknown kind or is not of the form kind:value; it is ignored."),
  SELECTOR_VALUE(
      "SCOPE-SELECTOR-VALUE",
      Severity.ERROR,
      "A gate selector has a value that its kind does not accept; it is ignored."),
  UNKNOWN_CHANNEL(
      "SCOPE-UNKNOWN-CHANNEL",
      Severity.ERROR,
      "A channel is not in the catalog; it enables nothing."),
  UNKNOWN_MODEL(
      "SCOPE-UNKNOWN-MODEL",
      Severity.ERROR,
      "A model: selector names a model that is not in the catalog; it matches nothing."),
  UNKNOWN_VENDOR(
      "SCOPE-UNKNOWN-VENDOR",
      Severity.ERROR,
      "A vendor: selector names a vendor that is not in the catalog; it matches nothing."),
  UNKNOWN_REGION(
      "SCOPE-UNKNOWN-REGION",
      Severity.WARNING,
      "A region: selector names a region that no offering of the catalog serves."),
  NOTHING_ALLOWED(
      "SCOPE-NOTHING-ALLOWED",
      Severity.ERROR,
      "The enabled channels and the gates leave no priced model at all."),
  RUNS_CONFLICT(
      "SCOPE-RUNS-CONFLICT",
      Severity.INFO,
      "Both runs_per_day and runs_per_month are given; runs_per_month wins."),
  ENFORCE_REFUSED(
      "SCOPE-ENFORCE-REFUSED",
      Severity.ERROR,
      "The scope asks Cromus to enforce at run time; Cromus never sits between an agent and a"
          + " model, so the request is refused."),
  MODEL_OUT_OF_SCOPE(
      "SCOPE-MODEL-OUT-OF-SCOPE",
      Severity.ERROR,
      "A step requests a model that the scope's channels or gates do not allow.");

  private final RuleInfo info;

  ScopeRule(String id, Severity severity, String summary) {
    this.info = RuleInfo.of(id, severity, summary);
  }

  @Override
  public RuleInfo info() {
    return info;
  }
}
