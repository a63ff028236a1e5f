package ai.cromus.core.internal.spec;

import ai.cromus.core.Limits;
import ai.cromus.core.diagnostic.Diagnostic;
import ai.cromus.core.internal.Enums;
import ai.cromus.core.internal.yaml.FrontMatter;
import ai.cromus.core.internal.yaml.YamlNode;
import ai.cromus.core.internal.yaml.YamlReader;
import ai.cromus.core.spec.CommunicationRegister;
import ai.cromus.core.spec.DecisionStyle;
import ai.cromus.core.spec.EscalationThreshold;
import ai.cromus.core.spec.EthosProfile;
import ai.cromus.core.spec.ImmutableEthosProfile;
import ai.cromus.core.spec.RiskTolerance;
import ai.cromus.core.spec.SpecRule;
import ai.cromus.core.spec.UncertaintyBehavior;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;

/** Validates an ETHOS.md file (spec v0.2) and reads its profile. */
public final class EthosChecker {
  private static final java.util.regex.Pattern TRUE =
      java.util.regex.Pattern.compile("true|yes|on|y", java.util.regex.Pattern.CASE_INSENSITIVE);

  /** The twelve required fields, in spec order. */
  public static final List<String> REQUIRED =
      List.of(
          "name",
          "version",
          "domain",
          "risk_tolerance",
          "decision_style",
          "escalation_threshold",
          "human_approval_required",
          "communication_register",
          "uncertainty_behavior",
          "owner",
          "approved",
          "approved_date");

  /** The eight recommended fields. */
  public static final List<String> RECOMMENDED =
      List.of(
          "compliance_frameworks",
          "prohibited_actions",
          "values",
          "escalation_contacts",
          "source_policy",
          "review_cadence",
          "compatible_profiles",
          "incompatible_profiles");

  /** The optional fields. */
  public static final List<String> OPTIONAL =
      List.of("tags", "notes", "jurisdiction", "language_register");

  /** What the check found. */
  public record Result(
      List<Diagnostic> diagnostics, int completeness, Optional<EthosProfile> profile) {}

  private final Findings out;
  private final Set<String> knownStems;

  private EthosChecker(String source, Set<String> knownStems) {
    this.out = new Findings(source);
    this.knownStems = knownStems;
  }

  /**
   * Checks an ETHOS file. {@code knownStems} are the profile stems that references may resolve to
   * (built-ins and files supplied by the caller).
   */
  public static Result check(String path, String text, Set<String> knownStems, Limits limits) {
    return new EthosChecker(path, knownStems).run(path, text, limits);
  }

  private Result run(String path, String text, Limits limits) {
    Optional<FrontMatter> fm = FrontMatter.lines(text).frontMatter();
    if (fm.isEmpty()) {
      fm = FrontMatter.fencedYaml(text);
    }
    if (fm.isEmpty()) {
      out.add(
          SpecRule.ETHOS_NO_YAML,
          1,
          1,
          "No ETHOS YAML found: the file has neither front matter between --- lines nor a"
              + " fenced ```yaml block.",
          "Start the file with ---, an ethos: mapping with the twelve required fields, and ---.");
      return new Result(out.sorted(), 0, Optional.empty());
    }
    FrontMatter f = fm.get();
    YamlReader.Document yr = YamlChecks.read(f.yaml(), f.line(), f.column(), limits);
    if (yr.failure().isPresent()) {
      YamlChecks.problem(yr.failure().get(), out, SpecRule.ETHOS_YAML_SYNTAX, "the ETHOS block");
      return new Result(out.sorted(), 0, Optional.empty());
    }
    YamlNode root = yr.root().orElse(null);
    if (root == null || !root.isMapping()) {
      out.add(
          SpecRule.ETHOS_YAML_SYNTAX,
          root == null ? f.line() : root.line(),
          root == null ? 1 : root.column(),
          "The ETHOS YAML is not a mapping.",
          "Write an ethos: mapping with the profile's fields under it.");
      return new Result(out.sorted(), 0, Optional.empty());
    }
    YamlChecks.duplicates(root, out, SpecRule.ETHOS_YAML_DUPLICATE_KEY);
    Optional<YamlNode.Entry> ethosEntry = root.entry("ethos");
    if (ethosEntry.isEmpty() || !ethosEntry.get().value().isMapping()) {
      YamlNode at = ethosEntry.map(YamlNode.Entry::key).orElse(root);
      out.add(
          SpecRule.ETHOS_NO_ETHOS_KEY,
          at,
          ethosEntry.isEmpty()
              ? "The YAML has no top-level ethos: key."
              : "The ethos: key does not hold a mapping.",
          "Put every ETHOS field under one top-level ethos: mapping.");
      return new Result(out.sorted(), 0, Optional.empty());
    }
    for (YamlNode.Entry e : root.entries()) {
      if (!e.name().equals("ethos")) {
        out.add(
            SpecRule.ETHOS_UNKNOWN_FIELD,
            e.key(),
            "Top-level key '" + e.name() + "' is outside the ethos: mapping; it is ignored.",
            "Move it under ethos: or delete it.");
      }
    }
    YamlNode ethos = ethosEntry.get().value();
    YamlNode ethosKey = ethosEntry.get().key();
    ImmutableEthosProfile.Builder b = EthosProfile.builder();
    boolean complete = true;
    int points = 0;
    for (String field : REQUIRED) {
      Optional<YamlNode> v = ethos.get(field);
      if (v.isEmpty()) {
        complete = false;
        out.add(
            SpecRule.ETHOS_REQUIRED_FIELD,
            ethosKey,
            "Required field '" + field + "' is missing from the ethos: mapping.",
            "Add " + field + ": " + example(field) + ".");
        continue;
      }
      points += 2;
      complete &= required(field, v.get(), b);
    }
    for (String field : RECOMMENDED) {
      Optional<YamlNode> v = ethos.get(field);
      if (v.isEmpty()) {
        out.add(
            SpecRule.ETHOS_RECOMMENDED_FIELD,
            ethosKey,
            "Recommended field '" + field + "' is missing.",
            "Add " + field + " to make the profile complete.");
      } else {
        points += 1;
        recommended(field, v.get(), b);
      }
    }
    for (String field : OPTIONAL) {
      ethos.get(field).ifPresent(v -> optional(field, v, b));
    }
    Set<String> all = new LinkedHashSet<>(REQUIRED);
    all.addAll(RECOMMENDED);
    all.addAll(OPTIONAL);
    for (YamlNode.Entry e : ethos.entries()) {
      if (!all.contains(e.name())) {
        String near = Nearest.of(e.name(), all).map(n -> " Did you mean '" + n + "'?").orElse("");
        out.add(
            SpecRule.ETHOS_UNKNOWN_FIELD,
            e.key(),
            "Field '" + e.name() + "' is not defined by the ETHOS.md spec; it is ignored." + near,
            "Rename or delete it; use notes: for free text.");
      }
    }
    approval(ethos);
    profileLists(ethos);
    Optional<EthosProfile> profile = Optional.empty();
    if (complete) {
      b.summary(summary(f.body()));
      try {
        profile = Optional.of(b.build());
      } catch (IllegalStateException e) {
        profile = Optional.empty();
      }
    }
    profile.ifPresent(p -> fileName(path, p, ethosKey));
    int completeness = Math.round(100f * points / (2 * REQUIRED.size() + RECOMMENDED.size()));
    return new Result(out.sorted(), completeness, profile);
  }

  private boolean required(String field, YamlNode v, ImmutableEthosProfile.Builder b) {
    switch (field) {
      case "name":
      case "domain":
      case "owner":
        return string(field, v)
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
      case "version":
        return string(field, v)
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
      case "risk_tolerance":
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
        return enumField(field, v, RiskTolerance.class)
            .map(
                e -> {
                  b.riskTolerance(e);
                  return true;
                })
            .orElse(false);
      case "decision_style":
        return enumField(field, v, DecisionStyle.class)
            .map(
                e -> {
                  b.decisionStyle(e);
                  return true;
                })
            .orElse(false);
      case "escalation_threshold":
        return enumField(field, v, EscalationThreshold.class)
            .map(
                e -> {
                  b.escalationThreshold(e);
                  return true;
                })
            .orElse(false);
      case "communication_register":
        return enumField(field, v, CommunicationRegister.class)
            .map(
                e -> {
                  b.communicationRegister(e);
                  return true;
                })
            .orElse(false);
      case "uncertainty_behavior":
        return enumField(field, v, UncertaintyBehavior.class)
            .map(
                e -> {
                  b.uncertaintyBehavior(e);
                  return true;
                })
            .orElse(false);
      case "human_approval_required":
        return bool(field, v)
            .map(
                x -> {
                  b.humanApprovalRequired(x);
                  return true;
                })
            .orElse(false);
      case "approved":
        return bool(field, v)
            .map(
                x -> {
                  b.approved(x);
                  return true;
                })
            .orElse(false);
      case "approved_date":
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
      default:
        return true;
    }
  }

  private void recommended(String field, YamlNode v, ImmutableEthosProfile.Builder b) {
    switch (field) {
      case "compliance_frameworks":
        list(field, v).ifPresent(b::addAllComplianceFrameworks);
        break;
      case "prohibited_actions":
        list(field, v).ifPresent(b::addAllProhibitedActions);
        break;
      case "values":
        list(field, v).ifPresent(b::addAllValues);
        break;
      case "compatible_profiles":
        list(field, v).ifPresent(b::addAllCompatibleProfiles);
        break;
      case "incompatible_profiles":
        list(field, v).ifPresent(b::addAllIncompatibleProfiles);
        break;
      case "source_policy":
        nullableString(field, v).ifPresent(b::sourcePolicy);
        break;
      case "review_cadence":
        nullableString(field, v).ifPresent(b::reviewCadence);
        break;
      case "escalation_contacts":
        if (!v.isMapping()) {
          if (!v.isNull()) {
            out.add(
                SpecRule.ETHOS_TYPE,
                v,
                "escalation_contacts must be a mapping with primary" + " and secondary.",
                "Write escalation_contacts: with primary: and secondary: under it.");
          }
          break;
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
                    nullableString("escalation_contacts.primary", p)
                        .ifPresent(b::escalationPrimary));
        v.get("secondary")
            .ifPresent(
                p ->
                    nullableString("escalation_contacts.secondary", p)
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
        break;
      default:
        break;
    }
  }

  private void optional(String field, YamlNode v, ImmutableEthosProfile.Builder b) {
    switch (field) {
      case "tags":
        list(field, v).ifPresent(b::addAllTags);
        break;
      case "notes":
        nullableString(field, v).ifPresent(b::notes);
        break;
      case "jurisdiction":
        nullableString(field, v).ifPresent(b::jurisdiction);
        break;
      case "language_register":
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
            .flatMap(n -> list("language_register.preferred_terms", n))
            .ifPresent(b::addAllPreferredTerms);
        v.get("prohibited_terms")
            .flatMap(n -> list("language_register.prohibited_terms", n))
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
        break;
      default:
        break;
    }
  }

  private void approval(YamlNode ethos) {
    Optional<YamlNode> approved = ethos.get("approved");
    Optional<YamlNode> date = ethos.get("approved_date");
    if (approved.isEmpty() || date.isEmpty() || approved.get().type() != YamlNode.ScalarType.BOOL) {
      return;
    }
    boolean yes = TRUE.matcher(approved.get().text().trim()).matches();
    if (yes && date.get().isNull()) {
      out.add(
          SpecRule.ETHOS_APPROVAL,
          date.get(),
          "The profile is approved but approved_date is null.",
          "Record the date of approval, e.g. approved_date: \"2026-03-21\".");
    } else if (!yes && !date.get().isNull()) {
      out.add(
          SpecRule.ETHOS_APPROVAL,
          date.get(),
          "approved_date is set but approved is false.",
          "Set approved: true, or approved_date: null until it is approved.");
    }
  }

  private void profileLists(YamlNode ethos) {
    List<YamlNode> compatible =
        ethos
            .get("compatible_profiles")
            .filter(YamlNode::isSequence)
            .map(YamlNode::items)
            .orElse(List.of());
    List<YamlNode> incompatible =
        ethos
            .get("incompatible_profiles")
            .filter(YamlNode::isSequence)
            .map(YamlNode::items)
            .orElse(List.of());
    String self =
        ethos
            .string("name")
            .flatMap(
                n -> ethos.string("version").map(v -> "ethos-" + Names.kebab(n, 64) + "-v" + v))
            .orElse("");
    Set<String> compatibleStems = new LinkedHashSet<>();
    for (YamlNode n : compatible) {
      if (n.isScalar()) {
        compatibleStems.add(n.text().trim());
        reference(n, "compatible_profiles");
      }
    }
    for (YamlNode n : incompatible) {
      if (!n.isScalar()) {
        continue;
      }
      String stem = n.text().trim();
      reference(n, "incompatible_profiles");
      if (compatibleStems.contains(stem)) {
        out.add(
            SpecRule.ETHOS_PROFILE_CONFLICT,
            n,
            "Profile '" + stem + "' is listed as both compatible and incompatible.",
            "Keep it in one list only.");
      }
      if (stem.equals(self)) {
        out.add(
            SpecRule.ETHOS_PROFILE_CONFLICT,
            n,
            "The profile lists itself as incompatible.",
            "Remove '" + stem + "' from incompatible_profiles.");
      }
    }
  }

  private void reference(YamlNode n, String field) {
    String stem = n.text().trim();
    Matcher m = Names.ETHOS_STEM.matcher(stem);
    if (!m.matches()) {
      out.add(
          SpecRule.ETHOS_PROFILE_REF,
          n,
          field
              + " entry "
              + YamlChecks.quote(stem)
              + " is not an ETHOS file stem (ethos-<kebab-name>-v<version>).",
          Nearest.of(stem, knownStems)
              .map(s -> "Did you mean '" + s + "'?")
              .orElse("Write the stem of the profile's file, e.g. ethos-the-diplomat-v1.0.0."));
    } else if (!knownStems.isEmpty() && !knownStems.contains(stem)) {
      out.add(
          SpecRule.ETHOS_PROFILE_REF,
          n,
          field + " entry '" + stem + "' does not resolve to a built-in or supplied profile.",
          Nearest.of(stem, knownStems)
              .map(s -> "Did you mean '" + s + "'?")
              .orElse("Supply the profile's file, or use one of the seven built-in profiles."));
    }
  }

  private void fileName(String path, EthosProfile p, YamlNode at) {
    String file = Names.fileName(path);
    if (file.equals("ETHOS.md")
        || file.isEmpty()
        || !file.toLowerCase(Locale.ROOT).startsWith("ethos")) {
      return;
    }
    String stem = file.endsWith(".md") ? file.substring(0, file.length() - 3) : file;
    Matcher m = Names.ETHOS_STEM.matcher(stem);
    if (!m.matches()) {
      out.add(
          SpecRule.ETHOS_FILE_NAME,
          at,
          "File name '" + file + "' does not follow ethos-<kebab-case-name>-v<version>.md.",
          "Rename the file to " + p.fileName() + " (or ETHOS.md).");
    } else if (!m.group(2).equals(p.version())) {
      out.add(
          SpecRule.ETHOS_FILE_NAME,
          at,
          "File name '"
              + file
              + "' says version "
              + m.group(2)
              + " but the profile's version is "
              + p.version()
              + ".",
          "Rename the file to ethos-" + m.group(1) + "-v" + p.version() + ".md, or fix version.");
    }
  }

  private Optional<String> string(String field, YamlNode v) {
    if (v.isScalar() && !v.isNull() && !v.text().isBlank()) {
      return Optional.of(v.text().trim());
    }
    out.add(
        SpecRule.ETHOS_TYPE,
        v,
        field + " must be a non-empty string.",
        "Write " + field + ": " + example(field) + ".");
    return Optional.empty();
  }

  private Optional<String> nullableString(String field, YamlNode v) {
    if (v.isNull()) {
      return Optional.empty();
    }
    if (v.isScalar()) {
      return v.text().isBlank() ? Optional.empty() : Optional.of(v.text().trim());
    }
    out.add(
        SpecRule.ETHOS_TYPE, v, field + " must be a string or null.", "Write one line of text.");
    return Optional.empty();
  }

  private Optional<Boolean> bool(String field, YamlNode v) {
    if (v.isScalar() && v.type() == YamlNode.ScalarType.BOOL) {
      return Optional.of(TRUE.matcher(v.text().trim()).matches());
    }
    String shown =
        v.isScalar() ? YamlChecks.quote(v.text()) : "a " + v.kind().name().toLowerCase(Locale.ROOT);
    out.add(
        SpecRule.ETHOS_TYPE,
        v,
        field
            + " must be a boolean, not "
            + shown
            + (v.isScalar() && !v.plain() ? " (a quoted string)" : "")
            + ".",
        "Write " + field + ": true or " + field + ": false, without quotes.");
    return Optional.empty();
  }

  private Optional<List<String>> list(String field, YamlNode v) {
    if (v.isNull()) {
      return Optional.of(List.of());
    }
    if (!v.isSequence()) {
      out.add(
          SpecRule.ETHOS_TYPE,
          v,
          field + " must be a list of strings.",
          "Write one '- item' per line under " + field + ":.");
      return Optional.empty();
    }
    List<String> items = new ArrayList<>();
    for (YamlNode n : v.items()) {
      if (!n.isScalar() || n.isNull()) {
        out.add(
            SpecRule.ETHOS_TYPE,
            n,
            "Each entry of " + field + " must be a string.",
            "Write the entry as one line of text.");
      } else {
        items.add(n.text().trim());
      }
    }
    return Optional.of(items);
  }

  private <E extends Enum<E>> Optional<E> enumField(String field, YamlNode v, Class<E> type) {
    Optional<E> e = v.isScalar() ? findExact(type, v.text()) : Optional.empty();
    if (e.isEmpty()) {
      String shown =
          v.isScalar()
              ? YamlChecks.quote(v.text())
              : "a " + v.kind().name().toLowerCase(Locale.ROOT);
      out.add(
          SpecRule.ETHOS_ENUM,
          v,
          field + " is " + shown + "; expected one of " + Enums.ids(type) + ".",
          Nearest.of(v.isScalar() ? v.text() : "", ids(type))
              .map(n -> "Did you mean '" + n + "'?")
              .orElse("Use one of " + Enums.ids(type) + "."));
    }
    return e;
  }

  private static <E extends Enum<E>> Optional<E> findExact(Class<E> type, String text) {
    String t = text.trim();
    for (E c : type.getEnumConstants()) {
      if (Enums.id(c).equals(t)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  private static <E extends Enum<E>> Set<String> ids(Class<E> type) {
    Set<String> s = new LinkedHashSet<>();
    for (E c : type.getEnumConstants()) {
      s.add(Enums.id(c));
    }
    return s;
  }

  private static String example(String field) {
    switch (field) {
      case "version":
        return "\"1.0.0\"";
      case "risk_tolerance":
        return "low | moderate | high";
      case "decision_style":
        return "conservative | balanced | progressive";
      case "escalation_threshold":
        return "early | standard | late";
      case "communication_register":
        return "formal | professional | conversational | technical";
      case "uncertainty_behavior":
        return "pause_and_escalate | flag_and_continue | proceed_with_note";
      case "human_approval_required":
      case "approved":
        return "true | false";
      case "approved_date":
        return "\"2026-03-21\" (or null)";
      case "domain":
        return "customer_success";
      default:
        return "a value";
    }
  }

  /** The first paragraph of the body that is not a heading. */
  static Optional<String> summary(String body) {
    StringBuilder sb = new StringBuilder();
    for (String line : body.split("\n", -1)) {
      String s = line.strip();
      if (s.isEmpty()) {
        if (sb.length() > 0) {
          break;
        }
        continue;
      }
      if (s.startsWith("#") || s.startsWith("```")) {
        if (sb.length() > 0) {
          break;
        }
        continue;
      }
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(s);
    }
    return sb.length() == 0 ? Optional.empty() : Optional.of(sb.toString());
  }

  static Predicate<String> nonBlank() {
    return s -> !s.isBlank();
  }
}
