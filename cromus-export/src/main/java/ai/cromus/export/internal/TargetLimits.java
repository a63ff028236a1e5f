package ai.cromus.export.internal;

import ai.cromus.core.diagnostic.Diagnostic;
import ai.cromus.core.export.ExportRule;

/** Length limits of target fields, enforced with an {@code EXPORT-LIMIT} diagnostic. */
public final class TargetLimits {
  private TargetLimits() {}

  /** {@code text} cut to {@code max} code points; a cut is reported. */
  public static String cap(ExportContext ctx, String field, String text, int max) {
    if (Text.length(text) <= max) {
      return text;
    }
    ctx.report(
        Diagnostic.of(
            ExportRule.LIMIT,
            ctx.atWorkflow(),
            field
                + " has "
                + Text.length(text)
                + " characters; the target takes at most "
                + max
                + ", so it is cut.",
            "Shorten the text in the workflow."));
    return Text.truncate(text, max);
  }
}
