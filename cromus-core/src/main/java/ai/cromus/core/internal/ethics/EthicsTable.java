package ai.cromus.core.internal.ethics;

import ai.cromus.core.internal.spec.Names;
import ai.cromus.core.spec.EthosAlignment;
import ai.cromus.core.spec.EthosProfile;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one ethics table: which domains each reference ETHOS profile is meant for, which domains are
 * regulated, how a profile fits a workflow's domain, and the Croms multiplier of each fit. The
 * sidecar's {@code ethos_alignment}, the spec check {@code ETHOS-DOMAIN}, the Croms ethics findings
 * and multiplier, and the structural score's human-gate check all read it.
 *
 * <p>Domains are compared as keys: lower case, words joined by {@code _} ({@code "Customer
 * Support"} is {@code customer_support}). The regulated domains are those of The Steward and The
 * Guardian, and the public sector.
 */
public final class EthicsTable {
  /**
   * Domain keys each reference profile is meant for, by file stem; the first profile listing a
   * domain is the one recommended for it.
   */
  private static final Map<String, List<String>> DOMAINS = new LinkedHashMap<>();

  static {
    DOMAINS.put(
        "ethos-the-steward-v1.0.0",
        List.of(
            "pharmaceutical",
            "pharma",
            "healthcare",
            "health",
            "regulated_sciences",
            "medical_devices",
            "medical",
            "life_sciences",
            "clinical",
            "biotech",
            "scientific_regulated"));
    DOMAINS.put(
        "ethos-the-guardian-v1.0.0",
        List.of(
            "legal",
            "financial_services",
            "finance",
            "financial",
            "insurance",
            "compliance",
            "banking",
            "accounting",
            "tax"));
    DOMAINS.put(
        "ethos-the-builder-v1.0.0",
        List.of(
            "devops",
            "platform_engineering",
            "product",
            "engineering",
            "software",
            "software_engineering",
            "it",
            "sre"));
    DOMAINS.put(
        "ethos-the-analyst-v1.0.0",
        List.of(
            "data_science",
            "research",
            "engineering",
            "scientific_computing",
            "analytics",
            "data",
            "science"));
    DOMAINS.put(
        "ethos-the-diplomat-v1.0.0",
        List.of(
            "customer_success",
            "hr",
            "human_resources",
            "communications",
            "support",
            "customer_support",
            "customer_service",
            "people"));
    DOMAINS.put(
        "ethos-the-catalyst-v1.0.0",
        List.of("marketing", "creative", "innovation", "growth", "brand", "advertising"));
    DOMAINS.put(
        "ethos-the-operator-v1.0.0",
        List.of(
            "operations",
            "bpo",
            "shared_services",
            "back_office",
            "procurement",
            "logistics",
            "supply_chain",
            "finance",
            "accounts_payable"));
  }

  /** The reference profiles whose domains are regulated. */
  private static final List<String> REGULATED_PROFILES =
      List.of("ethos-the-steward-v1.0.0", "ethos-the-guardian-v1.0.0");

  /** Regulated domains no reference profile is meant for. */
  private static final List<String> REGULATED_WITHOUT_PROFILE =
      List.of("government", "public_sector");

  /** The Croms ethics multiplier of each fit. */
  public static final Map<EthosAlignment, BigDecimal> MULTIPLIER =
      Map.of(
          EthosAlignment.ALIGNED, BigDecimal.ONE,
          EthosAlignment.MISSING, new BigDecimal("1.25"),
          EthosAlignment.MISMATCHED, new BigDecimal("1.5"),
          EthosAlignment.REGULATED_PERMISSIVE, new BigDecimal("2.0"));

  private EthicsTable() {}

  /** A domain as a key: lower case, words joined by {@code _}, {@code &} as {@code and}. */
  public static String key(String domain) {
    return Names.domainKey(domain);
  }

  /** Every domain key of the table, each once, in table order. */
  public static List<String> domains() {
    List<String> out = new ArrayList<>();
    DOMAINS.values().forEach(l -> l.stream().filter(d -> !out.contains(d)).forEach(out::add));
    REGULATED_WITHOUT_PROFILE.stream().filter(d -> !out.contains(d)).forEach(out::add);
    return out;
  }

  /** The domain keys a reference profile (by file stem) is meant for; empty for another stem. */
  public static List<String> domainsOf(String stem) {
    return DOMAINS.getOrDefault(stem, List.of());
  }

  /** The stem of the first reference profile meant for a domain key, if any. */
  public static Optional<String> recommendedStem(String domainKey) {
    for (Map.Entry<String, List<String>> e : DOMAINS.entrySet()) {
      if (e.getValue().contains(domainKey)) {
        return Optional.of(e.getKey());
      }
    }
    return Optional.empty();
  }

  /**
   * True for a regulated domain: one The Steward or The Guardian is meant for, or the public
   * sector.
   */
  public static boolean isRegulated(String domain) {
    String key = key(domain);
    return REGULATED_WITHOUT_PROFILE.contains(key)
        || REGULATED_PROFILES.stream().anyMatch(s -> DOMAINS.get(s).contains(key));
  }

  /**
   * How a profile fits a workflow domain: {@link EthosAlignment#ALIGNED} when there is no domain,
   * when the profile's own domain is that domain, or when the profile (or the reference profile for
   * the profile's domain) is meant for it; otherwise {@link EthosAlignment#REGULATED_PERMISSIVE}
   * when the domain is regulated and the profile permissive, else {@link
   * EthosAlignment#MISMATCHED}. A domain the table does not know is judged only by equality with
   * the profile's domain; it is never a mismatch.
   */
  public static EthosAlignment alignment(EthosProfile profile, Optional<String> domain) {
    if (domain.isEmpty() || domain.get().isBlank()) {
      return EthosAlignment.ALIGNED;
    }
    String key = key(domain.get());
    if (key(profile.domain()).equals(key)) {
      return EthosAlignment.ALIGNED;
    }
    if (families(profile).stream().anyMatch(s -> DOMAINS.get(s).contains(key))) {
      return EthosAlignment.ALIGNED;
    }
    if (isRegulated(key) && profile.permissive()) {
      return EthosAlignment.REGULATED_PERMISSIVE;
    }
    boolean known =
        REGULATED_WITHOUT_PROFILE.contains(key)
            || DOMAINS.values().stream().anyMatch(l -> l.contains(key));
    return known ? EthosAlignment.MISMATCHED : EthosAlignment.ALIGNED;
  }

  /** The reference stems whose domain list covers the profile (its own stem, or its domain's). */
  private static List<String> families(EthosProfile profile) {
    List<String> out = new ArrayList<>();
    if (DOMAINS.containsKey(profile.stem())) {
      out.add(profile.stem());
    }
    String key = key(profile.domain());
    for (Map.Entry<String, List<String>> e : DOMAINS.entrySet()) {
      if (e.getValue().contains(key) && !out.contains(e.getKey())) {
        out.add(e.getKey());
      }
    }
    return out;
  }
}
