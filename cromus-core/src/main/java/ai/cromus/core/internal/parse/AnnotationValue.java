package ai.cromus.core.internal.parse;

import ai.cromus.core.diagnostic.CoreRule;
import ai.cromus.core.diagnostic.Diagnostic;
import ai.cromus.core.diagnostic.SourceLocation;
import ai.cromus.core.workflow.ImmutableStep;
import java.util.List;

/**
 * One annotation as a handler reads it, and where the handler writes: the step's builder, what is
 * resolved later, and the diagnostics.
 *
 * @param key the canonical key
 * @param value the value, stripped
 * @param listItems the items of a list given apart from the value (a nested Markdown list or a
 *     structured list), or null when none was
 * @param at where the annotation is
 */
record AnnotationValue(
    String key,
    String value,
    List<String> listItems,
    SourceLocation at,
    ImmutableStep.Builder step,
    Annotations.Pending pending,
    List<Diagnostic> diags) {

  /** Reports that the value cannot be read ({@code expected} says what can); returns false. */
  boolean bad(String expected) {
    String shown = value.length() > 60 ? value.substring(0, 60) + "…" : value;
    diags.add(
        Diagnostic.of(
            CoreRule.ANNOTATION_VALUE,
            at,
            "Cannot read '" + key + ": " + shown + "'; the annotation is ignored.",
            "Expected " + expected + "."));
    return false;
  }
}
