package ai.cromus.core.internal.spec;

import ai.cromus.core.internal.UserNumbers;
import ai.cromus.core.internal.yaml.YamlNode;
import ai.cromus.core.spec.SpecRule;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks the {@code metadata} mapping of a SKILL.md: string values only, and the form of the keys
 * Cromus reads (approval, version, ETHOS reference, model mode, runs, budgets).
 */
final class SkillMetadataCheck {
  /** Most runs a SKILL.md may state (a month at the front matter's limit of runs a day). */
  private static final long MAX_RUNS = 3_100_000_000L;

  private final Findings out;
  private final Set<String> knownStems;

  SkillMetadataCheck(Findings out, Set<String> knownStems) {
    this.out = out;
    this.knownStems = knownStems;
  }

  Map<String, String> check(YamlNode root) {
    Map<String, String> meta = new LinkedHashMap<>();
    Optional<YamlNode.Entry> entry = root.entry("metadata");
    if (entry.isEmpty()) {
      return meta;
    }
    YamlNode v = entry.get().value();
    if (!v.isMapping()) {
      out.add(
          SpecRule.SKILL_METADATA_TYPE,
          v.isNull() ? entry.get().key() : v,
          "metadata must be a mapping of string keys to string values.",
          "Write one 'key: \"value\"' per line, indented under metadata:.");
      return meta;
    }
    for (YamlNode.Entry e : v.entries()) {
      if (!e.value().isScalar()) {
        out.add(
            SpecRule.SKILL_METADATA_TYPE,
            e.value(),
            "metadata."
                + e.name()
                + " is a "
                + (e.value().isMapping() ? "mapping" : "list")
                + "; metadata values must be strings.",
            "Flatten it to a string (comma-separated for a list), or move it to cromus.yaml.");
        continue;
      }
      meta.put(e.name(), e.value().isNull() ? "" : e.value().text());
      cromusKey(e.name(), e.value());
    }
    return meta;
  }

  private void cromusKey(String key, YamlNode v) {
    String s = v.isNull() ? "" : v.text().trim();
    switch (key) {
      case "approved" -> {
        if (!s.equals("true") && !s.equals("false")) {
          out.add(
              SpecRule.SKILL_METADATA_VALUE,
              v,
              "metadata.approved is "
                  + YamlChecks.quote(s)
                  + "; Cromus expects the string \"true\" or \"false\".",
              "Write approved: \"true\".");
        }
      }
      case "approved_date" -> {
        if (!s.isEmpty() && !Names.isIsoDate(s)) {
          out.add(
              SpecRule.SKILL_METADATA_VALUE,
              v,
              "metadata.approved_date " + YamlChecks.quote(s) + " is not an ISO-8601 date.",
              "Write approved_date: \"2026-07-01\", or omit it.");
        }
      }
      case "version" -> {
        if (!Names.isSemver(s)) {
          out.add(
              SpecRule.SKILL_METADATA_VALUE,
              v,
              "metadata.version " + YamlChecks.quote(s) + " is not SemVer.",
              "Write version: \"1.0.0\".");
        }
      }
      case "ethos_reference" -> ethosReference(v, s);
      case "cromus-model-mode" -> {
        if (!s.equals("standard") && !s.equals("batch") && !s.equals("streaming")) {
          out.add(
              SpecRule.SKILL_METADATA_VALUE,
              v,
              "metadata.cromus-model-mode "
                  + YamlChecks.quote(s)
                  + " is not one of standard, batch, streaming.",
              "Write cromus-model-mode: standard.");
        }
      }
      default -> amount(key, v, s);
    }
  }

  /** The runs and dollar amounts Cromus reads from metadata; other keys are not checked. */
  private void amount(String key, YamlNode v, String s) {
    switch (key) {
      case "cromus-runs-per-day", "cromus-runs-per-month" -> {
        UserNumbers.Read n = UserNumbers.whole(s, MAX_RUNS);
        if (!n.ok() || n.value().get().signum() == 0) {
          out.add(
              SpecRule.SKILL_METADATA_VALUE,
              v,
              "metadata."
                  + key
                  + " "
                  + YamlChecks.quote(s)
                  + " is not a positive whole number of at most "
                  + String.format(Locale.ROOT, "%,d", MAX_RUNS)
                  + (n.ok() ? "" : " (it " + n.problem() + ")")
                  + ".",
              "Write " + key + ": \"400\".");
        }
      }
      case "cromus-budget-per-run-usd",
          "cromus-budget-per-month-usd",
          "cromus-cost-per-run-usd" -> {
        UserNumbers.Read n = UserNumbers.usd(s);
        if (!n.ok()) {
          out.add(
              SpecRule.SKILL_METADATA_VALUE,
              v,
              "metadata."
                  + key
                  + " "
                  + YamlChecks.quote(s)
                  + " is not "
                  + UserNumbers.USD_RANGE
                  + " (it "
                  + n.problem()
                  + ").",
              "Write " + key + ": \"0.02\".");
        }
      }
      default -> {}
    }
  }

  void ethosReference(YamlNode v, String s) {
    if (!Names.isEthosStem(s)) {
      out.add(
          SpecRule.SKILL_METADATA_VALUE,
          v,
          "metadata.ethos_reference "
              + YamlChecks.quote(s)
              + " is not an ETHOS file stem (ethos-<kebab-name>-v<version>).",
          Nearest.of(s, knownStems)
              .map(n -> "Did you mean '" + n + "'?")
              .orElse("Write the profile's file stem, e.g. ethos-the-diplomat-v1.0.0."));
    } else if (!knownStems.contains(s)) {
      out.add(
          SpecRule.SKILL_ETHOS_REFERENCE,
          v,
          "metadata.ethos_reference '"
              + s
              + "' does not resolve to a built-in or supplied ETHOS profile.",
          Nearest.of(s, knownStems)
              .map(n -> "Did you mean '" + n + "'?")
              .orElse(
                  "Validate the profile's file together with the skill, or use a built-in profile."));
    }
  }
}
