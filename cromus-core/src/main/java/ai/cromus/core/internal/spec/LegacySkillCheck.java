package ai.cromus.core.internal.spec;

import ai.cromus.core.internal.yaml.FrontMatter;
import ai.cromus.core.internal.yaml.YamlNode;
import ai.cromus.core.spec.SpecRule;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;

/** Checks a legacy Cromus v0.1 skill (a top-level {@code skill:} mapping) against its schema. */
final class LegacySkillCheck {
  private final Findings out;
  private final SkillMetadataCheck metadata;

  LegacySkillCheck(Findings out, SkillMetadataCheck metadata) {
    this.out = out;
    this.metadata = metadata;
  }

  SkillChecker.Result check(
      String file, YamlNode root, Optional<YamlNode.Entry> skillEntry, FrontMatter fm) {
    if (skillEntry.isEmpty() || !skillEntry.get().value().isMapping()) {
      out.add(
          SpecRule.SKILL_LEGACY_FIELD,
          root,
          "The file is named like a legacy v0.1 skill ("
              + file
              + ") but has no top-level skill: mapping.",
          "Put the v0.1 fields under skill:, or rename the file to SKILL.md in a directory named"
              + " after the skill.");
      return new SkillChecker.Result(out.sorted(), 0, Optional.empty());
    }
    YamlNode key = skillEntry.get().key();
    YamlNode s = skillEntry.get().value();
    out.add(
        SpecRule.SKILL_LEGACY,
        key,
        "This is a legacy Cromus v0.1 skill (top-level skill:),"
            + " superseded by v0.2; it is not an Agent Skill.",
        "Migrate it: cromus export FILE"
            + " --target specs writes .agents/skills/<name>/SKILL.md and its cromus.yaml.");
    for (YamlNode.Entry e : root.entries()) {
      if (!e.name().equals("skill")) {
        out.add(
            SpecRule.SKILL_LEGACY_FIELD,
            e.key(),
            "Top-level key '" + e.name() + "' is outside the skill: mapping of the v0.1 schema.",
            "Move it under skill:.");
      }
    }
    int points = requiredFields(s, key);
    model(s);
    costEstimate(s);
    steps(s);
    for (String l : List.of("compatible_frameworks", "tags")) {
      s.get(l)
          .filter(n -> !n.isSequence() && !n.isNull())
          .ifPresent(
              n ->
                  out.add(
                      SpecRule.SKILL_LEGACY_FIELD,
                      n,
                      "skill." + l + " must be a list of strings.",
                      "Write one '- item' per line."));
    }
    s.string("ethos_reference")
        .ifPresent(r -> metadata.ethosReference(s.get("ethos_reference").get(), r));
    Optional<String> name = s.string("name");
    fileName(file, key, name, s.string("version"));
    Map<String, String> meta = new LinkedHashMap<>();
    int completeness = Math.round(100f * points / 14);
    return new SkillChecker.Result(
        out.sorted(),
        completeness,
        Optional.of(
            new SkillChecker.Skill(
                root,
                name.map(n -> Names.kebab(n, 64)).orElse(""),
                meta,
                fm.body(),
                fm.bodyLine())));
  }

  /** The seven required v0.1 fields and their form; two points for each one present. */
  private int requiredFields(YamlNode s, YamlNode key) {
    int points = 0;
    for (String f :
        List.of(
            "name",
            "version",
            "description",
            "owner",
            "approved",
            "approved_date",
            "execution_target")) {
      Optional<YamlNode> v = s.get(f);
      if (v.isEmpty()) {
        out.add(
            SpecRule.SKILL_LEGACY_FIELD,
            key,
            "Required v0.1 field skill." + f + " is missing.",
            "Add " + f + ": under skill:.");
        continue;
      }
      points += 2;
      YamlNode n = v.get();

      boolean ok =
          switch (f) {
            case "approved" -> n.isScalar() && n.type() == YamlNode.ScalarType.BOOL;
            case "approved_date" ->
                n.isNull() || (n.isScalar() && Names.ISO_DATE.matcher(n.text().trim()).matches());
            case "version" -> n.isScalar() && Names.SEMVER.matcher(n.text().trim()).matches();
            default -> n.isScalar() && !n.isNull() && !n.text().isBlank();
          };
      if (!ok) {
        out.add(
            SpecRule.SKILL_LEGACY_FIELD,
            n,
            "skill."
                + f
                + " has the wrong type or form"
                + " (expected "
                + (f.equals("approved")
                    ? "a boolean"
                    : f.equals("approved_date")
                        ? "an ISO date or null"
                        : f.equals("version") ? "SemVer" : "a non-empty string")
                + ").",
            "Fix the value of skill." + f + ".");
      }
    }
    return points;
  }

  private void model(YamlNode s) {
    s.get("model")
        .ifPresent(
            m -> {
              if (!m.isMapping()) {
                out.add(
                    SpecRule.SKILL_LEGACY_FIELD,
                    m,
                    "skill.model must be a mapping with primary," + " fallback and mode.",
                    "Write model: with primary:, fallback: and mode: under it.");
              } else {
                m.string("mode")
                    .filter(x -> !List.of("standard", "batch", "streaming").contains(x))
                    .ifPresent(
                        x ->
                            out.add(
                                SpecRule.SKILL_LEGACY_FIELD,
                                m.get("mode").get(),
                                "skill.model.mode "
                                    + YamlChecks.quote(x)
                                    + " is not standard, batch or streaming.",
                                "Write mode: standard."));
              }
            });
  }

  private void costEstimate(YamlNode s) {
    s.get("cost_estimate")
        .ifPresent(
            c -> {
              if (!c.isMapping()) {
                out.add(
                    SpecRule.SKILL_LEGACY_FIELD,
                    c,
                    "skill.cost_estimate must be a mapping.",
                    "Write input_tokens, output_tokens, currency and estimated_cost_per_run under it.");
                return;
              }
              for (String t : List.of("input_tokens", "output_tokens")) {
                c.get(t)
                    .filter(n -> !(n.isScalar() && n.type() == YamlNode.ScalarType.INT))
                    .ifPresent(
                        n ->
                            out.add(
                                SpecRule.SKILL_LEGACY_FIELD,
                                n,
                                "skill.cost_estimate." + t + " must be a whole number of tokens.",
                                "Write " + t + ": 1200."));
              }
              c.string("currency")
                  .filter(x -> !x.equals("USD"))
                  .ifPresent(
                      x ->
                          out.add(
                              SpecRule.SKILL_LEGACY_FIELD,
                              c.get("currency").get(),
                              "skill.cost_estimate.currency "
                                  + YamlChecks.quote(x)
                                  + " is not USD.",
                              "Write currency: USD."));
            });
  }

  private void steps(YamlNode s) {
    s.get("steps")
        .ifPresent(
            st -> {
              if (!st.isSequence()) {
                out.add(
                    SpecRule.SKILL_LEGACY_FIELD,
                    st,
                    "skill.steps must be a list.",
                    "Write one '- id: step_01' item per step.");
                return;
              }
              for (YamlNode item : st.items()) {
                if (!item.isMapping()
                    || item.string("id").isEmpty()
                    || item.string("name").isEmpty()) {
                  out.add(
                      SpecRule.SKILL_LEGACY_FIELD,
                      item,
                      "Each step needs at least id and name.",
                      "Write id: step_01 and name: under the item.");
                }
              }
            });
  }

  /** A v0.1 skill's file is named {@code skill-<kebab-name>-v<version>.md}. */
  private void fileName(
      String file, YamlNode key, Optional<String> name, Optional<String> version) {
    Matcher m = Names.LEGACY_SKILL_FILE.matcher(file);
    if (name.isPresent() && version.isPresent()) {
      String expected =
          "skill-" + Names.kebab(name.get(), 64) + "-v" + version.get().trim() + ".md";
      if (!m.matches() || !file.equals(expected)) {
        out.add(
            SpecRule.SKILL_LEGACY_FILE_NAME,
            key,
            "A v0.1 skill named "
                + YamlChecks.quote(name.get())
                + " at version "
                + version.get().trim()
                + " belongs in "
                + expected
                + ", not "
                + file
                + ".",
            "Rename the file to " + expected + ", or migrate it to an Agent Skill.");
      }
    }
  }
}
