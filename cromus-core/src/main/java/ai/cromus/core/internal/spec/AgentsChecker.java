package ai.cromus.core.internal.spec;

import ai.cromus.core.Limits;
import ai.cromus.core.diagnostic.Diagnostic;
import ai.cromus.core.internal.yaml.FrontMatter;
import ai.cromus.core.internal.yaml.YamlNode;
import ai.cromus.core.internal.yaml.YamlReader;
import ai.cromus.core.spec.SpecRule;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Validates an AGENTS.md. The original product's rules are not published; Cromus checks that the
 * file is non-empty Markdown with headings and, when a front matter is present, that its {@code
 * agents:} block is a list of {@code {role, model: provider:model, effort}}.
 */
public final class AgentsChecker {
  /** A model key, {@code <provider>:<model>}, matched case-insensitively. */
  public static final Pattern MODEL_KEY =
      Pattern.compile("(?i)(?<![a-z0-9_-])[a-z0-9_-]++:[a-z0-9._-]++");

  static final Set<String> EFFORTS = Set.of("minimal", "low", "medium", "high");

  /** What the check found; {@code agents} is the front matter's agents list, when present. */
  public record Result(List<Diagnostic> diagnostics, int completeness, Optional<YamlNode> agents) {}

  private AgentsChecker() {}

  public static Result check(String path, String text, Limits limits) {
    Findings out = new Findings(path);
    if (text.isBlank()) {
      out.add(
          SpecRule.AGENTS_EMPTY,
          1,
          1,
          "AGENTS.md is empty.",
          "Write the instructions agents need: layout, commands, rules for changes.");
      return new Result(out.sorted(), 0, Optional.empty());
    }
    String body = text;
    int bodyLine = 1;
    Optional<YamlNode> agents = Optional.empty();
    Optional<FrontMatter> fm = FrontMatter.lines(text).frontMatter();
    if (fm.isPresent()) {
      body = fm.get().body();
      bodyLine = fm.get().bodyLine();
      YamlReader.Document r = YamlChecks.read(fm.get().yaml(), 2, 1, limits);
      if (r.failure().isPresent()) {
        YamlChecks.problem(r.failure().get(), out, SpecRule.AGENTS_YAML_SYNTAX, "the front matter");
      } else if (r.root().isPresent() && !r.root().get().isMapping()) {
        out.add(
            SpecRule.AGENTS_YAML_SYNTAX,
            2,
            1,
            "The front matter is not a YAML mapping.",
            "Write agents: followed by a list.");
      } else if (r.root().isPresent()) {
        YamlChecks.duplicates(r.root().get(), out, SpecRule.AGENTS_YAML_SYNTAX);
        agents = r.root().get().get("agents");
        agents.ifPresent(a -> agentsBlock(a, out));
      }
    }
    MarkdownOutline outline = MarkdownOutline.of(body, bodyLine);
    int points = 40;
    if (outline.headings().isEmpty()) {
      out.add(
          SpecRule.AGENTS_NO_HEADINGS,
          bodyLine,
          1,
          "AGENTS.md has no Markdown heading.",
          "Organise it under headings such as '## Commands' and '## Rules for changes'.");
    } else {
      points += 30;
    }
    points += outline.headings().size() >= 3 ? 30 : outline.headings().size() * 10;
    return new Result(out.sorted(), Math.min(100, points), agents);
  }

  /** Checks an {@code agents:} list (also used for the one embedded in a SKILL.md). */
  public static void agentsBlock(YamlNode a, Findings out) {
    if (!a.isSequence()) {
      out.add(
          SpecRule.AGENTS_BLOCK,
          a,
          "agents must be a list of {role, model, effort}.",
          "Write '- role: executor' items with model: and effort: under each.");
      return;
    }
    for (YamlNode item : a.items()) {
      if (!item.isMapping()) {
        out.add(
            SpecRule.AGENTS_BLOCK,
            item,
            "Each agent must be a mapping with role, model and effort.",
            "Write role:, model: and effort: under the item.");
        continue;
      }
      for (String f : List.of("role", "model", "effort")) {
        if (item.string(f).filter(s -> !s.isBlank()).isEmpty()) {
          out.add(
              SpecRule.AGENTS_FIELD,
              item,
              "An agent has no " + f + ".",
              "Add "
                  + f
                  + ": "
                  + (f.equals("role")
                      ? "executor"
                      : f.equals("model") ? "anthropic:claude-sonnet-4-5" : "medium")
                  + ".");
        }
      }
      item.get("model")
          .filter(YamlNode::isScalar)
          .filter(m -> !m.isNull())
          .ifPresent(
              m -> {
                if (!MODEL_KEY.matcher(m.text().trim()).matches()) {
                  out.add(
                      SpecRule.AGENTS_MODEL_KEY,
                      m,
                      "model " + YamlChecks.quote(m.text()) + " is not a provider:model key.",
                      "Write e.g. model: openai:gpt-5-mini.");
                }
              });
      item.string("effort")
          .filter(e -> !e.isBlank() && !EFFORTS.contains(e.trim()))
          .ifPresent(
              e ->
                  out.add(
                      SpecRule.AGENTS_FIELD,
                      item.get("effort").get(),
                      "effort "
                          + YamlChecks.quote(e)
                          + " is not one of minimal, low, medium, high.",
                      "Write effort: medium."));
    }
  }
}
