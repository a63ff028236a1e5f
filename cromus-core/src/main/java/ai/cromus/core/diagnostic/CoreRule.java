package ai.cromus.core.diagnostic;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** Rules of the parsers, the workflow graph and the input limits. */
@API(status = STABLE, since = "0.1")
public enum CoreRule implements Rule {
  INPUT_EMPTY("INPUT-EMPTY", Severity.ERROR, "The input is empty or holds only white space."),
  INPUT_TOO_LARGE(
      "INPUT-TOO-LARGE",
      Severity.ERROR,
      "The input is larger than the configured limit; it is not parsed."),
  INPUT_LINE_TOO_LONG(
      "INPUT-LINE-TOO-LONG",
      Severity.WARNING,
      "A line is longer than the configured limit; the part past the limit is not read."),
  INPUT_TOO_MANY_STEPS(
      "INPUT-TOO-MANY-STEPS",
      Severity.ERROR,
      "The workflow has more steps than the configured limit; the steps past it are not read."),
  INPUT_TOO_DEEP(
      "INPUT-TOO-DEEP", Severity.ERROR, "The input nests deeper than the configured limit."),
  INPUT_UNREADABLE(
      "INPUT-UNREADABLE",
      Severity.ERROR,
      "An input file cannot be read (missing, not a regular file, larger than the limit or not"
          + " UTF-8 text); it is not compiled. Reported by the command line for each such file of"
          + " a batch; Cromus itself reads no files."),
  INPUT_ENCODING(
      "INPUT-ENCODING",
      Severity.WARNING,
      "The input holds a byte-order mark, NUL or control characters that were normalized."),

  FRONT_MATTER_SYNTAX(
      "SOP-FRONT-MATTER-SYNTAX",
      Severity.ERROR,
      "The YAML front matter does not parse, or is not a mapping; it is ignored."),
  FRONT_MATTER_KEY(
      "SOP-FRONT-MATTER-KEY",
      Severity.WARNING,
      "The front matter has a key Cromus does not know; it is ignored."),
  FRONT_MATTER_VALUE(
      "SOP-FRONT-MATTER-VALUE",
      Severity.ERROR,
      "A front matter value has the wrong type or is out of range; it is ignored."),
  WORKFLOW_NAME(
      "SOP-NAME",
      Severity.WARNING,
      "The workflow name is not a kebab-case id; a sanitized name is used."),
  NO_TITLE("SOP-NO-TITLE", Severity.WARNING, "The SOP has no level-1 title."),
  NO_STEPS("SOP-NO-STEPS", Severity.ERROR, "No steps were found in the SOP."),
  PLAIN_SOP(
      "SOP-PLAIN",
      Severity.INFO,
      "The SOP has no annotations; its steps were inferred from its structure."),
  TITLE_MARKUP(
      "SOP-TITLE-MARKUP",
      Severity.INFO,
      "A heading holds Markdown (emphasis, code, an escape, an entity) that is not part of the"
          + " title read from it; the heading as written is quoted."),
  TITLE_LINK_TARGET(
      "SOP-TITLE-LINK-TARGET",
      Severity.WARNING,
      "A heading holds a link or an image whose target is not part of the title read from it; the"
          + " target and the heading as written are quoted."),
  NOT_AN_SOP(
      "SOP-NOT-AN-SOP",
      Severity.WARNING,
      "The Markdown does not look like an SOP: no front matter, no annotations, no numbered steps,"
          + " and most level-2 sections (read as steps) hold code, tables, HTML or sub-headings."),
  IGNORED_CONTENT(
      "SOP-IGNORED-CONTENT",
      Severity.INFO,
      "Text outside any step (before the first step, or below it in a nested section) is kept"
          + " out of the step model."),
  ANNOTATION_KEY(
      "SOP-ANNOTATION-KEY",
      Severity.WARNING,
      "A step annotation has a key Cromus does not know; it is treated as instructions."),
  ANNOTATION_VALUE(
      "SOP-ANNOTATION-VALUE",
      Severity.ERROR,
      "A step annotation has a value Cromus cannot read; it is ignored."),
  ANNOTATION_DUPLICATE(
      "SOP-ANNOTATION-DUPLICATE",
      Severity.WARNING,
      "A step annotation key is given twice; the last value wins."),
  DUPLICATE_STEP_ID(
      "SOP-DUPLICATE-ID", Severity.ERROR, "Two steps share an id; the later one is renamed."),
  INFER_KIND("SOP-INFER-KIND", Severity.INFO, "The kind of a step was inferred from its text."),
  INFER_TOKENS(
      "SOP-INFER-TOKENS",
      Severity.INFO,
      "A step's input or output size was estimated, not declared."),
  INFER_DEPENDENCY(
      "SOP-INFER-DEPENDENCY",
      Severity.INFO,
      "A step's dependency was inferred (the previous step), not declared."),
  EMPTY_INSTRUCTIONS(
      "SOP-EMPTY-STEP",
      Severity.WARNING,
      "A step has neither instructions nor a kind-specific annotation that explains it."),

  DAG_UNKNOWN_REF(
      "DAG-UNKNOWN-REF",
      Severity.ERROR,
      "A step depends on a step that does not exist; the dependency is dropped."),
  DAG_CYCLE("DAG-CYCLE", Severity.ERROR, "The steps' dependencies form a cycle."),
  DAG_UNREACHABLE(
      "DAG-UNREACHABLE", Severity.WARNING, "A step cannot be reached from any start step."),
  DAG_UNBOUNDED_LOOP(
      "DAG-UNBOUNDED-LOOP",
      Severity.WARNING,
      "A step repeats without an upper bound on its iterations."),
  STEP_KEY_NO_EFFECT(
      "STEP-KEY-NO-EFFECT",
      Severity.WARNING,
      "A step states a key that has no effect on a step of its kind ('turns', 'tool_result',"
          + " 'tool_fee' or 'builtin_tools' on a step that is not an llm step, 'fee' on an llm"
          + " step); it is ignored."),

  INTERNAL_ERROR(
      "CROMUS-INTERNAL-ERROR",
      Severity.ERROR,
      "Cromus itself failed on this input; the result holds what was computed before. Please"
          + " report it with the input."),

  STRUCTURED_SYNTAX("WF-SYNTAX", Severity.ERROR, "The JSON or YAML workflow does not parse."),
  STRUCTURED_SCHEMA(
      "WF-SCHEMA",
      Severity.ERROR,
      "A field of the JSON or YAML workflow has the wrong type, a bad value, or is missing."),
  STRUCTURED_UNKNOWN_FIELD(
      "WF-UNKNOWN-FIELD",
      Severity.WARNING,
      "The JSON or YAML workflow has a field Cromus does not know; it is ignored.");

  private final RuleInfo info;

  CoreRule(String id, Severity severity, String summary) {
    this.info = RuleInfo.of(id, severity, summary);
  }

  @Override
  public RuleInfo info() {
    return info;
  }
}
