package ai.cromus.core.spec;

import static org.apiguardian.api.API.Status.STABLE;

import ai.cromus.core.Limits;
import ai.cromus.core.internal.ethics.EthicsTable;
import ai.cromus.core.internal.spec.EthosChecker;
import ai.cromus.core.internal.spec.Names;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * The seven reference ETHOS profiles, built in, and how a profile fits a workflow's domain.
 *
 * <p>A profile is found by its name ({@code The Steward}), its kebab-case name ({@code
 * the-steward}), its short name ({@code steward}), its file stem ({@code ethos-the-steward-v1.0.0})
 * or its file name ({@code ethos-the-steward-v1.0.0.md}), ignoring case.
 *
 * <p>Domains are compared as keys: lower case, words joined by {@code _} ({@code "Customer
 * Support"} is {@code customer_support}). Each built-in profile is meant for the domains of its
 * industry list; the regulated domains are those of The Steward and The Guardian, and government
 * and the public sector. A profile is permissive when {@link EthosProfile#permissive()}. The table
 * behind these answers is the one the Croms ethics multiplier and the generated sidecar's {@code
 * ethos_alignment} read, so the three always agree.
 */
@API(status = STABLE, since = "0.1")
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
    String key = EthicsTable.key(domain.get());
    Optional<String> stem = EthicsTable.recommendedStem(key);
    if (stem.isPresent()) {
      return Optional.of(Holder.BY_STEM.get(stem.get()));
    }
    for (EthosProfile p : Holder.PROFILES) {
      if (Names.domainKey(p.domain()).equals(key)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  /**
   * True for regulated domains: those The Steward or The Guardian are meant for (pharmaceutical,
   * legal, finance, ...), and government and the public sector.
   */
  public static boolean isRegulated(String domain) {
    return EthicsTable.isRegulated(domain);
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
    return EthicsTable.alignment(profile, domain);
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
      Map<String, EthosProfile> forms = new HashMap<>();
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
