package ai.cromus.core.export;

import static org.apiguardian.api.API.Status.STABLE;

import ai.cromus.core.CompileResult;
import org.apiguardian.api.API;

/**
 * Service-provider interface of an export target. Implementations are stateless and thread-safe,
 * registered in {@code META-INF/services/ai.cromus.core.export.Exporter} or passed to {@code
 * Cromus.builder().exporter(...)}.
 *
 * <p>Every user string must reach the output through a real serializer or tested escaping, and
 * every path must stay inside the bundle.
 */
@API(status = STABLE, since = "0.1")
public interface Exporter {
  /** Stable id, e.g. {@code n8n}. */
  String id();

  /** One line for {@code cromus export --list}. */
  String description();

  /** Exports a compiled workflow. Problems are diagnostics in the bundle, not exceptions. */
  ExportBundle export(CompileResult result, ExportOptions options);
}
