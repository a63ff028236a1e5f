package ai.cromus.core.internal.parse;

import ai.cromus.core.InputKind;
import ai.cromus.core.Limits;
import ai.cromus.core.WorkflowSource;
import ai.cromus.core.diagnostic.CoreRule;
import ai.cromus.core.diagnostic.Diagnostic;
import ai.cromus.core.diagnostic.SourceLocation;
import ai.cromus.core.internal.spec.Names;
import ai.cromus.core.workflow.Parsed;
import ai.cromus.core.workflow.Workflow;
import java.util.List;
import java.util.Locale;

/**
 * Chooses the parser for a source from its declared kind, its name and its content. Built once per
 * engine (the YAML and JSON factories are costly to make); immutable and thread-safe.
 */
public final class WorkflowParser {
  private final StructuredParser structured;
  private final SopParser sop;
  private final SkillMdWorkflowParser skill;

  public WorkflowParser(Limits limits) {
    SourceTrees trees = new SourceTrees(limits);
    this.structured = new StructuredParser(limits, trees);
    this.sop = new SopParser(limits, trees);
    this.skill = new SkillMdWorkflowParser(limits, sop);
  }

  /** Parses a source; never throws on bad input. */
  public Parsed<Workflow> parse(WorkflowSource source) {
    InputKind kind = source.kind() == InputKind.AUTO ? detect(source) : source.kind();
    try {
      switch (kind) {
        case JSON:
          return structured.parse(source.name(), source.text(), false);
        case YAML:
          return structured.parse(source.name(), source.text(), true);
        case SKILL_MD:
          return skill.parse(source.name(), source.text(), source.sidecar());
        case SOP:
        default:
          return sop.parse(source.name(), source.text());
      }
    } catch (StackOverflowError e) {
      return failed(source, "The input nests too deeply to read.");
    }
  }

  private static Parsed<Workflow> failed(WorkflowSource source, String message) {
    Diagnostic d =
        Diagnostic.of(
            CoreRule.INPUT_TOO_DEEP,
            SourceLocation.start(source.name()),
            message,
            "Flatten the nesting of the input.");
    return Parsed.of(
        Workflow.builder()
            .name(SopParser.fallbackName(source.name()))
            .source(source.name())
            .build(),
        List.of(d));
  }

  /** The kind of a source from its file name, then its first character. */
  static InputKind detect(WorkflowSource source) {
    String name = source.name().toLowerCase(Locale.ROOT);
    if (name.endsWith(".json")) {
      return InputKind.JSON;
    }
    if (name.endsWith(".yaml") || name.endsWith(".yml")) {
      return InputKind.YAML;
    }
    if (name.endsWith("skill.md")
        || Names.LEGACY_SKILL_FILE.matcher(Names.fileName(name)).matches()) {
      return InputKind.SKILL_MD;
    }
    if (name.endsWith(".md") || name.endsWith(".markdown") || name.endsWith(".txt")) {
      return InputKind.SOP;
    }
    String t = source.text().stripLeading();
    if (t.startsWith("{")) {
      return InputKind.JSON;
    }
    return InputKind.SOP;
  }
}
