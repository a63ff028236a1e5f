package ai.cromus.core.spec;

import static org.apiguardian.api.API.Status.STABLE;

import ai.cromus.core.diagnostic.Rule;
import ai.cromus.core.diagnostic.RuleInfo;
import ai.cromus.core.diagnostic.Severity;
import org.apiguardian.api.API;

/**
 * Rules of the open-spec validators: SKILL.md, ETHOS.md, MEMORY.md, AGENTS.md and the policy file.
 */
@API(status = STABLE, since = "0.1")
public enum SpecRule implements Rule {
  SKILL_MISSING_PATH(
      "SKILL-MISSING-PATH", Severity.ERROR, "The path given as a skill does not exist."),
  SKILL_NOT_DIRECTORY(
      "SKILL-NOT-DIRECTORY",
      Severity.ERROR,
      "The path given as a skill directory is not a directory."),
  SKILL_MISSING_FILE(
      "SKILL-MISSING-FILE",
      Severity.ERROR,
      "The skill directory holds no SKILL.md (nor skill.md)."),
  SKILL_FILE_NAME(
      "SKILL-FILE-NAME",
      Severity.INFO,
      "The skill file is named skill.md; SKILL.md is the conventional name."),
  SKILL_NO_FRONT_MATTER(
      "SKILL-NO-FRONT-MATTER",
      Severity.ERROR,
      "SKILL.md does not start with YAML front matter (---)."),
  SKILL_FRONT_MATTER_UNCLOSED(
      "SKILL-FRONT-MATTER-UNCLOSED", Severity.ERROR, "The front matter is not closed with ---."),
  SKILL_YAML_SYNTAX("SKILL-YAML-SYNTAX", Severity.ERROR, "The front matter is not valid YAML."),
  SKILL_YAML_NOT_MAPPING(
      "SKILL-YAML-NOT-MAPPING", Severity.ERROR, "The front matter is not a YAML mapping."),
  SKILL_YAML_FLOW(
      "SKILL-YAML-FLOW",
      Severity.ERROR,
      "Flow-style YAML ([a, b] or {a: b}), which the reference validator's strict YAML refuses."),
  SKILL_YAML_DUPLICATE_KEY(
      "SKILL-YAML-DUPLICATE-KEY", Severity.ERROR, "A key appears twice in the same mapping."),
  SKILL_YAML_STRICT(
      "SKILL-YAML-STRICT",
      Severity.ERROR,
      "An anchor, alias or explicit tag, which strict YAML refuses."),
  SKILL_YAML_TYPED_SCALAR(
      "SKILL-YAML-TYPED-SCALAR",
      Severity.WARNING,
      "An unquoted value that ordinary YAML parsers read as a number, boolean, null or date, not a string."),
  SKILL_UNEXPECTED_FIELD(
      "SKILL-UNEXPECTED-FIELD",
      Severity.ERROR,
      "A top-level key outside name, description, license, compatibility, metadata and allowed-tools."),
  SKILL_PORTABILITY(
      "SKILL-PORTABILITY",
      Severity.ERROR,
      "A Cromus extension (model, ethos, agents, version, skill...) as a top-level key, which strict Agent Skills validators reject."),
  SKILL_NAME_MISSING("SKILL-NAME-MISSING", Severity.ERROR, "The required field name is missing."),
  SKILL_NAME_EMPTY("SKILL-NAME-EMPTY", Severity.ERROR, "The name is empty or not a string."),
  SKILL_NAME_LENGTH(
      "SKILL-NAME-LENGTH",
      Severity.ERROR,
      "The name is longer than 64 characters (code points, after NFKC)."),
  SKILL_NAME_CASE("SKILL-NAME-CASE", Severity.ERROR, "The name is not lowercase."),
  SKILL_NAME_HYPHEN("SKILL-NAME-HYPHEN", Severity.ERROR, "The name starts or ends with a hyphen."),
  SKILL_NAME_CONSECUTIVE_HYPHENS(
      "SKILL-NAME-CONSECUTIVE-HYPHENS", Severity.ERROR, "The name contains consecutive hyphens."),
  SKILL_NAME_CHARACTERS(
      "SKILL-NAME-CHARACTERS",
      Severity.ERROR,
      "The name holds a character other than a letter, a digit or a hyphen."),
  SKILL_NAME_DIRECTORY(
      "SKILL-NAME-DIRECTORY",
      Severity.ERROR,
      "The directory name differs from the skill name (after NFKC)."),
  SKILL_NAME_NOT_ASCII(
      "SKILL-NAME-NOT-ASCII",
      Severity.WARNING,
      "The name is valid but not ASCII kebab-case, which the specification text and stricter validators require."),
  SKILL_DESCRIPTION_MISSING(
      "SKILL-DESCRIPTION-MISSING", Severity.ERROR, "The required field description is missing."),
  SKILL_DESCRIPTION_EMPTY(
      "SKILL-DESCRIPTION-EMPTY", Severity.ERROR, "The description is empty or blank."),
  SKILL_DESCRIPTION_LENGTH(
      "SKILL-DESCRIPTION-LENGTH",
      Severity.ERROR,
      "The description is longer than 1024 characters (code points)."),
  SKILL_DESCRIPTION_ANGLE_BRACKETS(
      "SKILL-DESCRIPTION-ANGLE-BRACKETS",
      Severity.WARNING,
      "The description contains < or >, which the skill-creator validator rejects."),
  SKILL_DESCRIPTION_WHEN(
      "SKILL-DESCRIPTION-WHEN",
      Severity.INFO,
      "The description does not say when to use the skill."),
  SKILL_COMPATIBILITY_TYPE(
      "SKILL-COMPATIBILITY-TYPE", Severity.ERROR, "The compatibility field is not a string."),
  SKILL_COMPATIBILITY_LENGTH(
      "SKILL-COMPATIBILITY-LENGTH",
      Severity.ERROR,
      "The compatibility field is longer than 500 characters (code points)."),
  SKILL_COMPATIBILITY_EMPTY(
      "SKILL-COMPATIBILITY-EMPTY",
      Severity.WARNING,
      "The compatibility field is empty; the specification asks for 1 to 500 characters."),
  SKILL_METADATA_TYPE(
      "SKILL-METADATA-TYPE", Severity.WARNING, "metadata is not a mapping of strings to strings."),
  SKILL_METADATA_VALUE(
      "SKILL-METADATA-VALUE",
      Severity.WARNING,
      "A Cromus metadata key has a value of the wrong form."),
  SKILL_ALLOWED_TOOLS_LIST(
      "SKILL-ALLOWED-TOOLS-LIST",
      Severity.WARNING,
      "allowed-tools is a list; the Agent Skills standard defines a space-separated string."),
  SKILL_ETHOS_REFERENCE(
      "SKILL-ETHOS-REFERENCE",
      Severity.WARNING,
      "The ethos_reference does not resolve to a built-in or supplied ETHOS profile."),
  SKILL_BODY_EMPTY(
      "SKILL-BODY-EMPTY", Severity.WARNING, "The Markdown body after the front matter is empty."),
  SKILL_BODY_LONG(
      "SKILL-BODY-LONG", Severity.WARNING, "The body is longer than the recommended 500 lines."),
  SKILL_LEGACY(
      "SKILL-LEGACY",
      Severity.WARNING,
      "A legacy Cromus v0.1 skill (top-level skill: key); migrate it to an Agent Skill."),
  SKILL_LEGACY_FIELD(
      "SKILL-LEGACY-FIELD",
      Severity.ERROR,
      "A required v0.1 skill field is missing or has the wrong type."),
  SKILL_LEGACY_FILE_NAME(
      "SKILL-LEGACY-FILE-NAME",
      Severity.WARNING,
      "The legacy file name does not follow skill-<kebab-name>-v<version>.md for its name and version."),
  SKILL_EXPORT_EMPTY(
      "SKILL-EXPORT-EMPTY",
      Severity.ERROR,
      "The workflow could not be read, so there is no SKILL.md, ETHOS.md or MEMORY.md to export."),
  SKILL_SIDECAR_SYNTAX(
      "SKILL-SIDECAR-SYNTAX",
      Severity.ERROR,
      "The cromus.yaml sidecar is not valid YAML or not a mapping."),
  SKILL_SIDECAR_FIELD(
      "SKILL-SIDECAR-FIELD",
      Severity.WARNING,
      "The cromus.yaml sidecar has a key Cromus does not know."),
  SKILL_SIDECAR_VALUE(
      "SKILL-SIDECAR-VALUE",
      Severity.ERROR,
      "A cromus.yaml value has the wrong type or form, or contradicts SKILL.md."),
  ETHOS_NO_YAML(
      "ETHOS-NO-YAML",
      Severity.ERROR,
      "The ETHOS file has neither YAML front matter nor a fenced YAML block."),
  ETHOS_YAML_SYNTAX(
      "ETHOS-YAML-SYNTAX", Severity.ERROR, "The ETHOS YAML does not parse, or is not a mapping."),
  ETHOS_YAML_DUPLICATE_KEY(
      "ETHOS-YAML-DUPLICATE-KEY", Severity.ERROR, "A key appears twice in the same mapping."),
  ETHOS_NO_ETHOS_KEY(
      "ETHOS-NO-ETHOS-KEY", Severity.ERROR, "The YAML has no top-level ethos: mapping."),
  ETHOS_REQUIRED_FIELD(
      "ETHOS-REQUIRED-FIELD",
      Severity.ERROR,
      "One of the twelve required ETHOS fields is missing."),
  ETHOS_ENUM("ETHOS-ENUM", Severity.ERROR, "An ETHOS field holds a value outside its enum."),
  ETHOS_RISK_MEDIUM(
      "ETHOS-RISK-MEDIUM",
      Severity.WARNING,
      "risk_tolerance: medium, read as moderate (medium is not in the enum)."),
  ETHOS_TYPE(
      "ETHOS-TYPE",
      Severity.ERROR,
      "An ETHOS field has the wrong type (boolean, list, mapping or string expected)."),
  ETHOS_VERSION("ETHOS-VERSION", Severity.ERROR, "The version is not SemVer."),
  ETHOS_DATE("ETHOS-DATE", Severity.ERROR, "approved_date is neither an ISO date nor null."),
  ETHOS_APPROVAL("ETHOS-APPROVAL", Severity.WARNING, "approved and approved_date disagree."),
  ETHOS_UNKNOWN_FIELD(
      "ETHOS-UNKNOWN-FIELD", Severity.WARNING, "An ETHOS field the spec does not define."),
  ETHOS_RECOMMENDED_FIELD(
      "ETHOS-RECOMMENDED-FIELD", Severity.INFO, "A recommended ETHOS field is missing."),
  ETHOS_PROFILE_REF(
      "ETHOS-PROFILE-REF",
      Severity.WARNING,
      "A compatible or incompatible profile is not an ETHOS file stem, or does not resolve."),
  ETHOS_PROFILE_CONFLICT(
      "ETHOS-PROFILE-CONFLICT",
      Severity.ERROR,
      "A profile is listed as both compatible and incompatible, or as incompatible with itself."),
  ETHOS_FILE_NAME(
      "ETHOS-FILE-NAME",
      Severity.WARNING,
      "The file name is neither ETHOS.md nor ethos-<kebab-name>-v<version>.md matching the profile's version."),
  ETHOS_DOMAIN(
      "ETHOS-DOMAIN",
      Severity.WARNING,
      "The ETHOS profile is not meant for the workflow's domain."),
  MEMORY_NO_FRONT_MATTER(
      "MEMORY-NO-FRONT-MATTER", Severity.WARNING, "MEMORY.md has no YAML front matter."),
  MEMORY_YAML_SYNTAX(
      "MEMORY-YAML-SYNTAX",
      Severity.ERROR,
      "The MEMORY.md front matter does not parse, or is not a mapping."),
  MEMORY_FIELD_MISSING(
      "MEMORY-FIELD-MISSING", Severity.WARNING, "One of the seven front matter fields is missing."),
  MEMORY_ENUM(
      "MEMORY-ENUM",
      Severity.ERROR,
      "scope or compression_strategy holds a value outside its enum."),
  MEMORY_VALUE(
      "MEMORY-VALUE",
      Severity.ERROR,
      "A front matter value has the wrong form (SemVer version, ISO date, string)."),
  MEMORY_UNKNOWN_FIELD(
      "MEMORY-UNKNOWN-FIELD", Severity.INFO, "A front matter key the spec does not define."),
  MEMORY_SECTION("MEMORY-SECTION", Severity.ERROR, "One of the five required sections is missing."),
  MEMORY_SECTION_DUPLICATE(
      "MEMORY-SECTION-DUPLICATE", Severity.WARNING, "A required section appears twice."),
  MEMORY_SUBSECTION(
      "MEMORY-SUBSECTION",
      Severity.WARNING,
      "A subsection the spec lists under a required section is missing."),
  MEMORY_COMPRESSION(
      "MEMORY-COMPRESSION",
      Severity.ERROR,
      "Compression Rules lack a trigger threshold or a priority order."),
  MEMORY_TRIGGER("MEMORY-TRIGGER", Severity.WARNING, "The trigger threshold states no number."),
  MEMORY_PRIORITY(
      "MEMORY-PRIORITY",
      Severity.WARNING,
      "The priority order is not a list, or puts Identity after the session context."),
  MEMORY_HANDOFF(
      "MEMORY-HANDOFF",
      Severity.ERROR,
      "Handoff Protocol lacks a pass-forward list or a discard list."),
  MEMORY_HANDOFF_FORMAT(
      "MEMORY-HANDOFF-FORMAT",
      Severity.WARNING,
      "The outgoing summary format has no MEMORY HANDOFF header."),
  MEMORY_SCOPE(
      "MEMORY-SCOPE",
      Severity.WARNING,
      "The memory scope differs from the one the workflow declares."),
  AGENTS_EMPTY("AGENTS-EMPTY", Severity.ERROR, "AGENTS.md is empty."),
  AGENTS_NO_HEADINGS("AGENTS-NO-HEADINGS", Severity.WARNING, "AGENTS.md has no Markdown heading."),
  AGENTS_YAML_SYNTAX(
      "AGENTS-YAML-SYNTAX",
      Severity.ERROR,
      "The AGENTS.md front matter does not parse, or is not a mapping."),
  AGENTS_BLOCK("AGENTS-BLOCK", Severity.ERROR, "The agents: block is not a list of mappings."),
  AGENTS_MODEL_KEY(
      "AGENTS-MODEL-KEY", Severity.ERROR, "An agent's model is not a provider:model key."),
  AGENTS_FIELD(
      "AGENTS-FIELD",
      Severity.WARNING,
      "An agent lacks role, model or effort, or has an unknown effort."),
  POLICY_YAML_SYNTAX(
      "POLICY-YAML-SYNTAX",
      Severity.ERROR,
      "cromus.policy.yml does not parse, or is not a mapping."),
  POLICY_SCHEMA(
      "POLICY-SCHEMA", Severity.ERROR, "A policy rule or setting has the wrong type or value."),
  POLICY_UNKNOWN_RULE(
      "POLICY-UNKNOWN-RULE",
      Severity.WARNING,
      "The policy names a rule Cromus does not know; it is not checked."),
  POLICY_VIOLATION(
      "POLICY-VIOLATION", Severity.ERROR, "The skill breaks a policy rule of severity error."),
  POLICY_WARNING(
      "POLICY-WARNING",
      Severity.WARNING,
      "The skill breaks a policy rule of severity warning, or a rule could not be checked.");

  private final RuleInfo info;

  SpecRule(String id, Severity severity, String summary) {
    this.info = RuleInfo.of(id, severity, summary);
  }

  @Override
  public RuleInfo info() {
    return info;
  }
}
