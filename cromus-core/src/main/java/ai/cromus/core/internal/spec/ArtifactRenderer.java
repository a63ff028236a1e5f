package ai.cromus.core.internal.spec;

import ai.cromus.core.internal.text.Unicode;
import ai.cromus.core.internal.yaml.YamlMap;
import ai.cromus.core.internal.yaml.YamlText;
import ai.cromus.core.simulation.Simulation;
import ai.cromus.core.spec.Artifacts;
import ai.cromus.core.spec.EthosProfile;
import ai.cromus.core.spec.EthosProfiles;
import ai.cromus.core.workflow.MemoryScope;
import ai.cromus.core.workflow.Step;
import ai.cromus.core.workflow.StepKind;
import ai.cromus.core.workflow.Workflow;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Renders the portable artifacts of a workflow: a SKILL.md that passes the strict Agent Skills
 * rules (Cromus data as string values in {@code metadata}), its {@code cromus.yaml} sidecar, the
 * ETHOS profile the workflow names (or the one recommended for its domain, else The Operator) and a
 * MEMORY.md. Deterministic: no clock, no locale.
 */
public final class ArtifactRenderer {
  /** The profile used when the workflow names none and its domain has no recommendation. */
  public static final String DEFAULT_PROFILE = "ethos-the-operator-v1.0.0";

  /** "when" as a word (word boundaries as look-arounds: Java's \b is quadratic on marks). */
  private static final Pattern WHEN =
      Pattern.compile(
          "(?i)(?<![\\p{L}\\p{Nd}\\p{M}_])(use (it |this )?when|when)(?![\\p{L}\\p{Nd}\\p{M}_])");

  private static final Pattern WHITESPACE = Pattern.compile("\\s++");

  private ArtifactRenderer() {}

  /** The ETHOS profile of a workflow: the one it names, else its domain's, else The Operator. */
  public static EthosProfile profile(Workflow w) {
    return w.ethos()
        .flatMap(EthosProfiles::find)
        .or(() -> EthosProfiles.recommendedFor(w.domain()))
        .orElseGet(() -> EthosProfiles.find(DEFAULT_PROFILE).orElseThrow());
  }

  /** Renders the four artifacts. {@code date} is the MEMORY.md's last_updated, when known. */
  public static Artifacts render(
      Workflow w, Optional<Simulation> simulation, Optional<LocalDate> date) {
    EthosProfile profile = profile(w);
    String name = skillName(w);
    String description = description(w);
    return Artifacts.builder()
        .skillName(name)
        .skillMd(skillMd(w, name, description, simulation, profile))
        .cromusYaml(Sidecar.write(w, name, simulation, profile.stem(), Optional.of("MEMORY.md")))
        .ethosMd(EthosProfiles.text(profile.stem()).orElseThrow())
        .ethosFileName(profile.fileName())
        .memoryMd(memoryMd(w, name, description, profile, date))
        .build();
  }

  /** The skill's name: ASCII kebab-case of the workflow name, at most 64 characters. */
  public static String skillName(Workflow w) {
    return Names.kebab(w.name(), 64);
  }

  /**
   * The description: the workflow's, or one made from its title and steps; what and when, at most
   * 1024.
   */
  static String description(Workflow w) {
    String base =
        w.description()
            .map(String::strip)
            .filter(s -> !s.isEmpty())
            .orElseGet(
                () -> {
                  List<String> titles = new ArrayList<>();
                  for (Step s : w.steps()) {
                    titles.add(lowerFirst(s.title()));
                  }
                  return sentence(w.title())
                      + (titles.isEmpty() ? "" : " Steps: " + String.join("; ", titles) + ".");
                });
    String d = clean(base);
    if (!WHEN.matcher(d).find()) {
      d =
          d
              + (d.endsWith(".") ? "" : ".")
              + " Use when asked to run the "
              + clean(w.title())
              + " procedure.";
    }
    return truncate(d, 1024);
  }

  private static String skillMd(
      Workflow w,
      String name,
      String description,
      Optional<Simulation> simulation,
      EthosProfile profile) {
    YamlMap metadata =
        new YamlMap()
            .with("owner", w.owner())
            .with("version", w.version().filter(v -> Names.SEMVER.matcher(v).matches()))
            .with("source_document", w.source())
            .with("tags", w.domain().map(d -> Names.kebab(d, 64)))
            .with("ethos_reference", profile.stem())
            .with("memory_reference", "MEMORY.md");
    Sidecar.modelBlock(w, simulation)
        .ifPresent(
            m -> {
              metadata.with("cromus-model-primary", m.primary);
              if (m.fallbacks != null && !m.fallbacks.isEmpty()) {
                metadata.with("cromus-model-fallback", String.join(",", m.fallbacks));
              }
              metadata.with("cromus-model-mode", m.mode);
            });
    w.runsPerDay().ifPresent(n -> metadata.with("cromus-runs-per-day", Long.toString(n)));
    w.runsPerMonth().ifPresent(n -> metadata.with("cromus-runs-per-month", Long.toString(n)));
    w.budget()
        .perRun()
        .ifPresent(m -> metadata.with("cromus-budget-per-run-usd", m.toPlainString()));
    w.budget()
        .perMonth()
        .ifPresent(m -> metadata.with("cromus-budget-per-month-usd", m.toPlainString()));
    simulation.ifPresent(
        sim ->
            metadata.with(
                "cromus-cost-per-run-usd", Sidecar.envelopePlan(w, sim).perRun().toPlainString()));
    metadata.with("cromus-sidecar", "cromus.yaml");
    StringBuilder sb =
        new StringBuilder(4096)
            .append(
                YamlText.frontMatter(
                    new YamlMap()
                        .with("name", name)
                        .with("description", description)
                        .with("metadata", metadata)));
    sb.append("# ").append(Md.inline(w.title())).append("\n\n");
    w.description().ifPresent(d -> sb.append(Md.block(d)).append("\n\n"));
    sb.append("Work through the steps in order; a step runs once the steps it depends on are done.")
        .append(" Follow the behaviour of the ETHOS profile ")
        .append(Md.inline(profile.name()))
        .append(" (")
        .append(Md.inline(profile.stem()))
        .append(").\n");
    int n = 1;
    for (Step s : w.steps()) {
      sb.append("\n## Step ").append(n++).append(" — ").append(Md.inline(s.title())).append("\n\n");
      if (!s.instructions().isBlank()) {
        sb.append(Md.block(s.instructions())).append("\n\n");
      }
      sb.append("Kind: ").append(s.kind().id());
      s.approver().ifPresent(a -> sb.append("; approved by ").append(Md.inline(a)));
      s.condition().ifPresent(c -> sb.append("; only when ").append(Md.inline(c)));
      if (!s.dependsOn().isEmpty()) {
        sb.append("; after ").append(Md.inline(String.join(", ", s.dependsOn())));
      }
      sb.append(".\n");
      sb.append("Input: ").append(io(s.inputDescription(), s.inputTokens().tokens())).append('\n');
      sb.append("Output: ")
          .append(io(s.outputDescription(), s.outputTokens().tokens()))
          .append('\n');
    }
    return sb.toString();
  }

  private static String io(Optional<String> description, long tokens) {
    String d = description.map(Md::inline).filter(s -> !s.isEmpty()).orElse("as described above");
    return tokens > 0 ? d + " (about " + tokens + " tokens)." : d + ".";
  }

  private static String memoryMd(
      Workflow w, String name, String description, EthosProfile profile, Optional<LocalDate> date) {
    MemoryScope scope = w.memory().orElse(MemoryScope.SESSION);
    StringBuilder sb =
        new StringBuilder(4096)
            .append(
                YamlText.frontMatter(
                    new YamlMap()
                        .with("memory_id", name + "-memory")
                        .with("version", "1.0.0")
                        .with("scope", scope.id())
                        .with("agent_compatibility", "any")
                        .with(
                            "compression_strategy",
                            scope == MemoryScope.SESSION ? "prune" : "summarize")
                        .with("last_updated", date.map(LocalDate::toString))
                        .with("owner", w.owner().orElse(profile.owner()))));
    String title = Md.inline(w.title());
    sb.append("# ").append(title).append(" agent memory\n\n");
    identity(sb, w, name, description, profile);
    sb.append(
        "## Persistent Context\n\n### Decisions made\n\nNo decisions recorded yet. Record each as"
            + " a line: decision — date — rationale.\n\n### Project state\n\n");
    sb.append("- **Current phase:** not started.\n- **Last completed:** none.\n")
        .append("- **Active blockers:** none.\n- **Next action:** ")
        .append(
            w.steps().isEmpty()
                ? "define the first step"
                : "run step 1, " + Md.inline(w.steps().get(0).title()))
        .append(".\n\n");
    sb.append("## Session Context\n\n- **Session started:** not started.\n")
        .append("- **Current task:** none.\n- **Recent summary:** none yet.\n\n");
    sb.append("## Compression Rules\n\n### Trigger threshold\n\n")
        .append("Compress when context usage reaches 80 % of the model's window.\n\n")
        .append(
            "### Priority order\n\n1. Identity: never compress.\n2. Decisions made: never compress.\n")
        .append(
            "3. Project state: summarise only.\n4. Session Context: re-summarise, then discard.\n\n")
        .append(
            "### Summarization style\n\nBullets, one line per fact; target 20 % of the original"
                + " length. Keep ids, amounts and dates exact.\n\n### What to discard first\n\n");
    discardAndHandoff(sb, w);
    return sb.toString();
  }

  /** The Identity section of MEMORY.md. */
  private static void identity(
      StringBuilder sb, Workflow w, String name, String description, EthosProfile profile) {
    String title = Md.inline(w.title());
    sb.append("## Identity\n\n");
    sb.append("- **Role:** agent that runs the ").append(title).append(" workflow.\n");
    sb.append("- **Project:** the ")
        .append(Md.inline(name))
        .append(" skill (.agents/skills/")
        .append(Md.inline(name))
        .append("/SKILL.md).\n");
    sb.append("- **Owner:** ").append(Md.inline(w.owner().orElse("not stated"))).append(".\n");
    sb.append("- **Purpose:** ").append(Md.inline(description)).append('\n');
    List<String> constraints = new ArrayList<>();
    for (Step s : w.steps()) {
      if (s.kind() == StepKind.HUMAN) {
        constraints.add(
            "never skip step "
                + Md.inline(s.id())
                + " ("
                + Md.inline(s.title())
                + ")"
                + s.approver().map(a -> ", approved by " + Md.inline(a)).orElse(""));
      }
    }
    for (String p : profile.prohibitedActions()) {
      constraints.add("never " + Md.inline(p.replace('_', ' ')));
    }
    sb.append("- **Hard constraints:** ")
        .append(constraints.isEmpty() ? "none stated" : String.join("; ", constraints))
        .append(".\n");
    sb.append("- **Always true:** behaviour follows ")
        .append(Md.inline(profile.stem()))
        .append(".\n\n");
  }

  /** The end of MEMORY.md: what to discard first, and the Handoff Protocol. */
  private static void discardAndHandoff(StringBuilder sb, Workflow w) {
    List<String> discard = new ArrayList<>();
    for (Step s : w.steps()) {
      if (s.kind() == StepKind.TOOL || s.kind() == StepKind.RETRIEVAL) {
        discard.add(
            "Raw output of step "
                + Md.inline(s.id())
                + " ("
                + Md.inline(s.title())
                + ") once the steps after it have used it.");
      }
    }
    discard.add("Drafts that were replaced by a later version.");
    for (String d : discard) {
      sb.append("- ").append(d).append('\n');
    }
    sb.append("\n## Handoff Protocol\n\n### Pass forward\n\n")
        .append("- Identity and every decision made, unchanged.\n- Project state.\n");
    for (Step s : w.steps()) {
      if (s.kind() == StepKind.HUMAN) {
        sb.append("- Items waiting at step ")
            .append(Md.inline(s.id()))
            .append(" (")
            .append(Md.inline(s.title()))
            .append(").\n");
      }
    }
    sb.append("- Open flags on uncertain results.\n\n### Discard on handoff\n\n")
        .append(
            "- Raw tool and retrieval responses.\n- Personal data not needed by the next step.\n")
        .append("- Drafts already sent or rejected.\n\n### Outgoing summary format\n\n")
        .append("```\nMEMORY HANDOFF — [memory_id] — [datetime]\nCurrent phase: [phase]\n")
        .append("Last completed: [last completed step]\nNext action: [next action]\n")
        .append("Active blockers: [blockers or \"none\"]\n")
        .append("Key context: [up to five bullets of what the next agent must know]\n```\n");
  }

  private static String clean(String s) {
    return WHITESPACE
        .matcher(Unicode.normalize(s, Normalizer.Form.NFC).replace('<', '(').replace('>', ')'))
        .replaceAll(" ")
        .strip();
  }

  private static String sentence(String s) {
    String t = clean(s);
    return t.isEmpty() ? "A Cromus workflow." : t.endsWith(".") ? t : t + ".";
  }

  private static String lowerFirst(String s) {
    String t = clean(s);
    return t.isEmpty() ? t : t.substring(0, 1).toLowerCase(Locale.ROOT) + t.substring(1);
  }

  private static String truncate(String s, int max) {
    if (Names.length(s) <= max) {
      return s;
    }
    int end = s.offsetByCodePoints(0, max - 1);
    return s.substring(0, end).stripTrailing() + "…";
  }
}
