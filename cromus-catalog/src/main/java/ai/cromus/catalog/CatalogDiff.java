package ai.cromus.catalog;

import static org.apiguardian.api.API.Status.STABLE;

import ai.cromus.catalog.internal.CatalogComparison;
import ai.cromus.catalog.internal.DiffRendering;
import ai.cromus.core.catalog.ModelCatalog;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * What changed between two catalog versions: models and channels added or removed, offerings added
 * or withdrawn, status changes, and every price change per offering with old and new figure.
 * Rendered as Markdown for the CHANGELOG or as plain text. Entries are sorted by model id, channel
 * and field, so the same two catalogs always give the same diff.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCatalogDiff.class)
@JsonDeserialize(as = ImmutableCatalogDiff.class)
@API(status = STABLE, since = "0.1")
public interface CatalogDiff {
  String oldVersion();

  String newVersion();

  LocalDate oldAsOf();

  LocalDate newAsOf();

  /** Ids of models only in the new catalog. */
  List<String> addedModels();

  /** Ids of models only in the old catalog. */
  List<String> removedModels();

  List<String> addedChannels();

  List<String> removedChannels();

  /** Offerings on a channel that is new for a model both catalogs have. */
  List<OfferingRef> addedOfferings();

  /** Offerings the new catalog no longer lists, for a model both catalogs have. */
  List<OfferingRef> removedOfferings();

  List<StatusChange> statusChanges();

  List<PriceChange> priceChanges();

  /** True when the catalogs list the same models, channels, offerings, statuses and prices. */
  default boolean isEmpty() {
    return addedModels().isEmpty()
        && removedModels().isEmpty()
        && addedChannels().isEmpty()
        && removedChannels().isEmpty()
        && addedOfferings().isEmpty()
        && removedOfferings().isEmpty()
        && statusChanges().isEmpty()
        && priceChanges().isEmpty();
  }

  /** A Markdown section for the CHANGELOG. */
  default String toMarkdown() {
    return DiffRendering.render(this, true);
  }

  /** The same content as plain text. */
  default String toText() {
    return DiffRendering.render(this, false);
  }

  /** The changes from {@code older} to {@code newer}. */
  static CatalogDiff between(ModelCatalog older, ModelCatalog newer) {
    Objects.requireNonNull(older, "older must not be null");
    Objects.requireNonNull(newer, "newer must not be null");
    return CatalogComparison.compare(older, newer);
  }

  static ImmutableCatalogDiff.Builder builder() {
    return ImmutableCatalogDiff.builder();
  }
}
