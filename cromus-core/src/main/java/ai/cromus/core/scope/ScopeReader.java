package ai.cromus.core.scope;

import static org.apiguardian.api.API.Status.STABLE;

import ai.cromus.core.catalog.ModelCatalog;
import ai.cromus.core.internal.scope.ScopeFileReader;
import ai.cromus.core.workflow.Parsed;
import java.util.List;
import org.apiguardian.api.API;

/**
 * Reads the workspace scope file (YAML or JSON) of the SOP format. Always returns a scope: whatever
 * cannot be read is reported as a {@code SCOPE-*} diagnostic and left at its default. Hostile input
 * is bounded (size, nesting, aliases, number of values); a request to enforce at run time is
 * refused. docs/sop-format.md describes the file.
 *
 * <pre>{@code
 * Parsed<Scope> p = ScopeReader.read("scopes/acme.yaml", text, catalog);
 * Scope scope = p.value();          // p.diagnostics() says what was ignored and why
 * }</pre>
 */
@API(status = STABLE, since = "0.1")
public final class ScopeReader {
  /** Top-level keys, in documentation order. */
  public static final List<String> KEYS = ScopeFileReader.KEYS;

  private ScopeReader() {}

  /** Reads a scope without checking names against a catalog. */
  public static Parsed<Scope> read(String sourceName, String yamlOrJson) {
    return ScopeFileReader.read(sourceName, yamlOrJson);
  }

  /**
   * Reads a scope and checks its channels, models, vendors and regions against the catalog ({@link
   * ScopeCheck}), reporting each unknown name with the nearest valid ones at its line.
   */
  public static Parsed<Scope> read(String sourceName, String yamlOrJson, ModelCatalog catalog) {
    return ScopeFileReader.read(sourceName, yamlOrJson, catalog);
  }
}
