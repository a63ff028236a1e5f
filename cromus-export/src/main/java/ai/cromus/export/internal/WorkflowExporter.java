package ai.cromus.export.internal;

import ai.cromus.core.CompileResult;
import ai.cromus.core.export.ExportBundle;
import ai.cromus.core.export.ExportOptions;
import ai.cromus.core.export.Exporter;
import java.util.Objects;

/**
 * The shared frame of the bundled exporters: argument checks, the export context, and the empty
 * bundle (with its diagnostic) for a workflow without steps. Subclasses write the files.
 */
public abstract class WorkflowExporter implements Exporter {
  @Override
  public final ExportBundle export(CompileResult result, ExportOptions options) {
    Objects.requireNonNull(result, "result must not be null");
    Objects.requireNonNull(options, "options must not be null");
    ExportContext ctx = ExportContext.of(result, options);
    if (ctx.empty()) {
      return ctx.bundle(id());
    }
    return export(result, options, ctx);
  }

  /** Writes the bundle of a workflow with at least one step. */
  protected abstract ExportBundle export(
      CompileResult result, ExportOptions options, ExportContext ctx);
}
