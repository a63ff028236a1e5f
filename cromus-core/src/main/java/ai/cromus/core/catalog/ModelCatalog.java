package ai.cromus.core.catalog;

import static org.apiguardian.api.API.Status.STABLE;

import ai.cromus.core.internal.catalog.CatalogOverlay;
import ai.cromus.core.internal.catalog.IndexedCatalog;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A versioned table of models, channels and prices. Immutable and thread-safe.
 *
 * <p>Lookups accept a model id or any alias and normalize case, dots versus dashes, date suffixes
 * ({@code -20250929}, {@code @20250929}), {@code -latest}, {@code -preview}, {@code provider:model}
 * and {@code provider/model} forms, and Bedrock ids with regional prefixes and version suffixes
 * ({@code us.anthropic.claude-sonnet-4-6-v1:0}). An exact id or alias always wins; an undecorated
 * form answers only when exactly one model claims it. After normalization a lookup is a hash-map
 * hit. An unknown name is never guessed: {@link #lookup(String)} returns the nearest known ids
 * instead.
 */
@API(status = STABLE, since = "0.1")
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

  /** The offering of a model (id or alias) on a channel. */
  default Optional<Offering> offering(String nameOrAlias, String channel) {
    Objects.requireNonNull(channel, "channel must not be null");
    return find(nameOrAlias).flatMap(m -> m.offering(channel));
  }

  /**
   * The models that pass {@code filter}, in catalog order, each with only the offerings that pass
   * it; models left without offerings are dropped.
   */
  default List<Model> select(CatalogFilter filter) {
    Objects.requireNonNull(filter, "filter must not be null");
    List<Model> out = new ArrayList<>();
    for (Model m : models()) {
      if (!filter.matchesModel(m)) {
        continue;
      }
      List<Offering> kept = new ArrayList<>();
      for (Offering o : m.offerings()) {
        if (filter.matchesOffering(o)) {
          kept.add(o);
        }
      }
      if (kept.size() == m.offerings().size()) {
        out.add(m);
      } else if (!kept.isEmpty()) {
        out.add(ImmutableModel.copyOf(m).withOfferings(kept));
      }
    }
    return out;
  }

  /**
   * A user's catalog (negotiated prices, private models) merged over a base catalog, such as the
   * bundled one. For a model id in both, the user's model replaces the base's fields, its aliases
   * are added to the base's, and its offerings replace the base's offering on the same channel and
   * add the others (base channels first, in base order). Models, vendors and channels only in the
   * user's catalog are added after the base's; a vendor or channel in both is the user's. The
   * version is {@code base+user}; {@code asOf} is the later of the two.
   *
   * @throws IllegalArgumentException if a user alias already names a different base model
   */
  static ModelCatalog overlay(ModelCatalog base, ModelCatalog user) {
    Objects.requireNonNull(base, "base must not be null");
    Objects.requireNonNull(user, "user must not be null");
    return CatalogOverlay.merge(base, user);
  }

  /**
   * A catalog from its parts. Ids and aliases must be unique (after normalization); vendor, channel
   * and successor references are not checked here (an offering carries its own tier and setup
   * effort). Use {@link CatalogReader} to read a catalog file with every check and diagnostics
   * instead of exceptions.
   *
   * @throws IllegalArgumentException if a vendor, channel or model id, or an alias, is defined
   *     twice
   */
  static ModelCatalog of(
      String version,
      LocalDate asOf,
      List<Vendor> vendors,
      List<Channel> channels,
      List<Model> models) {
    return IndexedCatalog.create(version, asOf, vendors, channels, models);
  }
}
