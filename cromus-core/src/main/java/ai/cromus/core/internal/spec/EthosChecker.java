package ai.cromus.core.internal.spec;

import ai.cromus.core.Limits;
import ai.cromus.core.diagnostic.Diagnostic;
import ai.cromus.core.internal.yaml.FrontMatter;
import ai.cromus.core.internal.yaml.YamlNode;
import ai.cromus.core.internal.yaml.YamlReader;
import ai.cromus.core.spec.EthosProfile;
import ai.cromus.core.spec.ImmutableEthosProfile;
import ai.cromus.core.spec.SpecRule;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Validates an ETHOS.md file (spec v0.2) and reads its profile: finds the YAML ({@link #check}),
 * reads the fields ({@link EthosFieldReader}, {@link EthosValues}) and checks that the profile
 * agrees with itself and its references ({@link EthosConsistencyCheck}).
 */
public final class EthosChecker {
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
    Optional<YamlNode.Entry> ethosEntry = ethosEntry(f, limits);
    if (ethosEntry.isEmpty()) {
      return new Result(out.sorted(), 0, Optional.empty());
    }
    YamlNode ethos = ethosEntry.get().value();
    YamlNode ethosKey = ethosEntry.get().key();
    ImmutableEthosProfile.Builder b = EthosProfile.builder();
    EthosFieldReader reader = new EthosFieldReader(out, b);
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
            "Add " + field + ": " + EthosValues.example(field) + ".");
        continue;
      }
      points += 2;
      complete &= reader.required(field, v.get());
    }
    points += otherFields(ethos, ethosKey, reader);
    EthosConsistencyCheck consistency = new EthosConsistencyCheck(out, knownStems);
    consistency.check(ethos);
    Optional<EthosProfile> profile = Optional.empty();
    if (complete) {
      b.summary(summary(f.body()));
      try {
        profile = Optional.of(b.build());
      } catch (IllegalStateException e) {
        profile = Optional.empty();
      }
    }
    profile.ifPresent(p -> consistency.fileName(path, p, ethosKey));
    int completeness = Math.round(100f * points / (2 * REQUIRED.size() + RECOMMENDED.size()));
    return new Result(out.sorted(), completeness, profile);
  }

  /**
   * Reads the YAML and finds its {@code ethos:} mapping; empty (with the diagnostic recorded) when
   * the YAML is bad or has none.
   */
  private Optional<YamlNode.Entry> ethosEntry(FrontMatter f, Limits limits) {
    YamlReader.Document yr = YamlChecks.read(f.yaml(), f.line(), f.column(), limits);
    if (yr.failure().isPresent()) {
      YamlChecks.problem(yr.failure().get(), out, SpecRule.ETHOS_YAML_SYNTAX, "the ETHOS block");
      return Optional.empty();
    }
    YamlNode root = yr.root().orElse(null);
    if (root == null || !root.isMapping()) {
      out.add(
          SpecRule.ETHOS_YAML_SYNTAX,
          root == null ? f.line() : root.line(),
          root == null ? 1 : root.column(),
          "The ETHOS YAML is not a mapping.",
          "Write an ethos: mapping with the profile's fields under it.");
      return Optional.empty();
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
      return Optional.empty();
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
    return ethosEntry;
  }

  /**
   * Reads the recommended and optional fields and reports the unknown ones; the completeness points
   * of the recommended fields present.
   */
  private int otherFields(YamlNode ethos, YamlNode ethosKey, EthosFieldReader reader) {
    int points = 0;
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
        reader.recommended(field, v.get());
      }
    }
    for (String field : OPTIONAL) {
      ethos.get(field).ifPresent(v -> reader.optional(field, v));
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
    return points;
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
