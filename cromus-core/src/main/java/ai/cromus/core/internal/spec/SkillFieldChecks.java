package ai.cromus.core.internal.spec;

import ai.cromus.core.internal.yaml.YamlNode;
import ai.cromus.core.spec.SpecRule;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks the standard scalar fields of a SKILL.md other than its name: {@code description}, {@code
 * compatibility}, {@code allowed-tools}, and plain scalars that ordinary YAML would type.
 */
final class SkillFieldChecks {
  static final Pattern WHEN =
      // word boundaries as look-arounds: Java's \b is quadratic on a run of combining marks
      Pattern.compile(
          "(?iu)(?<![\\p{L}\\p{Nd}\\p{M}_])(when|whenever|if|use (it |this )?(for|to|on|with|in)|for)"
              + "(?![\\p{L}\\p{Nd}\\p{M}_])");

  private final Findings out;

  SkillFieldChecks(Findings out) {
    this.out = out;
  }

  /** Runs every check of this family on the front matter's root mapping. */
  void check(YamlNode root) {
    description(root);
    compatibility(root);
    typedScalars(root);
  }

  private void description(YamlNode root) {
    Optional<YamlNode.Entry> entry = root.entry("description");
    if (entry.isEmpty()) {
      out.add(
          SpecRule.SKILL_DESCRIPTION_MISSING,
          root,
          "Missing required field in frontmatter: description.",
          "Add description: saying what the skill does and when to use it.");
      return;
    }
    YamlNode v = entry.get().value();
    if (!v.isScalar() || v.isNull() || v.text().isBlank()) {
      out.add(
          SpecRule.SKILL_DESCRIPTION_EMPTY,
          v.isScalar() ? entry.get().key() : v,
          "Field 'description' must be a non-empty string.",
          "Say what the skill does and when to use it, in one or two sentences.");
      return;
    }
    String d = v.text();
    int length = Names.length(d);
    if (length > 1024) {
      out.add(
          SpecRule.SKILL_DESCRIPTION_LENGTH,
          v,
          "Description exceeds 1024 character limit (" + length + " chars).",
          "Cut " + (length - 1024) + " characters; move detail into the body.");
    }
    if (d.indexOf('<') >= 0 || d.indexOf('>') >= 0) {
      out.add(
          SpecRule.SKILL_DESCRIPTION_ANGLE_BRACKETS,
          v,
          "The description contains < or >,"
              + " which the skill-creator validator (quick_validate.py) rejects.",
          "Write the words out (less than, greater than) or drop the brackets.");
    }
    if (!saysWhen(d)) {
      out.add(
          SpecRule.SKILL_DESCRIPTION_WHEN,
          v,
          "The description does not say when to use the"
              + " skill; runtimes use it to choose between skills.",
          "Add a sentence such as 'Use when ...'.");
    }
  }

  /** Whether {@code d} says when to use the skill ({@link #WHEN} finds a match). */
  static boolean saysWhen(String d) {
    return WHEN.matcher(d).find();
  }

  private void compatibility(YamlNode root) {
    Optional<YamlNode> c = root.get("compatibility");
    if (c.isEmpty()) {
      return;
    }
    YamlNode v = c.get();
    if (!v.isScalar()) {
      out.add(
          SpecRule.SKILL_COMPATIBILITY_TYPE,
          v,
          "Field 'compatibility' must be a string.",
          "Write the environment requirements as one line of text.");
      return;
    }
    if (v.isNull() || v.text().isBlank()) {
      out.add(
          SpecRule.SKILL_COMPATIBILITY_EMPTY,
          root.entry("compatibility").get().key(),
          "Field 'compatibility' is empty; the specification asks for 1 to 500 characters.",
          "Describe the runtime, packages or network the skill needs, or delete the key.");
      return;
    }
    int length = Names.length(v.text());
    if (length > 500) {
      out.add(
          SpecRule.SKILL_COMPATIBILITY_LENGTH,
          v,
          "Compatibility exceeds 500 character limit (" + length + " chars).",
          "Cut " + (length - 500) + " characters.");
    }
  }

  private void typedScalars(YamlNode root) {
    for (YamlNode.Entry e : root.entries()) {
      if (!e.key().isScalar() || !SkillChecker.ALLOWED.contains(e.key().text())) {
        continue;
      }
      if (e.value().isScalar()) {
        typed(e.key().text(), e.value());
      } else if (e.name().equals("metadata") && e.value().isMapping()) {
        for (YamlNode.Entry m : e.value().entries()) {
          if (m.value().isScalar()) {
            typed("metadata." + m.name(), m.value());
          }
        }
      }
    }
  }

  private void typed(String key, YamlNode v) {
    if (!v.plain() || v.text().isEmpty()) {
      return;
    }
    String as;
    switch (v.type()) {
      case INT, FLOAT -> as = "a number";
      case BOOL -> as = "a boolean";
      case NULL -> as = "null";
      case TIMESTAMP -> as = "a date";
      default -> {
        return;
      }
    }
    out.add(
        SpecRule.SKILL_YAML_TYPED_SCALAR,
        v,
        key
            + ": "
            + v.text()
            + " is read as "
            + as
            + " by ordinary YAML parsers, although Agent Skills values are strings.",
        "Quote it: " + key.substring(key.lastIndexOf('.') + 1) + ": \"" + v.text() + "\".");
  }

  void allowedTools(YamlNode root) {
    root.get("allowed-tools")
        .filter(v -> !v.isScalar())
        .ifPresent(
            v ->
                out.add(
                    SpecRule.SKILL_ALLOWED_TOOLS_LIST,
                    v,
                    "allowed-tools is a "
                        + (v.isSequence() ? "list" : "mapping")
                        + "; the Agent Skills standard defines a space-separated string.",
                    v.isSequence()
                        ? "Write allowed-tools: \"" + String.join(" ", v.strings()) + "\"."
                        : "Write allowed-tools: \"Read Bash(git:*)\"."));
  }
}
