package ai.cromus.core.internal.spec;

import ai.cromus.core.Limits;
import ai.cromus.core.diagnostic.Diagnostic;
import ai.cromus.core.internal.yaml.FrontMatter;
import ai.cromus.core.internal.yaml.YamlNode;
import ai.cromus.core.internal.yaml.YamlReader;
import ai.cromus.core.spec.SpecRule;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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

  /** The parsed parts of a SKILL.md that other checks (policy, workflow parse) need. */
  public record Skill(
      YamlNode root, String name, Map<String, String> metadata, String body, int bodyLine) {}

  /** What the check found. */
  public record Result(List<Diagnostic> diagnostics, int completeness, Optional<Skill> skill) {}

  private final Findings out;
  private final Limits limits;

  private final SkillMetadataCheck metadata;

  private SkillChecker(String source, Set<String> knownStems, Limits limits) {
    this.out = new Findings(source);
    this.limits = limits;
    this.metadata = new SkillMetadataCheck(out, knownStems);
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
      noFrontMatter(either.failure().get());
      return new Result(out.sorted(), 0, Optional.empty());
    }
    FrontMatter fm = either.frontMatter().get();
    Optional<YamlNode> read = root(fm);
    if (read.isEmpty()) {
      return new Result(out.sorted(), 0, Optional.empty());
    }
    YamlNode root = read.get();
    Optional<YamlNode.Entry> skillEntry = root.entry("skill");
    boolean legacy =
        skillEntry.isPresent()
            && skillEntry.get().value().isMapping()
            && (legacyName || !(file.equals("SKILL.md") || file.equals("skill.md")));
    if (legacy || legacyName) {
      return new LegacySkillCheck(out, metadata).check(file, root, skillEntry, fm);
    }

    fields(root);
    String name = new SkillNameCheck(out).check(root, path);
    SkillFieldChecks standard = new SkillFieldChecks(out);
    standard.check(root);
    Map<String, String> meta = metadata.check(root);
    standard.allowedTools(root);
    body(fm);
    int completeness = completeness(root, meta, fm, sidecar);
    return new Result(
        out.sorted(),
        completeness,
        Optional.of(new Skill(root, name, meta, fm.body(), fm.bodyLine())));
  }

  private void noFrontMatter(FrontMatter.Failure failure) {
    if (failure == FrontMatter.Failure.NOT_STARTED) {
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
  }

  /**
   * Reads the front matter's YAML and runs the strict-YAML checks; empty when it is no mapping (the
   * diagnostic is then recorded).
   */
  private Optional<YamlNode> root(FrontMatter fm) {
    YamlReader.Document yr = YamlChecks.read(fm.yaml(), fm.line(), fm.column(), limits);
    if (yr.failure().isPresent()) {
      YamlChecks.problem(yr.failure().get(), out, SpecRule.SKILL_YAML_SYNTAX, "frontmatter");
      return Optional.empty();
    }
    YamlNode root = yr.root().orElse(YamlNode.emptyMapping(1, 4));
    if (!root.isMapping()) {
      out.add(
          SpecRule.SKILL_YAML_NOT_MAPPING,
          root,
          "SKILL.md frontmatter must be a YAML mapping.",
          "Write one key: value pair per line (name:, description:, ...).");
      return Optional.empty();
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
    return Optional.of(root);
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
}
