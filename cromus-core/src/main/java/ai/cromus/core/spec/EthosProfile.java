package ai.cromus.core.spec;

import static org.apiguardian.api.API.Status.STABLE;

import ai.cromus.core.internal.spec.Names;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * An ETHOS profile: how an agent decides, escalates and communicates, and what it must never do.
 * The fields are those of the ETHOS.md spec v0.2 (all under its top-level {@code ethos:} key); the
 * seven reference profiles are built in ({@link EthosProfiles}).
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutableEthosProfile.class)
@JsonDeserialize(as = ImmutableEthosProfile.class)
@API(status = STABLE, since = "0.1")
public interface EthosProfile {
  /** Human-readable name, e.g. {@code The Steward}. */
  String name();

  /** SemVer of the profile. */
  String version();

  /** Industry domain the profile is written for, e.g. {@code pharmaceutical}. */
  String domain();

  RiskTolerance riskTolerance();

  DecisionStyle decisionStyle();

  EscalationThreshold escalationThreshold();

  boolean humanApprovalRequired();

  CommunicationRegister communicationRegister();

  UncertaintyBehavior uncertaintyBehavior();

  String owner();

  boolean approved();

  /** ISO date of approval; empty while not approved. */
  Optional<String> approvedDate();

  List<String> complianceFrameworks();

  List<String> prohibitedActions();

  List<String> values();

  /** The primary escalation contact. */
  Optional<String> escalationPrimary();

  Optional<String> escalationSecondary();

  Optional<String> sourcePolicy();

  /** How often the profile is reviewed, e.g. {@code quarterly} (a free string). */
  Optional<String> reviewCadence();

  /** File stems of profiles this one may be combined with. */
  List<String> compatibleProfiles();

  /** File stems of profiles this one must not be combined with. */
  List<String> incompatibleProfiles();

  List<String> tags();

  Optional<String> notes();

  Optional<String> jurisdiction();

  List<String> preferredTerms();

  List<String> prohibitedTerms();

  /** A one-paragraph description of how the agent behaves (the Markdown body's lead). */
  Optional<String> summary();

  /**
   * The file stem, {@code ethos-<kebab-case name>-v<version>}, e.g. {@code
   * ethos-the-steward-v1.0.0}.
   */
  default String stem() {
    return "ethos-" + Names.kebab(name(), 64) + "-v" + version();
  }

  /** The conventional file name, {@code <stem>.md}. */
  default String fileName() {
    return stem() + ".md";
  }

  /**
   * True when the profile lets the agent act without a person in the loop: high risk tolerance, or
   * no human approval together with {@code proceed_with_note}.
   */
  default boolean permissive() {
    return riskTolerance() == RiskTolerance.HIGH
        || (!humanApprovalRequired()
            && uncertaintyBehavior() == UncertaintyBehavior.PROCEED_WITH_NOTE);
  }

  static ImmutableEthosProfile.Builder builder() {
    return ImmutableEthosProfile.builder();
  }
}
