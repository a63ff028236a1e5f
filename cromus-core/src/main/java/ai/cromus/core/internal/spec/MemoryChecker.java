package ai.cromus.core.internal.spec;

import ai.cromus.core.Limits;
import ai.cromus.core.diagnostic.Diagnostic;
import ai.cromus.core.internal.yaml.FrontMatter;
import ai.cromus.core.internal.yaml.YamlNode;
import ai.cromus.core.internal.yaml.YamlReader;
import ai.cromus.core.spec.SpecRule;
import ai.cromus.core.workflow.MemoryScope;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Validates a MEMORY.md: front matter, the five sections and their subsections. */
public final class MemoryChecker {
  private static final java.util.regex.Pattern DIGIT = java.util.regex.Pattern.compile("\\d");

  /** The seven front matter fields. */
  public static final List<String> FIELDS =
      List.of(
          "memory_id",
          "version",
          "scope",
          "agent_compatibility",
          "compression_strategy",
          "last_updated",
          "owner");

  /** The five required sections, with the subsections the spec lists under each. */
  public static final Map<String, List<String>> SECTIONS = new LinkedHashMap<>();

  static {
    SECTIONS.put("Identity", List.of());
    SECTIONS.put("Persistent Context", List.of("Decisions made", "Project state"));
    SECTIONS.put("Session Context", List.of());
    SECTIONS.put(
        "Compression Rules",
        List.of(
            "Trigger threshold", "Priority order", "Summarization style", "What to discard first"));
    SECTIONS.put(
        "Handoff Protocol",
        List.of("Pass forward", "Discard on handoff", "Outgoing summary format"));
  }

  static final Set<String> STRATEGIES = Set.of("summarize", "chunk", "embed", "prune");

  /** What the check found; {@code scope} is the declared memory scope, when valid. */
  public record Result(
      List<Diagnostic> diagnostics, int completeness, Optional<MemoryScope> scope) {}

  private final Findings out;
  private Optional<MemoryScope> scope = Optional.empty();

  private MemoryChecker(String source) {
    this.out = new Findings(source);
  }

  public static Result check(String path, String text, Limits limits) {
    return new MemoryChecker(path).run(text, limits);
  }

  private Result run(String text, Limits limits) {
    int points = 0;
    Optional<FrontMatter> fm = FrontMatter.lines(text).frontMatter();
    String body = text;
    int bodyLine = 1;
    if (fm.isEmpty()) {
      out.add(
          SpecRule.MEMORY_NO_FRONT_MATTER,
          1,
          1,
          "MEMORY.md has no YAML front matter.",
          "Start the file with ---, the seven fields (memory_id, version, scope,"
              + " agent_compatibility, compression_strategy, last_updated, owner), and ---.");
    } else {
      body = fm.get().body();
      bodyLine = fm.get().bodyLine();
      YamlReader.Document r = YamlChecks.read(fm.get().yaml(), fm.get().line(), 1, limits);
      if (r.failure().isPresent()) {
        YamlChecks.problem(r.failure().get(), out, SpecRule.MEMORY_YAML_SYNTAX, "the front matter");
      } else if (r.root().isEmpty() || !r.root().get().isMapping()) {
        out.add(
            SpecRule.MEMORY_YAML_SYNTAX,
            2,
            1,
            "The front matter is not a YAML mapping.",
            "Write one 'key: value' per line.");
      } else {
        points += fields(r.root().get());
      }
    }
    points += sections(body, bodyLine);
    int max = FIELDS.size() + 5 * 2 + 9;
    return new Result(out.sorted(), Math.round(100f * points / max), scope);
  }

  /** Checks the front matter's fields; one point for each one present. */
  private int fields(YamlNode root) {
    int points = 0;
    YamlChecks.duplicates(root, out, SpecRule.MEMORY_YAML_SYNTAX);
    for (String f : FIELDS) {
      Optional<YamlNode> v = root.get(f);
      if (v.isEmpty() || v.get().isNull()) {
        out.add(
            SpecRule.MEMORY_FIELD_MISSING,
            v.isPresent() ? v.get().line() : 1,
            v.isPresent() ? v.get().column() : 1,
            "Front matter field '" + f + "' is missing.",
            "Add " + f + ": " + example(f) + ".");
        continue;
      }
      points += 1;
      YamlNode n = v.get();
      if (!n.isScalar()) {
        out.add(
            SpecRule.MEMORY_VALUE,
            n,
            f + " must be a single value.",
            "Write " + f + ": " + example(f) + ".");
        continue;
      }
      value(f, n, n.text().trim());
    }
    for (YamlNode.Entry e : root.entries()) {
      if (!FIELDS.contains(e.name())) {
        out.add(
            SpecRule.MEMORY_UNKNOWN_FIELD,
            e.key(),
            "Front matter key '" + e.name() + "' is not defined by the MEMORY.md spec.",
            Nearest.of(e.name(), FIELDS)
                .map(x -> "Did you mean '" + x + "'?")
                .orElse("It is kept but not checked."));
      }
    }
    return points;
  }

  /** Checks the value {@code s} of the front matter field {@code f}. */
  private void value(String f, YamlNode n, String s) {
    switch (f) {
      case "scope" -> {
        scope =
            ai.cromus.core.internal.Enums.find(MemoryScope.class, s).filter(x -> x.id().equals(s));
        if (scope.isEmpty()) {
          out.add(
              SpecRule.MEMORY_ENUM,
              n,
              "scope " + YamlChecks.quote(s) + " is not one of session, persistent, shared.",
              Nearest.of(s, List.of("session", "persistent", "shared"))
                  .map(x -> "Did you mean '" + x + "'?")
                  .orElse("Write scope: session, persistent or shared."));
        }
      }
      case "compression_strategy" -> {
        if (!STRATEGIES.contains(s)) {
          out.add(
              SpecRule.MEMORY_ENUM,
              n,
              "compression_strategy "
                  + YamlChecks.quote(s)
                  + " is not one of summarize, chunk, embed, prune.",
              Nearest.of(s, STRATEGIES)
                  .map(x -> "Did you mean '" + x + "'?")
                  .orElse("Write compression_strategy: summarize."));
        }
      }
      case "version" -> {
        if (!Names.SEMVER.matcher(s).matches()) {
          out.add(
              SpecRule.MEMORY_VALUE,
              n,
              "version " + YamlChecks.quote(s) + " is not SemVer.",
              "Write version: 1.0.0.");
        }
      }
      case "last_updated" -> {
        if (!Names.ISO_DATE.matcher(s).matches()) {
          out.add(
              SpecRule.MEMORY_VALUE,
              n,
              "last_updated " + YamlChecks.quote(s) + " is not an ISO date.",
              "Write last_updated: 2026-04-02.");
        }
      }
      default -> {
        if (s.isEmpty()) {
          out.add(
              SpecRule.MEMORY_VALUE, n, f + " is empty.", "Write " + f + ": " + example(f) + ".");
        }
      }
    }
  }

  private int sections(String body, int bodyLine) {
    MarkdownOutline outline = MarkdownOutline.of(body, bodyLine);
    List<MarkdownOutline.Section> h2 = outline.level(2);
    int points = 0;
    int lastLine = bodyLine;
    for (Map.Entry<String, List<String>> e : SECTIONS.entrySet()) {
      List<MarkdownOutline.Section> found =
          h2.stream()
              .filter(s -> MarkdownOutline.same(s.title(), e.getKey()))
              .collect(java.util.stream.Collectors.toList());
      if (found.isEmpty()) {
        missing(e.getKey(), e.getValue(), h2, lastLine);
        continue;
      }
      points += 2;
      MarkdownOutline.Section s = found.get(0);
      lastLine = s.line();
      for (int i = 1; i < found.size(); i++) {
        out.add(
            SpecRule.MEMORY_SECTION_DUPLICATE,
            found.get(i).line(),
            found.get(i).column(),
            "Section '## " + e.getKey() + "' appears again (first at line " + s.line() + ").",
            "Merge the two sections.");
      }
      points += subsections(e.getKey(), e.getValue(), s);
    }
    return points;
  }

  /** A required section that is missing, reported at the line of the last one found. */
  private void missing(
      String section, List<String> subs, List<MarkdownOutline.Section> h2, int lastLine) {
    String near =
        Nearest.of(
                section,
                h2.stream()
                    .map(MarkdownOutline.Section::title)
                    .collect(java.util.stream.Collectors.toList()))
            .map(x -> " A section '" + x + "' exists; is it misspelt?")
            .orElse("");
    out.add(
        SpecRule.MEMORY_SECTION,
        lastLine,
        1,
        "Required section '## " + section + "' is missing." + near,
        "Add '## "
            + section
            + "'"
            + (subs.isEmpty() ? "" : " with " + String.join(", ", subs))
            + ".");
    if (section.equals("Compression Rules")) {
      out.add(
          SpecRule.MEMORY_COMPRESSION,
          lastLine,
          1,
          "There are no compression rules, so no" + " trigger threshold and no priority order.",
          "Add '## Compression Rules' with" + " '### Trigger threshold' and '### Priority order'.");
    } else if (section.equals("Handoff Protocol")) {
      out.add(
          SpecRule.MEMORY_HANDOFF,
          lastLine,
          1,
          "There is no handoff protocol, so no" + " pass-forward and no discard list.",
          "Add '## Handoff Protocol' with"
              + " '### Pass forward' and '### Discard on handoff' lists.");
    }
  }

  /** The subsections a section found should have; one point for each one present. */
  private int subsections(String section, List<String> subs, MarkdownOutline.Section s) {
    int points = 0;
    for (String sub : subs) {
      Optional<MarkdownOutline.Section> c = s.child(sub);
      if (c.isPresent()) {
        points += 1;
        content(sub, c.get());
        continue;
      }
      if (sub.equals("Trigger threshold") || sub.equals("Priority order")) {
        out.add(
            SpecRule.MEMORY_COMPRESSION,
            s.line(),
            s.column(),
            "Compression Rules have no '### " + sub + "'.",
            sub.equals("Trigger threshold")
                ? "Add '### Trigger threshold' saying when to compress, e.g. at 80 % context usage."
                : "Add '### Priority order': 1 Identity, 2 Decisions, 3 Project state, 4 Session Context.");
      } else if (sub.equals("Pass forward") || sub.equals("Discard on handoff")) {
        out.add(
            SpecRule.MEMORY_HANDOFF,
            s.line(),
            s.column(),
            "Handoff Protocol has no '### " + sub + "' list.",
            "Add '### " + sub + "' with a bullet list.");
      } else {
        out.add(
            SpecRule.MEMORY_SUBSECTION,
            s.line(),
            s.column(),
            "Section '## " + section + "' has no '### " + sub + "'.",
            "Add '### " + sub + "'.");
      }
    }
    return points;
  }

  private void content(String sub, MarkdownOutline.Section c) {
    switch (sub) {
      case "Trigger threshold" -> {
        if (!DIGIT.matcher(c.text()).find()) {
          out.add(
              SpecRule.MEMORY_TRIGGER,
              c.line(),
              c.column(),
              "The trigger threshold states no" + " number, so no tool can tell when to compress.",
              "Write e.g. 'Compress at 80 % context usage.'");
        }
      }
      case "Priority order" -> {
        List<String> items = c.listItems();
        if (items.isEmpty()) {
          out.add(
              SpecRule.MEMORY_PRIORITY,
              c.line(),
              c.column(),
              "The priority order is not a list.",
              "Write a numbered list: 1. Identity: never ... 4. Session Context: re-summarise, then discard.");
          break;
        }
        int identity = indexOf(items, "identity");
        int session = indexOf(items, "session");
        if (identity < 0 || (session >= 0 && session < identity)) {
          out.add(
              SpecRule.MEMORY_PRIORITY,
              c.line(),
              c.column(),
              identity < 0
                  ? "The priority order does not list Identity, which must never be compressed."
                  : "The priority order puts Session Context before Identity.",
              "Put Identity first (never compressed) and Session Context last.");
        }
      }
      case "Pass forward", "Discard on handoff" -> {
        if (c.listItems().isEmpty()) {
          out.add(
              SpecRule.MEMORY_HANDOFF,
              c.line(),
              c.column(),
              "'### " + sub + "' holds no list.",
              "Write one bullet per item to "
                  + (sub.equals("Pass forward") ? "hand over." : "drop at handoff."));
        }
      }
      case "Outgoing summary format" -> {
        if (!(c.text() + c.code()).toUpperCase(Locale.ROOT).contains("MEMORY HANDOFF")) {
          out.add(
              SpecRule.MEMORY_HANDOFF_FORMAT,
              c.line(),
              c.column(),
              "The outgoing summary format"
                  + " has no 'MEMORY HANDOFF — [memory_id] — [datetime]' header.",
              "Start the block with MEMORY HANDOFF — [memory_id] — [datetime].");
        }
      }
      default -> {}
    }
  }

  private static int indexOf(List<String> items, String word) {
    for (int i = 0; i < items.size(); i++) {
      if (items.get(i).toLowerCase(Locale.ROOT).contains(word)) {
        return i;
      }
    }
    return -1;
  }

  private static String example(String f) {
    return switch (f) {
      case "scope" -> "persistent";
      case "compression_strategy" -> "summarize";
      case "version" -> "1.0.0";
      case "last_updated" -> "2026-04-02";
      case "agent_compatibility" -> "any";
      default -> "a value";
    };
  }
}
