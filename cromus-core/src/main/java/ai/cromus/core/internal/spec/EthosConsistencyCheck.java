package ai.cromus.core.internal.spec;

import ai.cromus.core.internal.yaml.YamlNode;
import ai.cromus.core.spec.EthosProfile;
import ai.cromus.core.spec.SpecRule;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * Checks that an ETHOS profile agrees with itself and with others: approval and its date, the
 * compatible and incompatible profile references, and the file name against name and version.
 */
final class EthosConsistencyCheck {
  private final Findings out;
  private final Set<String> knownStems;

  EthosConsistencyCheck(Findings out, Set<String> knownStems) {
    this.out = out;
    this.knownStems = knownStems;
  }

  /** The checks that need only the {@code ethos:} mapping. */
  void check(YamlNode ethos) {
    approval(ethos);
    profileLists(ethos);
  }

  private void approval(YamlNode ethos) {
    Optional<YamlNode> approved = ethos.get("approved");
    Optional<YamlNode> date = ethos.get("approved_date");
    if (approved.isEmpty() || date.isEmpty() || approved.get().type() != YamlNode.ScalarType.BOOL) {
      return;
    }
    boolean yes = EthosValues.TRUE.matcher(approved.get().text().trim()).matches();
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

  void fileName(String path, EthosProfile p, YamlNode at) {
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
}
