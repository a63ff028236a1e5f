package ai.cromus.core.internal.catalog;

import ai.cromus.core.catalog.Channel;
import ai.cromus.core.catalog.ImmutableModelLookup;
import ai.cromus.core.catalog.Model;
import ai.cromus.core.catalog.ModelCatalog;
import ai.cromus.core.catalog.ModelLookup;
import ai.cromus.core.catalog.Offering;
import ai.cromus.core.catalog.Vendor;
import ai.cromus.core.internal.text.Similarity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A catalog indexed for O(1) lookups: every id and alias under its canonical key ({@link
 * ModelNames#key}), and every undecorated form of them and every channel's own model id ({@link
 * ModelNames#variants}) in a second index that only answers when exactly one model claims the form.
 */
public final class IndexedCatalog implements ModelCatalog {
  private static final int NEAREST = 5;

  /** Answers to decorated or unknown names are remembered, up to this many queries. */
  private static final int MAX_REMEMBERED = 4096;

  private final String version;
  private final LocalDate asOf;
  private final List<Vendor> vendors;
  private final List<Channel> channels;
  private final List<Model> models;
  private final Map<String, Model> exact = new HashMap<>();
  private final Map<String, Model> loose = new HashMap<>();

  /** Undecorated forms two or more models claim, to the ids of those models (sorted). */
  private final Map<String, Set<String>> ambiguous = new HashMap<>();

  private final Map<String, Channel> channelById = new LinkedHashMap<>();

  /**
   * Answers already computed; a lookup is a pure function of the query, so this is only a cache.
   */
  private final Map<String, ModelLookup> recent = new ConcurrentHashMap<>();

  private final Map<String, Vendor> vendorById = new LinkedHashMap<>();

  /**
   * Data other stages derive from the catalog alone, computed once per catalog (see {@link
   * #derived}).
   */
  private final Map<Object, Object> derived = new ConcurrentHashMap<>();

  private IndexedCatalog(
      String version,
      LocalDate asOf,
      List<Vendor> vendors,
      List<Channel> channels,
      List<Model> models) {
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
      if (exact.put(ModelNames.key(m.id()), m) != null) {
        throw new IllegalArgumentException("model defined twice: " + m.id());
      }
    }
    for (Model m : this.models) {
      for (String alias : m.aliases()) {
        String key = ModelNames.key(alias);
        Model existing = exact.get(key);
        if (existing != null && existing != m) {
          throw new IllegalArgumentException(
              "alias '" + alias + "' of " + m.id() + " already names " + existing.id());
        }
        exact.put(key, m);
      }
    }
    for (Model m : this.models) {
      List<String> names = new ArrayList<>();
      names.add(m.id());
      names.addAll(m.aliases());
      for (Offering o : m.offerings()) {
        names.add(o.channelModelId());
      }
      for (String name : names) {
        for (String v : ModelNames.variants(name)) {
          if (exact.containsKey(v)) {
            continue;
          }
          Set<String> claimants = ambiguous.get(v);
          if (claimants != null) {
            claimants.add(m.id());
            continue;
          }
          Model prev = loose.putIfAbsent(v, m);
          if (prev != null && prev != m) {
            loose.remove(v);
            Set<String> ids = new TreeSet<>();
            ids.add(prev.id());
            ids.add(m.id());
            ambiguous.put(v, ids);
          }
        }
      }
    }
  }

  /**
   * A catalog from its parts.
   *
   * @throws IllegalArgumentException if an id or alias is defined twice
   */
  public static ModelCatalog create(
      String version,
      LocalDate asOf,
      List<Vendor> vendors,
      List<Channel> channels,
      List<Model> models) {
    return new IndexedCatalog(version, asOf, vendors, channels, models);
  }

  /** The model a canonical key or alias key names exactly, for duplicate checks. */
  Optional<Model> exactly(String key) {
    return Optional.ofNullable(exact.get(key));
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
    ModelLookup cached = recent.get(nameOrAlias);
    if (cached != null) {
      return cached;
    }
    ModelLookup answer = resolve(nameOrAlias);
    if (recent.size() < MAX_REMEMBERED && nameOrAlias.length() <= ModelNames.MAX_LENGTH) {
      recent.putIfAbsent(nameOrAlias, answer);
    }
    return answer;
  }

  private ModelLookup resolve(String nameOrAlias) {
    ImmutableModelLookup.Builder b = ImmutableModelLookup.builder().query(nameOrAlias);
    Model direct = exact.get(ModelNames.key(nameOrAlias));
    if (direct != null) {
      return b.model(direct).build();
    }
    List<String> variants = ModelNames.variants(nameOrAlias);
    for (String v : variants) {
      Model m = exact.get(v);
      if (m != null) {
        return b.model(m).build();
      }
    }
    for (String v : variants) {
      Model m = loose.get(v);
      if (m != null) {
        return b.model(m).build();
      }
    }
    return b.addAllNearest(nearest(variants)).build();
  }

  /**
   * The models an ambiguous undecorated form stands for, then the model ids closest to any variant
   * of the query by edit distance to any of their names.
   */
  private List<String> nearest(List<String> variants) {
    Set<String> out = new LinkedHashSet<>();
    for (String v : variants) {
      Set<String> ids = ambiguous.get(v);
      if (ids != null) {
        out.addAll(ids);
      }
    }
    Map<String, Integer> best = new HashMap<>();
    for (Map.Entry<String, Model> e : exact.entrySet()) {
      for (String v : variants) {
        if (v.isEmpty()) {
          continue;
        }
        int limit = Math.max(2, v.length() / 2);
        int d = Similarity.distance(v, e.getKey(), limit);
        if (d <= limit) {
          best.merge(e.getValue().id(), d, Math::min);
        }
      }
    }
    List<Map.Entry<String, Integer>> ranked = new ArrayList<>(best.entrySet());
    ranked.sort(
        Map.Entry.<String, Integer>comparingByValue()
            .thenComparing(Map.Entry.comparingByKey(Comparator.naturalOrder())));
    for (Map.Entry<String, Integer> e : ranked) {
      out.add(e.getKey());
    }
    List<String> first = new ArrayList<>(out);
    return first.subList(0, Math.min(NEAREST, first.size()));
  }

  @Override
  public Optional<Channel> channel(String id) {
    return Optional.ofNullable(channelById.get(id));
  }

  @Override
  public Optional<Vendor> vendor(String id) {
    return Optional.ofNullable(vendorById.get(id));
  }

  @Override
  public String toString() {
    return "ModelCatalog{" + version + ", " + models.size() + " models}";
  }

  /**
   * Data derived from this catalog alone, computed on first use and kept: {@code key} names it (one
   * constant per kind of data), {@code compute} must be a pure function of the catalog.
   */
  @SuppressWarnings("unchecked")
  public <T> T derived(Object key, Function<ModelCatalog, T> compute) {
    return (T) derived.computeIfAbsent(key, k -> compute.apply(this));
  }

  /**
   * {@link #derived} for any catalog: kept when it is an {@code IndexedCatalog}, else computed each
   * time.
   */
  public static <T> T derived(ModelCatalog catalog, Object key, Function<ModelCatalog, T> compute) {
    return catalog instanceof IndexedCatalog indexedCatalog
        ? indexedCatalog.derived(key, compute)
        : compute.apply(catalog);
  }
}
