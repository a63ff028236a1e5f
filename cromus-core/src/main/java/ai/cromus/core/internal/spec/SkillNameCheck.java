package ai.cromus.core.internal.spec;

import ai.cromus.core.internal.yaml.YamlNode;
import ai.cromus.core.spec.SpecRule;
import java.util.Locale;
import java.util.Optional;

/** Checks the {@code name} of a SKILL.md: present, a string, its form, and its directory. */
final class SkillNameCheck {
  private final Findings out;

  SkillNameCheck(Findings out) {
    this.out = out;
  }

  /** The skill's name (NFKC, trimmed), or {@code ""} when it is missing or empty. */
  String check(YamlNode root, String path) {
    Optional<YamlNode.Entry> entry = root.entry("name");
    if (entry.isEmpty()) {
      out.add(
          SpecRule.SKILL_NAME_MISSING,
          root,
          "Missing required field in frontmatter: name.",
          "Add name: with the skill's directory name, e.g. name: refund-triage.");
      return "";
    }
    YamlNode v = entry.get().value();
    if (!v.isScalar() || v.isNull() || v.text().isBlank()) {
      out.add(
          SpecRule.SKILL_NAME_EMPTY,
          v.isScalar() ? entry.get().key() : v,
          "Field 'name' must be a non-empty string.",
          "Write name: my-skill.");
      return "";
    }
    String n = Names.nfkc(v.text().trim());
    boolean bad = form(v, n);
    String dir = Names.parentName(path);
    if (!dir.isEmpty() && !Names.nfkc(dir).equals(n)) {
      out.add(
          SpecRule.SKILL_NAME_DIRECTORY,
          v,
          "Directory name '" + dir + "' must match skill name " + YamlChecks.quote(n) + ".",
          "Rename the directory to " + n + ", or set name: " + dir + ".");
    }
    if (!bad && !Names.isKebab(n)) {
      out.add(
          SpecRule.SKILL_NAME_NOT_ASCII,
          v,
          "Skill name "
              + YamlChecks.quote(n)
              + " passes the reference validator but is not ASCII kebab-case, which the Agent Skills"
              + " specification text and stricter validators require.",
          "Prefer an ASCII name such as " + Names.kebab(n, 64) + ".");
    }
    return n;
  }

  /** The rules of the reference validator on the name's form; whether any of them failed. */
  private boolean form(YamlNode v, String n) {
    boolean bad = false;
    int length = Names.length(n);
    if (length > 64) {
      bad = true;
      out.add(
          SpecRule.SKILL_NAME_LENGTH,
          v,
          "Skill name "
              + YamlChecks.quote(n)
              + " exceeds 64 character limit ("
              + length
              + " chars).",
          "Shorten it to at most 64 characters, e.g. " + Names.kebab(n, 64) + ".");
    }
    if (!n.equals(n.toLowerCase(Locale.ROOT))) {
      bad = true;
      out.add(
          SpecRule.SKILL_NAME_CASE,
          v,
          "Skill name " + YamlChecks.quote(n) + " must be lowercase.",
          "Write name: "
              + (Names.isKebab(n.toLowerCase(Locale.ROOT))
                  ? n.toLowerCase(Locale.ROOT)
                  : Names.kebab(n, 64))
              + " (and rename the directory to match).");
    }
    if (n.startsWith("-") || n.endsWith("-")) {
      bad = true;
      out.add(
          SpecRule.SKILL_NAME_HYPHEN,
          v,
          "Skill name cannot start or end with a hyphen.",
          "Remove the leading or trailing hyphen.");
    }
    if (n.contains("--")) {
      bad = true;
      out.add(
          SpecRule.SKILL_NAME_CONSECUTIVE_HYPHENS,
          v,
          "Skill name cannot contain consecutive hyphens.",
          "Use single hyphens between words.");
    }
    if (!nameCharacters(n)) {
      bad = true;
      out.add(
          SpecRule.SKILL_NAME_CHARACTERS,
          v,
          "Skill name "
              + YamlChecks.quote(n)
              + " contains invalid characters. Only letters, digits, and hyphens are allowed.",
          "Write it in kebab-case, e.g. " + Names.kebab(n, 64) + ".");
    }
    return bad;
  }

  /** Letters, digits (of any script, number letters included) and hyphens only. */
  private static boolean nameCharacters(String n) {
    for (int i = 0; i < n.length(); ) {
      int cp = n.codePointAt(i);
      if (!(cp == '-'
          || Character.isLetterOrDigit(cp)
          || Character.getType(cp) == Character.LETTER_NUMBER
          || Character.getType(cp) == Character.OTHER_NUMBER)) {
        return false;
      }
      i += Character.charCount(cp);
    }
    return true;
  }
}
