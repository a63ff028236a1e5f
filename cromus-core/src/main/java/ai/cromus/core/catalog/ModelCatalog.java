package ai.cromus.core.catalog;

import ai.cromus.core.internal.catalog.IndexedCatalog;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A versioned table of models, channels and prices. Immutable and thread-safe.
 *
 * <p>Lookups accept a model id or any alias and normalize case, dots versus dashes, date
 * suffixes, {@code -latest} and {@code provider:model} forms. An unknown name is never guessed:
 * {@link #lookup(String)} returns the nearest known names instead.
 */
public interface ModelCatalog {
  /** CalVer version of the catalog, e.g. {@code 2026.11}. */
  String version();

  /** The date the prices were last checked. */
  LocalDate asOf();

  List<Vendor> vendors();

  List<Channel> channels();

  /** Every model, in catalog order. */
  List<Model> models();

  /** Resolves an id or alias; never guesses. */
  ModelLookup lookup(String nameOrAlias);

  /** The model with this id or alias. */
  default Optional<Model> find(String nameOrAlias) {
    return lookup(nameOrAlias).model();
  }

  Optional<Channel> channel(String id);

  Optional<Vendor> vendor(String id);

  /**
   * A catalog from its parts. Ids and aliases must be unique; use the catalog module's loader
   * to read a catalog file with diagnostics instead of exceptions.
   *
   * @throws IllegalArgumentException if an id or alias is defined twice or a reference is dangling
   */
  static ModelCatalog of(String version, LocalDate asOf, List<Vendor> vendors,
      List<Channel> channels, List<Model> models) {
    return IndexedCatalog.create(version, asOf, vendors, channels, models);
  }
}
