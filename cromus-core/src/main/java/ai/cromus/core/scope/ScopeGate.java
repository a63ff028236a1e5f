package ai.cromus.core.scope;

import static org.apiguardian.api.API.Status.STABLE;

import ai.cromus.core.catalog.Model;
import ai.cromus.core.catalog.ModelCatalog;
import ai.cromus.core.catalog.Offering;
import ai.cromus.core.internal.scope.ScopeFilter;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The gates of a scope applied to a catalog: whether a model may be used on a channel, and if not,
 * which gate says no (a channel not enabled, a {@code deny} selector, no {@code allow} selector, a
 * {@code require} selector not met). The simulation and recommendations keep to the same gates;
 * exporters use them so that a model the scope denies is never exported. Immutable and thread-safe.
 */
@API(status = STABLE, since = "0.1")
public final class ScopeGate {
  private final ScopeFilter filter;

  private ScopeGate(Scope scope, ModelCatalog catalog) {
    this.filter = new ScopeFilter(scope, catalog);
  }

  /** The gates of {@code scope} over {@code catalog}. */
  public static ScopeGate of(Scope scope, ModelCatalog catalog) {
    return new ScopeGate(
        Objects.requireNonNull(scope, "scope must not be null"),
        Objects.requireNonNull(catalog, "catalog must not be null"));
  }

  /** True when the scope allows {@code model} on this offering. */
  public boolean allows(Model model, Offering offering) {
    return filter.allows(model, offering);
  }

  /**
   * The gate that rejects {@code model} on this offering, e.g. {@code denied by vendor:xai} or
   * {@code channel groq is not enabled}; empty when the scope allows it.
   */
  public Optional<String> rejection(Model model, Offering offering) {
    return filter.rejection(model, offering);
  }

  /** True when the scope allows {@code model} on at least one of its priced offerings. */
  public boolean allowsSomewhere(Model model) {
    return model.offerings().stream()
        .anyMatch(o -> o.pricing().isPresent() && filter.allows(model, o));
  }
}
