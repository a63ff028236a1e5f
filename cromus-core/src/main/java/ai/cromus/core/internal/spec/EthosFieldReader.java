package ai.cromus.core.internal.spec;

import ai.cromus.core.internal.yaml.YamlNode;
import ai.cromus.core.spec.CommunicationRegister;
import ai.cromus.core.spec.DecisionStyle;
import ai.cromus.core.spec.EscalationThreshold;
import ai.cromus.core.spec.ImmutableEthosProfile;
import ai.cromus.core.spec.RiskTolerance;
import ai.cromus.core.spec.SpecRule;
import ai.cromus.core.spec.UncertaintyBehavior;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reads each field of the {@code ethos:} mapping into the profile builder: the required fields
 * (whether each was read), the recommended and the optional ones.
 */
final class EthosFieldReader {
  private final Findings out;
  private final EthosValues values;
  private final ImmutableEthosProfile.Builder b;

  EthosFieldReader(Findings out, ImmutableEthosProfile.Builder b) {
    this.out = out;
    this.values = new EthosValues(out);
    this.b = b;
  }

  boolean required(String field, YamlNode v) {
    return switch (field) {
      case "name", "domain", "owner" ->
          values
              .string(field, v)
              .map(
                  s -> {
                    if (field.equals("name")) {
                      b.name(s);
                    } else if (field.equals("domain")) {
                      b.domain(s);
                    } else {
                      b.owner(s);
                    }
                    return true;
                  })
              .orElse(false);
      case "version" ->
          values
              .string(field, v)
              .map(
                  s -> {
                    if (!Names.SEMVER.matcher(s).matches()) {
                      out.add(
                          SpecRule.ETHOS_VERSION,
                          v,
                          "version " + YamlChecks.quote(s) + " is not SemVer.",
                          "Write a quoted SemVer such as version: \"1.0.0\".");
                      return false;
                    }
                    b.version(s);
                    return true;
                  })
              .orElse(false);
      case "approved_date" -> approvedDate(v);
      default -> choice(field, v);
    };
  }

  /** The required fields that take one of a few values: the enums and the booleans. */
  private boolean choice(String field, YamlNode v) {
    return switch (field) {
      case "risk_tolerance" -> riskTolerance(v);
      case "decision_style" ->
          set(values.enumField(field, v, DecisionStyle.class), b::decisionStyle);
      case "escalation_threshold" ->
          set(values.enumField(field, v, EscalationThreshold.class), b::escalationThreshold);
      case "communication_register" ->
          set(values.enumField(field, v, CommunicationRegister.class), b::communicationRegister);
      case "uncertainty_behavior" ->
          set(values.enumField(field, v, UncertaintyBehavior.class), b::uncertaintyBehavior);
      case "human_approval_required" -> set(values.bool(field, v), b::humanApprovalRequired);
      case "approved" -> set(values.bool(field, v), b::approved);
      default -> true;
    };
  }

  private boolean riskTolerance(YamlNode v) {
    if (v.isScalar() && v.text().trim().equalsIgnoreCase("medium")) {
      out.add(
          SpecRule.ETHOS_RISK_MEDIUM,
          v,
          "risk_tolerance: medium is not in the enum"
              + " (low, moderate, high); it is read as moderate.",
          "Write risk_tolerance: moderate.");
      b.riskTolerance(RiskTolerance.MODERATE);
      return true;
    }
    return set(values.enumField("risk_tolerance", v, RiskTolerance.class), b::riskTolerance);
  }

  /** Sets a value that was read; false when there is none (its diagnostic is reported). */
  private static <T> boolean set(Optional<T> value, Consumer<T> setter) {
    value.ifPresent(setter);
    return value.isPresent();
  }

  private boolean approvedDate(YamlNode v) {
    if (v.isNull()) {
      return true;
    }
    if (v.isScalar() && Names.ISO_DATE.matcher(v.text().trim()).matches()) {
      b.approvedDate(v.text().trim());
      return true;
    }
    out.add(
        SpecRule.ETHOS_DATE,
        v,
        "approved_date "
            + (v.isScalar()
                ? YamlChecks.quote(v.text())
                : "(a " + v.kind().name().toLowerCase(Locale.ROOT) + ")")
            + " is neither an ISO date nor null.",
        "Write approved_date: \"2026-03-21\", or approved_date: null while not approved.");
    return false;
  }

  void recommended(String field, YamlNode v) {
    switch (field) {
      case "compliance_frameworks" ->
          values.list(field, v).ifPresent(b::addAllComplianceFrameworks);
      case "prohibited_actions" -> values.list(field, v).ifPresent(b::addAllProhibitedActions);
      case "values" -> values.list(field, v).ifPresent(b::addAllValues);
      case "compatible_profiles" -> values.list(field, v).ifPresent(b::addAllCompatibleProfiles);
      case "incompatible_profiles" ->
          values.list(field, v).ifPresent(b::addAllIncompatibleProfiles);
      case "source_policy" -> values.nullableString(field, v).ifPresent(b::sourcePolicy);
      case "review_cadence" -> values.nullableString(field, v).ifPresent(b::reviewCadence);
      case "escalation_contacts" -> escalationContacts(v);
      default -> {}
    }
  }

  private void escalationContacts(YamlNode v) {
    if (!v.isMapping()) {
      if (!v.isNull()) {
        out.add(
            SpecRule.ETHOS_TYPE,
            v,
            "escalation_contacts must be a mapping with primary" + " and secondary.",
            "Write escalation_contacts: with primary: and secondary: under it.");
      }
      return;
    }
    if (v.get("primary").isEmpty()) {
      out.add(
          SpecRule.ETHOS_TYPE,
          v,
          "escalation_contacts has no primary contact.",
          "Add primary: with a person, team or address.");
    }
    v.get("primary")
        .ifPresent(
            p ->
                values
                    .nullableString("escalation_contacts.primary", p)
                    .ifPresent(b::escalationPrimary));
    v.get("secondary")
        .ifPresent(
            p ->
                values
                    .nullableString("escalation_contacts.secondary", p)
                    .ifPresent(b::escalationSecondary));
    for (YamlNode.Entry e : v.entries()) {
      if (!e.name().equals("primary") && !e.name().equals("secondary")) {
        out.add(
            SpecRule.ETHOS_UNKNOWN_FIELD,
            e.key(),
            "escalation_contacts." + e.name() + " is not defined by the spec.",
            "Use primary and secondary only.");
      }
    }
  }

  void optional(String field, YamlNode v) {
    switch (field) {
      case "tags" -> values.list(field, v).ifPresent(b::addAllTags);
      case "notes" -> values.nullableString(field, v).ifPresent(b::notes);
      case "jurisdiction" -> values.nullableString(field, v).ifPresent(b::jurisdiction);
      case "language_register" -> {
        if (!v.isMapping()) {
          if (!v.isNull()) {
            out.add(
                SpecRule.ETHOS_TYPE,
                v,
                "language_register must be a mapping with"
                    + " preferred_terms and prohibited_terms.",
                "Write both lists under language_register:.");
          }
          break;
        }
        v.get("preferred_terms")
            .flatMap(n -> values.list("language_register.preferred_terms", n))
            .ifPresent(b::addAllPreferredTerms);
        v.get("prohibited_terms")
            .flatMap(n -> values.list("language_register.prohibited_terms", n))
            .ifPresent(b::addAllProhibitedTerms);
        for (YamlNode.Entry e : v.entries()) {
          if (!e.name().equals("preferred_terms") && !e.name().equals("prohibited_terms")) {
            out.add(
                SpecRule.ETHOS_UNKNOWN_FIELD,
                e.key(),
                "language_register." + e.name() + " is not defined by the spec.",
                "Use preferred_terms and prohibited_terms only.");
          }
        }
      }
      default -> {}
    }
  }
}
