package ai.cromus.export.internal;

import ai.cromus.core.CompileResult;
import ai.cromus.core.export.ExportBundle;
import ai.cromus.core.export.ExportOptions;
import java.util.Objects;

/**
 * The shared frame of the bundled exporters, each of which implements the public SPI {@link
 * ai.cromus.core.export.Exporter} itself and calls {@link #run}: argument checks, the export
 * context, and the empty bundle (with its diagnostic) for a workflow without steps. The body writes
 * the files.
 */
public final class ExportFrame {
  private ExportFrame() {}

  /** Writes the bundle of a workflow with at least one step. */
  @FunctionalInterface
  public interface Body {
    /** The bundle of {@code result}, its files written into {@code ctx}. */
    ExportBundle write(CompileResult result, ExportOptions options, ExportContext ctx);
  }

  /**
   * The bundle exporter {@code id} makes of {@code result}: {@code body}'s, or the empty bundle
   * when the workflow has no step.
   */
  public static ExportBundle run(
      String id, CompileResult result, ExportOptions options, Body body) {
    Objects.requireNonNull(result, "result must not be null");
    Objects.requireNonNull(options, "options must not be null");
    ExportContext ctx = ExportContext.of(result, options);
    if (ctx.empty()) {
      return ctx.bundle(id);
    }
    return body.write(result, options, ctx);
  }
}
