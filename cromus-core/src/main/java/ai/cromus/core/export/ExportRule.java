package ai.cromus.core.export;

import static org.apiguardian.api.API.Status.STABLE;

import ai.cromus.core.diagnostic.Rule;
import ai.cromus.core.diagnostic.RuleInfo;
import ai.cromus.core.diagnostic.Severity;
import org.apiguardian.api.API;

/** Rules of the exporters: what a target cannot express, and the limits each runtime enforces. */
@API(status = STABLE, since = "0.1")
public enum ExportRule implements Rule {
  NO_STEPS(
      "EXPORT-NO-STEPS",
      Severity.ERROR,
      "The workflow has no steps, so there is nothing to export; no files are written."),
  NO_MODEL(
      "EXPORT-NO-MODEL",
      Severity.WARNING,
      "A step has no model: no simulation plan and no requested model; the target's documented"
          + " default model is used."),
  UNKNOWN_MODEL(
      "EXPORT-UNKNOWN-MODEL",
      Severity.WARNING,
      "A model name is not in the catalog (or no catalog was given); it is exported as written."),
  MODEL_VENDOR(
      "EXPORT-MODEL-VENDOR",
      Severity.WARNING,
      "The target runs one vendor's models and the plan chose another vendor's model; the"
          + " target's documented default model is used instead."),
  MODEL_CHANNEL(
      "EXPORT-MODEL-CHANNEL",
      Severity.WARNING,
      "The target has no client for the plan's channel; the model is exported with a generic"
          + " client that must be pointed at the channel after export."),
  MODE_UNAVAILABLE(
      "EXPORT-MODE-UNAVAILABLE",
      Severity.WARNING,
      "The requested mode has no plan in the simulation; the declared plan is exported."),
  CHANNEL_UNAVAILABLE(
      "EXPORT-CHANNEL-UNAVAILABLE",
      Severity.WARNING,
      "The requested channel does not serve the step's model; the plan's channel is kept."),
  MODEL_OUT_OF_SCOPE(
      "EXPORT-MODEL-OUT-OF-SCOPE",
      Severity.WARNING,
      "A model the plan, an override or the target's default would use is not allowed by the"
          + " scope (the gate is named); an allowed model is exported instead."),
  NO_ALLOWED_MODEL(
      "EXPORT-NO-ALLOWED-MODEL",
      Severity.ERROR,
      "The scope allows no model the target can run (the gate is named); nothing is exported for"
          + " that target."),
  LIMIT(
      "EXPORT-LIMIT",
      Severity.WARNING,
      "A value is over a documented limit of the target (length or count); it is shortened or"
          + " left out so that the target accepts the file."),
  NAME_COLLISION(
      "EXPORT-NAME-COLLISION",
      Severity.INFO,
      "Two names collide once sanitized for the target; a numeric suffix keeps them unique."),
  NOT_EXPRESSIBLE(
      "EXPORT-NOT-EXPRESSIBLE",
      Severity.INFO,
      "A part of the workflow has no equivalent in the target; it is kept as text for the agent"
          + " or left for the user to wire."),
  LITERAL_PLACEHOLDER(
      "EXPORT-LITERAL-PLACEHOLDER",
      Severity.INFO,
      "Workflow text holds {name} patterns the runtime would fill in; the export keeps them"
          + " literal.");

  private final RuleInfo info;

  ExportRule(String id, Severity severity, String summary) {
    this.info = RuleInfo.of(id, severity, summary);
  }

  @Override
  public RuleInfo info() {
    return info;
  }
}
