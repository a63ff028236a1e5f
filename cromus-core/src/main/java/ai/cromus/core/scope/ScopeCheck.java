package ai.cromus.core.scope;

import static org.apiguardian.api.API.Status.STABLE;

import ai.cromus.core.catalog.ModelCatalog;
import ai.cromus.core.diagnostic.Diagnostic;
import ai.cromus.core.diagnostic.SourceLocation;
import ai.cromus.core.internal.scope.ScopeCatalogCheck;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Checks a scope against a catalog: every channel, {@code model:}, {@code vendor:}, {@code
 * channel:} and {@code region:} name must exist (an unknown one is reported with the nearest valid
 * names), and the scope must leave at least one priced model.
 */
@API(status = STABLE, since = "0.1")
public final class ScopeCheck {
  private ScopeCheck() {}

  /**
   * Checks a scope built in code or read before; diagnostics point at the start of {@code
   * sourceName}.
   */
  public static List<Diagnostic> check(Scope scope, ModelCatalog catalog, String sourceName) {
    Objects.requireNonNull(sourceName, "sourceName must not be null");
    SourceLocation start = SourceLocation.start(sourceName);
    return ScopeCatalogCheck.check(scope, catalog, key -> start);
  }
}
