package ai.cromus.core.internal.catalog;

import ai.cromus.core.catalog.Channel;
import ai.cromus.core.catalog.ImmutableModelLookup;
import ai.cromus.core.catalog.Model;
import ai.cromus.core.catalog.ModelCatalog;
import ai.cromus.core.catalog.ModelLookup;
import ai.cromus.core.catalog.Vendor;
import ai.cromus.core.internal.text.Similarity;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** A catalog indexed by normalized id and alias. */
public final class IndexedCatalog implements ModelCatalog {
  private final String version;
  private final LocalDate asOf;
  private final List<Vendor> vendors;
  private final List<Channel> channels;
  private final List<Model> models;
  private final Map<String, Model> byKey = new HashMap<>();
  private final Map<String, Channel> channelById = new LinkedHashMap<>();
  private final Map<String, Vendor> vendorById = new LinkedHashMap<>();

  private IndexedCatalog(String version, LocalDate asOf, List<Vendor> vendors,
      List<Channel> channels, List<Model> models) {
    this.version = Objects.requireNonNull(version, "version must not be null");
    this.asOf = Objects.requireNonNull(asOf, "asOf must not be null");
    this.vendors = List.copyOf(vendors);
    this.channels = List.copyOf(channels);
    this.models = List.copyOf(models);
    for (Vendor v : this.vendors) {
      if (vendorById.put(v.id(), v) != null) {
        throw new IllegalArgumentException("vendor defined twice: " + v.id());
      }
    }
    for (Channel c : this.channels) {
      if (channelById.put(c.id(), c) != null) {
        throw new IllegalArgumentException("channel defined twice: " + c.id());
      }
    }
    for (Model m : this.models) {
      index(normalize(m.id()), m);
    }
    for (Model m : this.models) {
      for (String alias : m.aliases()) {
        String key = normalize(alias);
        Model existing = byKey.get(key);
        if (existing != null && existing != m) {
          throw new IllegalArgumentException(
              "alias '" + alias + "' of " + m.id() + " already names " + existing.id());
        }
        byKey.put(key, m);
      }
    }
  }

  private void index(String key, Model m) {
    if (byKey.put(key, m) != null) {
      throw new IllegalArgumentException("model defined twice: " + m.id());
    }
  }

  public static ModelCatalog create(String version, LocalDate asOf, List<Vendor> vendors,
      List<Channel> channels, List<Model> models) {
    return new IndexedCatalog(version, asOf, vendors, channels, models);
  }

  /** Case-folds and unifies separators: {@code Claude_Sonnet.4.6} becomes {@code claude-sonnet-4-6}. */
  static String normalize(String name) {
    String s = name.trim().toLowerCase(Locale.ROOT);
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      sb.append(c == '.' || c == '_' || c == ' ' ? '-' : c);
    }
    return sb.toString();
  }

  @Override
  public String version() {
    return version;
  }

  @Override
  public LocalDate asOf() {
    return asOf;
  }

  @Override
  public List<Vendor> vendors() {
    return vendors;
  }

  @Override
  public List<Channel> channels() {
    return channels;
  }

  @Override
  public List<Model> models() {
    return models;
  }

  @Override
  public ModelLookup lookup(String nameOrAlias) {
    Objects.requireNonNull(nameOrAlias, "nameOrAlias must not be null");
    String key = normalize(nameOrAlias);
    Model m = byKey.get(key);
    if (m == null && key.endsWith("-latest")) {
      m = byKey.get(key.substring(0, key.length() - "-latest".length()));
    }
    if (m == null) {
      int colon = key.indexOf(':');
      int slash = key.indexOf('/');
      int cut = colon >= 0 ? colon : slash;
      if (cut >= 0) {
        m = byKey.get(key.substring(cut + 1));
      }
    }
    ImmutableModelLookup.Builder b = ImmutableModelLookup.builder().query(nameOrAlias);
    if (m != null) {
      return b.model(m).build();
    }
    return b.addAllNearest(Similarity.nearest(key, byKey.keySet(), 5)).build();
  }

  @Override
  public Optional<Channel> channel(String id) {
    return Optional.ofNullable(channelById.get(id));
  }

  @Override
  public Optional<Vendor> vendor(String id) {
    return Optional.ofNullable(vendorById.get(id));
  }
}
