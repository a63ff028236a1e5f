package ai.cromus.core.internal.croms;

import ai.cromus.core.croms.CromsFinding;
import ai.cromus.core.croms.CromsRule;
import ai.cromus.core.croms.FindingSeverity;
import ai.cromus.core.internal.ethics.EthicsTable;
import ai.cromus.core.spec.EthosAlignment;
import ai.cromus.core.spec.EthosProfile;
import ai.cromus.core.spec.EthosProfiles;
import ai.cromus.core.workflow.Workflow;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Ethics findings and the ethics multiplier, from the one ethics table ({@link EthicsTable}): no
 * ETHOS profile ({@code CROMS-ETHICS-MISSING}, high in a regulated domain), or a reference profile
 * meant for other domains or permissive in a regulated one ({@code CROMS-ETHICS-MISMATCH}). A
 * reference that names no built-in profile is a custom profile: judged by nobody here.
 */
final class EthicsFindings implements FindingFamily {
  /** How the workflow's ETHOS reference fits its domain. */
  static EthosAlignment alignment(Workflow w) {
    if (w.ethos().isEmpty() || w.ethos().get().isBlank()) {
      return EthosAlignment.MISSING;
    }
    return EthosProfiles.find(w.ethos().get())
        .map(p -> EthicsTable.alignment(p, w.domain()))
        .orElse(EthosAlignment.ALIGNED);
  }

  /** The ethics multiplier of the workflow. */
  static BigDecimal multiplier(Workflow w) {
    return EthicsTable.MULTIPLIER.get(alignment(w));
  }

  @Override
  public List<CromsFinding> find(CromsInput in) {
    Workflow w = in.workflow();
    Optional<String> domain = w.domain().map(EthicsTable::key).filter(d -> !d.isEmpty());
    return switch (alignment(w)) {
      case MISSING -> List.of(missing(domain));
      case MISMATCHED ->
          List.of(mismatched(EthosProfiles.find(w.ethos().get()).orElseThrow(), domain.get()));
      case REGULATED_PERMISSIVE ->
          List.of(
              regulatedPermissive(EthosProfiles.find(w.ethos().get()).orElseThrow(), domain.get()));
      default -> List.of();
    };
  }

  private static CromsFinding missing(Optional<String> domain) {
    boolean regulated = domain.map(EthicsTable::isRegulated).orElse(false);
    return FindingFamily.finding(
            CromsRule.ETHICS_MISSING,
            Optional.empty(),
            regulated ? FindingSeverity.HIGH : FindingSeverity.MODERATE,
            List.of())
        .message(
            "The workflow declares no ETHOS profile"
                + domain.map(d -> " for its " + d + " domain").orElse("")
                + ": its agents have no stated risk tolerance, escalation threshold or approval"
                + " rule.")
        .fix(
            "Declare 'ethos:' in the front matter"
                + domain.flatMap(EthicsTable::recommendedStem).map(p -> ", e.g. " + p).orElse("")
                + ".")
        .build();
  }

  private static CromsFinding regulatedPermissive(EthosProfile p, String domain) {
    return FindingFamily.finding(
            CromsRule.ETHICS_MISMATCH, Optional.empty(), FindingSeverity.CRITICAL, List.of())
        .message(
            "A "
                + domain
                + " workflow runs the permissive profile "
                + p.name()
                + " (high risk tolerance, late escalation, no required human approval).")
        .fix(
            "Use "
                + EthicsTable.recommendedStem(domain).orElse("a conservative profile")
                + " for a regulated domain.")
        .build();
  }

  private static CromsFinding mismatched(EthosProfile p, String domain) {
    return FindingFamily.finding(
            CromsRule.ETHICS_MISMATCH, Optional.empty(), FindingSeverity.HIGH, List.of())
        .message(
            "The profile "
                + p.name()
                + " is meant for "
                + String.join(", ", new TreeSet<>(EthicsTable.domainsOf(p.stem())))
                + ", not for the workflow's "
                + domain
                + " domain.")
        .fix(
            EthicsTable.recommendedStem(domain)
                .map(x -> "Use " + x + ", or a custom profile derived from it.")
                .orElse("Use a profile written for the " + domain + " domain."))
        .build();
  }
}
