package ai.cromus.core.internal.spec;

import ai.cromus.core.Limits;
import ai.cromus.core.diagnostic.Diagnostic;
import ai.cromus.core.internal.UserNumbers;
import ai.cromus.core.internal.yaml.FrontMatter;
import ai.cromus.core.internal.yaml.YamlNode;
import ai.cromus.core.internal.yaml.YamlReader;
import ai.cromus.core.spec.SpecRule;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Validates a SKILL.md: the Agent Skills rules of the reference validator {@code skills-ref} in its
 * order, the strict-YAML restrictions as diagnostics, the Cromus v0.2 extensions ({@code metadata}
 * keys, the {@code cromus.yaml} sidecar) and the legacy v0.1 schema.
 */
public final class SkillChecker {
  /** The six top-level keys of the Agent Skills standard. */
  public static final Set<String> ALLOWED =
      Set.of("name", "description", "license", "allowed-tools", "metadata", "compatibility");

  /** Top-level keys that Cromus itself writes or recommends, and where each belongs instead. */
  private static final Map<String, String> EXTENSIONS = new LinkedHashMap<>();

  static {
    EXTENSIONS.put(
        "model",
        "metadata (cromus-model-primary, cromus-model-fallback,"
            + " cromus-model-mode as strings) or the model: block of cromus.yaml");
    EXTENSIONS.put("ethos", "an ETHOS file referenced by metadata.ethos_reference, or cromus.yaml");
    EXTENSIONS.put("agents", "AGENTS.md, or the agents: list of cromus.yaml");
    EXTENSIONS.put("version", "metadata.version (a quoted string)");
    EXTENSIONS.put("skill", "the standard keys (this is the legacy v0.1 schema; migrate it)");
    for (String k :
        List.of(
            "owner", "approved", "approved_date", "source_document", "tags", "ethos_reference")) {
      EXTENSIONS.put(k, "metadata." + k + " (a quoted string)");
    }
    for (String k :
        List.of(
            "steps", "cost_estimate", "governance", "execution_target", "compatible_frameworks")) {
      EXTENSIONS.put(k, "cromus.yaml");
    }
  }

  /** Most runs a SKILL.md may state (a month at the front matter's limit of runs a day). */
  private static final long MAX_RUNS = 3_100_000_000L;

  static final Pattern WHEN =
      // word boundaries as look-arounds: Java's \b is quadratic on a run of combining marks
      Pattern.compile(
          "(?iu)(?<![\\p{L}\\p{Nd}\\p{M}_])(when|whenever|if|use (it |this )?(for|to|on|with|in)|for)"
              + "(?![\\p{L}\\p{Nd}\\p{M}_])");

  /** The parsed parts of a SKILL.md that other checks (policy, workflow parse) need. */
  public record Skill(
      YamlNode root, String name, Map<String, String> metadata, String body, int bodyLine) {}

  /** What the check found. */
  public record Result(List<Diagnostic> diagnostics, int completeness, Optional<Skill> skill) {}

  private final Findings out;
  private final Set<String> knownStems;
  private final Limits limits;

  private SkillChecker(String source, Set<String> knownStems, Limits limits) {
    this.out = new Findings(source);
    this.knownStems = knownStems;
    this.limits = limits;
  }

  /**
   * Checks a SKILL.md (or a legacy {@code skill-*-v*.md}) at a logical path. The directory check
   * uses the path's parent directory; it is skipped when the path has none.
   */
  public static Result check(
      String path, String text, boolean sidecar, Set<String> knownStems, Limits limits) {
    return new SkillChecker(path, knownStems, limits).run(path, text, sidecar);
  }

  private Result run(String path, String text, boolean sidecar) {
    String file = Names.fileName(path);
    if (file.equals("skill.md")) {
      out.add(
          SpecRule.SKILL_FILE_NAME,
          1,
          1,
          "The file is named skill.md; it is accepted, but"
              + " SKILL.md is the name every runtime looks for first.",
          "Rename it to SKILL.md.");
    }
    boolean legacyName =
        file.startsWith("skill-") && Names.LEGACY_SKILL_FILE.matcher(file).matches();
    FrontMatter.Split either = FrontMatter.skillsRef(text);
    if (either.failure().isPresent()) {
      if (either.failure().get() == FrontMatter.Failure.NOT_STARTED) {
        out.add(
            SpecRule.SKILL_NO_FRONT_MATTER,
            1,
            1,
            "SKILL.md must start with YAML frontmatter (---).",
            "Make --- the very first characters of the file, then name: and description:, then ---.");
      } else {
        out.add(
            SpecRule.SKILL_FRONT_MATTER_UNCLOSED,
            1,
            1,
            "SKILL.md frontmatter not properly closed with ---.",
            "Add a line --- after the last front matter key.");
      }
      return new Result(out.sorted(), 0, Optional.empty());
    }
    FrontMatter fm = either.frontMatter().get();
    YamlReader.Document yr = YamlChecks.read(fm.yaml(), fm.line(), fm.column(), limits);
    if (yr.failure().isPresent()) {
      YamlChecks.problem(yr.failure().get(), out, SpecRule.SKILL_YAML_SYNTAX, "frontmatter");
      return new Result(out.sorted(), 0, Optional.empty());
    }
    YamlNode root = yr.root().orElse(YamlNode.emptyMapping(1, 4));
    if (!root.isMapping()) {
      out.add(
          SpecRule.SKILL_YAML_NOT_MAPPING,
          root,
          "SKILL.md frontmatter must be a YAML mapping.",
          "Write one key: value pair per line (name:, description:, ...).");
      return new Result(out.sorted(), 0, Optional.empty());
    }
    for (YamlReader.Note n : yr.notes()) {
      String refused = YamlChecks.strictRefusal(n);
      if (refused != null) {
        out.add(
            SpecRule.SKILL_YAML_STRICT,
            n.line(),
            n.column(),
            "Strict YAML refuses " + refused + "; the reference validator rejects the file.",
            "Write the value out in full.");
      }
    }
    flow(root);
    YamlChecks.duplicates(root, out, SpecRule.SKILL_YAML_DUPLICATE_KEY);

    Optional<YamlNode.Entry> skillEntry = root.entry("skill");
    boolean legacy =
        skillEntry.isPresent()
            && skillEntry.get().value().isMapping()
            && (legacyName || !(file.equals("SKILL.md") || file.equals("skill.md")));
    if (legacy || legacyName) {
      return legacy(path, file, root, skillEntry, fm);
    }

    fields(root);
    String name = name(root, path);
    description(root);
    compatibility(root);
    typedScalars(root);
    Map<String, String> metadata = metadata(root);
    allowedTools(root);
    body(fm);
    int completeness = completeness(root, metadata, fm, sidecar);
    return new Result(
        out.sorted(),
        completeness,
        Optional.of(new Skill(root, name, metadata, fm.body(), fm.bodyLine())));
  }

  /** The logical path of the cromus.yaml next to a SKILL.md. */
  public static String sidecarPath(String skillPath) {
    String p = skillPath.replace('\\', '/');
    int i = p.lastIndexOf('/');
    return i < 0 ? "cromus.yaml" : p.substring(0, i + 1) + "cromus.yaml";
  }

  private void flow(YamlNode node) {
    if (node.flow()) {
      out.add(
          SpecRule.SKILL_YAML_FLOW,
          node,
          "Flow-style YAML ("
              + (node.isMapping() ? "{a: b}" : "[a, b]")
              + ") is refused by the strict YAML of the reference validator.",
          node.isSequence()
              ? "Write one '- item' per line, or a comma-separated string under metadata."
              : "Write one 'key: value' per line, indented under its parent.");
    }
    for (YamlNode.Entry e : node.entries()) {
      flow(e.value());
    }
    for (YamlNode n : node.items()) {
      flow(n);
    }
  }

  private void fields(YamlNode root) {
    for (YamlNode.Entry e : root.entries()) {
      String key = e.key().isScalar() ? e.key().text() : "?";
      if (ALLOWED.contains(key)) {
        continue;
      }
      String where = EXTENSIONS.get(key);
      if (where != null) {
        out.add(
            SpecRule.SKILL_PORTABILITY,
            e.key(),
            "Unexpected fields in frontmatter: "
                + key
                + ". '"
                + key
                + "' is a Cromus extension, but strict Agent Skills validators (skills-ref,"
                + " quick_validate.py) reject any top-level key outside the six standard ones.",
            "Move it to " + where + "; cromus export --target specs writes the portable form.");
      } else {
        String near = Nearest.of(key, ALLOWED).map(n -> " Did you mean '" + n + "'?").orElse("");
        out.add(
            SpecRule.SKILL_UNEXPECTED_FIELD,
            e.key(),
            "Unexpected fields in frontmatter: "
                + key
                + ". Only allowed-tools, compatibility, description, license, metadata, name are"
                + " allowed."
                + near,
            "Rename it, or move it under metadata: as a string value.");
      }
    }
  }

  private String name(YamlNode root, String path) {
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
      if (!e.key().isScalar() || !ALLOWED.contains(e.key().text())) {
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
      case INT:
      case FLOAT:
        as = "a number";
        break;
      case BOOL:
        as = "a boolean";
        break;
      case NULL:
        as = "null";
        break;
      case TIMESTAMP:
        as = "a date";
        break;
      default:
        return;
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

  private Map<String, String> metadata(YamlNode root) {
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
      case "approved":
        if (!s.equals("true") && !s.equals("false")) {
          out.add(
              SpecRule.SKILL_METADATA_VALUE,
              v,
              "metadata.approved is "
                  + YamlChecks.quote(s)
                  + "; Cromus expects the string \"true\" or \"false\".",
              "Write approved: \"true\".");
        }
        break;
      case "approved_date":
        if (!s.isEmpty() && !Names.isIsoDate(s)) {
          out.add(
              SpecRule.SKILL_METADATA_VALUE,
              v,
              "metadata.approved_date " + YamlChecks.quote(s) + " is not an ISO-8601 date.",
              "Write approved_date: \"2026-07-01\", or omit it.");
        }
        break;
      case "version":
        if (!Names.isSemver(s)) {
          out.add(
              SpecRule.SKILL_METADATA_VALUE,
              v,
              "metadata.version " + YamlChecks.quote(s) + " is not SemVer.",
              "Write version: \"1.0.0\".");
        }
        break;
      case "ethos_reference":
        ethosReference(v, s);
        break;
      case "cromus-model-mode":
        if (!s.equals("standard") && !s.equals("batch") && !s.equals("streaming")) {
          out.add(
              SpecRule.SKILL_METADATA_VALUE,
              v,
              "metadata.cromus-model-mode "
                  + YamlChecks.quote(s)
                  + " is not one of standard, batch, streaming.",
              "Write cromus-model-mode: standard.");
        }
        break;
      case "cromus-runs-per-day":
      case "cromus-runs-per-month":
        {
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
          break;
        }
      case "cromus-budget-per-run-usd":
      case "cromus-budget-per-month-usd":
      case "cromus-cost-per-run-usd":
        {
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
          break;
        }
      default:
        break;
    }
  }

  private void ethosReference(YamlNode v, String s) {
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

  private void allowedTools(YamlNode root) {
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

  private void body(FrontMatter fm) {
    String body = fm.body();
    if (body.isBlank()) {
      out.add(
          SpecRule.SKILL_BODY_EMPTY,
          fm.bodyLine(),
          1,
          "The SKILL.md body is empty; the agent" + " gets no instructions.",
          "Write the steps under the front matter in Markdown.");
      return;
    }
    long lines = body.strip().lines().count();
    if (lines > 500) {
      out.add(
          SpecRule.SKILL_BODY_LONG,
          fm.bodyLine(),
          1,
          "The body has " + lines + " lines; the specification recommends under 500.",
          "Move reference material to files under references/ and link them.");
    }
  }

  private int completeness(
      YamlNode root, Map<String, String> meta, FrontMatter fm, boolean sidecar) {
    int points = 0;
    int max = 0;
    for (String k : SCORED_KEYS) {
      max += 3;
      points += filled(root, k) ? 3 : 0;
    }
    for (String k : SCORED_OPTIONAL_KEYS) {
      max += 1;
      points += filled(root, k) ? 1 : 0;
    }
    for (String k : SCORED_METADATA) {
      max += 1;
      String m = meta.get(k);
      points += m != null && !m.isBlank() ? 1 : 0;
    }
    max += 2;
    points += fm.body().isBlank() ? 0 : 2;
    max += 2;
    points += sidecar || cromusMetadata(meta) ? 2 : 0;
    return Math.round(100f * points / max);
  }

  private static final String[] SCORED_KEYS = {"name", "description"};
  private static final String[] SCORED_OPTIONAL_KEYS = {"license", "compatibility"};
  private static final String[] SCORED_METADATA = {
    "owner", "version", "approved", "source_document", "ethos_reference"
  };

  /** The key holds a non-null scalar that is not blank. */
  private static boolean filled(YamlNode root, String key) {
    Optional<String> s = root.string(key);
    return s.isPresent() && !s.get().isBlank();
  }

  private static boolean cromusMetadata(Map<String, String> meta) {
    for (String k : meta.keySet()) {
      if (k.startsWith("cromus-")) {
        return true;
      }
    }
    return false;
  }

  private Result legacy(
      String path,
      String file,
      YamlNode root,
      Optional<YamlNode.Entry> skillEntry,
      FrontMatter fm) {
    if (skillEntry.isEmpty() || !skillEntry.get().value().isMapping()) {
      out.add(
          SpecRule.SKILL_LEGACY_FIELD,
          root,
          "The file is named like a legacy v0.1 skill ("
              + file
              + ") but has no top-level skill: mapping.",
          "Put the v0.1 fields under skill:, or rename the file to SKILL.md in a directory named"
              + " after the skill.");
      return new Result(out.sorted(), 0, Optional.empty());
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
      boolean ok;
      switch (f) {
        case "approved":
          ok = n.isScalar() && n.type() == YamlNode.ScalarType.BOOL;
          break;
        case "approved_date":
          ok = n.isNull() || (n.isScalar() && Names.ISO_DATE.matcher(n.text().trim()).matches());
          break;
        case "version":
          ok = n.isScalar() && Names.SEMVER.matcher(n.text().trim()).matches();
          break;
        default:
          ok = n.isScalar() && !n.isNull() && !n.text().isBlank();
      }
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
    s.string("ethos_reference").ifPresent(r -> ethosReference(s.get("ethos_reference").get(), r));
    Matcher m = Names.LEGACY_SKILL_FILE.matcher(file);
    Optional<String> name = s.string("name");
    Optional<String> version = s.string("version");
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
    Map<String, String> meta = new LinkedHashMap<>();
    int completeness = Math.round(100f * points / 14);
    return new Result(
        out.sorted(),
        completeness,
        Optional.of(
            new Skill(
                root,
                name.map(n -> Names.kebab(n, 64)).orElse(""),
                meta,
                fm.body(),
                fm.bodyLine())));
  }
}
