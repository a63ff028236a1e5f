package ai.cromus.core.spec;

import ai.cromus.core.Limits;
import ai.cromus.core.internal.spec.EthosChecker;
import ai.cromus.core.internal.spec.Names;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The seven reference ETHOS profiles, built in, and how a profile fits a workflow's domain.
 *
 * <p>A profile is found by its name ({@code The Steward}), its kebab-case name ({@code
 * the-steward}), its short name ({@code steward}), its file stem ({@code ethos-the-steward-v1.0.0})
 * or its file name ({@code ethos-the-steward-v1.0.0.md}), ignoring case.
 *
 * <p>Domains are compared as keys: lower case, words joined by {@code _} ({@code "Customer
 * Support"} is {@code customer_support}). Each built-in profile is meant for the domains of its
 * industry list; the regulated domains are those of The Steward and The Guardian. A profile is
 * permissive when {@link EthosProfile#permissive()}.
 */
public final class EthosProfiles {
  private static final String[] FILES = {
    "ethos-the-steward-v1.0.0", "ethos-the-guardian-v1.0.0", "ethos-the-analyst-v1.0.0",
    "ethos-the-builder-v1.0.0", "ethos-the-diplomat-v1.0.0", "ethos-the-catalyst-v1.0.0",
    "ethos-the-operator-v1.0.0"
  };

  /**
   * The stems, known without reading the profiles: the holder checks that each profile's stem is
   * its file's. Validating a SKILL.md needs only these, so it never reads the seven profiles.
   */
  private static final Set<String> STEMS =
      Collections.unmodifiableSet(new LinkedHashSet<>(Arrays.asList(FILES)));

  /**
   * Domain keys each built-in profile is meant for, by stem; the first profile listing a domain is
   * the recommended one.
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
            "supply_chain"));
  }

  private static final List<String> REGULATED_PROFILES =
      List.of("ethos-the-steward-v1.0.0", "ethos-the-guardian-v1.0.0");

  private EthosProfiles() {}

  /** The seven built-in profiles, in the spec's order. */
  public static List<EthosProfile> all() {
    return Holder.PROFILES;
  }

  /** The file stems of the built-in profiles. */
  public static Set<String> stems() {
    return STEMS;
  }

  /** The built-in profile a reference names (see the class comment for the accepted forms). */
  public static Optional<EthosProfile> find(String reference) {
    Objects.requireNonNull(reference, "reference must not be null");
    String r = reference.trim().toLowerCase(Locale.ROOT);
    if (r.endsWith(".md")) {
      r = r.substring(0, r.length() - 3);
    }
    return Optional.ofNullable(Holder.BY_FORM.get(r));
  }

  /** The ETHOS.md text of a built-in profile, as shipped in the library. */
  public static Optional<String> text(String reference) {
    return find(reference).map(p -> Holder.TEXT.get(p.stem()));
  }

  /** The built-in profile recommended for a domain; empty when no profile is meant for it. */
  public static Optional<EthosProfile> recommendedFor(Optional<String> domain) {
    Objects.requireNonNull(domain, "domain must not be null");
    if (domain.isEmpty()) {
      return Optional.empty();
    }
    String key = Names.domainKey(domain.get());
    for (Map.Entry<String, List<String>> e : DOMAINS.entrySet()) {
      if (e.getValue().contains(key)) {
        return Optional.of(Holder.BY_STEM.get(e.getKey()));
      }
    }
    for (EthosProfile p : Holder.PROFILES) {
      if (Names.domainKey(p.domain()).equals(key)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  /**
   * True for domains that The Steward or The Guardian are meant for (pharmaceutical, legal,
   * finance, ...).
   */
  public static boolean isRegulated(String domain) {
    String key = Names.domainKey(domain);
    return REGULATED_PROFILES.stream().anyMatch(s -> DOMAINS.get(s).contains(key));
  }

  /**
   * How a profile reference fits a workflow domain. {@link EthosAlignment#MISSING} when the
   * reference is blank or names no built-in profile; otherwise as {@link #alignment(EthosProfile,
   * Optional)}.
   */
  public static EthosAlignment alignment(String profileRef, Optional<String> domain) {
    Objects.requireNonNull(profileRef, "profileRef must not be null");
    Objects.requireNonNull(domain, "domain must not be null");
    if (profileRef.isBlank()) {
      return EthosAlignment.MISSING;
    }
    return find(profileRef).map(p -> alignment(p, domain)).orElse(EthosAlignment.MISSING);
  }

  /**
   * How a profile fits a workflow domain: {@link EthosAlignment#ALIGNED} when there is no domain,
   * when the profile's own domain is that domain, or when the profile (or the built-in profile for
   * the profile's domain) is meant for it; otherwise {@link EthosAlignment#REGULATED_PERMISSIVE}
   * when the domain is regulated and the profile permissive, else {@link
   * EthosAlignment#MISMATCHED}. A domain no built-in profile is meant for is judged only by
   * equality with the profile's domain; it is never a mismatch with a non-permissive profile.
   */
  public static EthosAlignment alignment(EthosProfile profile, Optional<String> domain) {
    Objects.requireNonNull(profile, "profile must not be null");
    Objects.requireNonNull(domain, "domain must not be null");
    if (domain.isEmpty() || domain.get().isBlank()) {
      return EthosAlignment.ALIGNED;
    }
    String key = Names.domainKey(domain.get());
    if (Names.domainKey(profile.domain()).equals(key)) {
      return EthosAlignment.ALIGNED;
    }
    List<String> families = families(profile);
    boolean known = DOMAINS.values().stream().anyMatch(l -> l.contains(key));
    if (families.stream().anyMatch(s -> DOMAINS.get(s).contains(key))) {
      return EthosAlignment.ALIGNED;
    }
    if (isRegulated(domain.get()) && profile.permissive()) {
      return EthosAlignment.REGULATED_PERMISSIVE;
    }
    return known ? EthosAlignment.MISMATCHED : EthosAlignment.ALIGNED;
  }

  /** The built-in stems whose domain list covers the profile (its own stem, or its domain's). */
  private static List<String> families(EthosProfile profile) {
    List<String> out = new ArrayList<>();
    if (DOMAINS.containsKey(profile.stem())) {
      out.add(profile.stem());
    }
    String key = Names.domainKey(profile.domain());
    for (Map.Entry<String, List<String>> e : DOMAINS.entrySet()) {
      if (e.getValue().contains(key) && !out.contains(e.getKey())) {
        out.add(e.getKey());
      }
    }
    return out;
  }

  private static final class Holder {
    static final List<EthosProfile> PROFILES;
    static final Map<String, EthosProfile> BY_STEM;
    static final Map<String, String> TEXT;

    /**
     * Every accepted form of a reference: stem, kebab name, lower-case name, without "the-",
     * "ethos-" + kebab.
     */
    static final Map<String, EthosProfile> BY_FORM;

    static {
      List<EthosProfile> list = new ArrayList<>();
      Map<String, EthosProfile> byStem = new LinkedHashMap<>();
      Map<String, String> text = new LinkedHashMap<>();
      for (String stem : FILES) {
        String t = read("profiles/" + stem + ".md");
        EthosChecker.Result r = EthosChecker.check(stem + ".md", t, Set.of(), Limits.DEFAULTS);
        EthosProfile p =
            r.profile()
                .orElseThrow(
                    () ->
                        new IllegalStateException(
                            "built-in profile " + stem + " does not validate: " + r.diagnostics()));
        if (!p.stem().equals(stem)) {
          throw new IllegalStateException("built-in profile " + stem + " has stem " + p.stem());
        }
        list.add(p);
        byStem.put(stem, p);
        text.put(stem, t);
      }
      PROFILES = Collections.unmodifiableList(list);
      BY_STEM = Collections.unmodifiableMap(byStem);
      TEXT = Collections.unmodifiableMap(text);
      Map<String, EthosProfile> forms = new java.util.HashMap<>();
      for (EthosProfile p : list) {
        // the first profile in the spec's order wins a form two profiles share
        String kebab = Names.kebab(p.name(), 64);
        forms.putIfAbsent(p.stem(), p);
        forms.putIfAbsent(kebab, p);
        forms.putIfAbsent(p.name().toLowerCase(Locale.ROOT), p);
        forms.putIfAbsent(kebab.startsWith("the-") ? kebab.substring(4) : kebab, p);
        forms.putIfAbsent("ethos-" + kebab, p);
      }
      BY_FORM = Collections.unmodifiableMap(forms);
    }

    private static String read(String resource) {
      try (InputStream in = EthosProfiles.class.getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalStateException("missing resource " + resource);
        }
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
