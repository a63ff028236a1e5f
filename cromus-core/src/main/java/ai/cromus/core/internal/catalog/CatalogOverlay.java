package ai.cromus.core.internal.catalog;

import ai.cromus.core.catalog.Channel;
import ai.cromus.core.catalog.ImmutableModel;
import ai.cromus.core.catalog.Model;
import ai.cromus.core.catalog.ModelCatalog;
import ai.cromus.core.catalog.Offering;
import ai.cromus.core.catalog.Vendor;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** Merges a user's catalog over a base catalog; see {@link ModelCatalog#overlay}. */
public final class CatalogOverlay {
  private CatalogOverlay() {}

  public static ModelCatalog merge(ModelCatalog base, ModelCatalog user) {
    Map<String, Model> models = new LinkedHashMap<>();
    for (Model m : base.models()) {
      models.put(m.id(), m);
    }
    for (Model u : user.models()) {
      Model b = models.get(u.id());
      models.put(u.id(), b == null ? u : mergeModel(b, u));
    }
    LocalDate asOf = user.asOf().isAfter(base.asOf()) ? user.asOf() : base.asOf();
    return IndexedCatalog.create(
        base.version() + "+" + user.version(),
        asOf,
        byId(base.vendors(), user.vendors(), Vendor::id),
        byId(base.channels(), user.channels(), Channel::id),
        new ArrayList<>(models.values()));
  }

  /** The user's model, with the base's aliases and offerings kept where the user has none. */
  static Model mergeModel(Model base, Model user) {
    Set<String> aliases = new LinkedHashSet<>(base.aliases());
    aliases.addAll(user.aliases());
    Map<String, Offering> offerings = new LinkedHashMap<>();
    for (Offering o : base.offerings()) {
      offerings.put(o.channel(), o);
    }
    for (Offering o : user.offerings()) {
      offerings.put(o.channel(), o);
    }
    return ImmutableModel.copyOf(user).withAliases(aliases).withOfferings(offerings.values());
  }

  private static <T> List<T> byId(List<T> base, List<T> user, Function<T, String> id) {
    Map<String, T> out = new LinkedHashMap<>();
    for (T t : base) {
      out.put(id.apply(t), t);
    }
    for (T t : user) {
      out.put(id.apply(t), t);
    }
    return new ArrayList<>(out.values());
  }
}
