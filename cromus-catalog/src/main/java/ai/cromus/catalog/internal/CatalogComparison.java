package ai.cromus.catalog.internal;

import ai.cromus.catalog.CatalogDiff;
import ai.cromus.catalog.ImmutableCatalogDiff;
import ai.cromus.catalog.OfferingRef;
import ai.cromus.catalog.PriceChange;
import ai.cromus.catalog.StatusChange;
import ai.cromus.core.catalog.Channel;
import ai.cromus.core.catalog.Model;
import ai.cromus.core.catalog.ModelCatalog;
import ai.cromus.core.catalog.Offering;
import ai.cromus.core.catalog.Pricing;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Computes a {@link CatalogDiff}. */
public final class CatalogComparison {
  /** The compared pricing fields, in report order. */
  private static final Map<String, Function<Pricing, Optional<BigDecimal>>> FIELDS =
      new LinkedHashMap<>();

  static {
    FIELDS.put("input", p -> Optional.of(p.input()));
    FIELDS.put("output", p -> Optional.of(p.output()));
    FIELDS.put("cacheRead", Pricing::cacheRead);
    FIELDS.put("cacheWrite5m", Pricing::cacheWrite5m);
    FIELDS.put("cacheWrite1h", Pricing::cacheWrite1h);
    FIELDS.put("batchInput", Pricing::batchInput);
    FIELDS.put("batchOutput", Pricing::batchOutput);
    FIELDS.put("longContext.input", p -> p.longContext().map(l -> l.input()));
    FIELDS.put("longContext.output", p -> p.longContext().map(l -> l.output()));
    FIELDS.put("longContext.cacheRead", p -> p.longContext().flatMap(l -> l.cacheRead()));
    FIELDS.put(
        "longContext.thresholdTokens",
        p -> p.longContext().map(l -> BigDecimal.valueOf(l.thresholdTokens())));
    FIELDS.put("regionalUplift", Pricing::regionalUplift);
  }

  private CatalogComparison() {}

  public static CatalogDiff compare(ModelCatalog older, ModelCatalog newer) {
    Map<String, Model> a = byId(older);
    Map<String, Model> b = byId(newer);
    ImmutableCatalogDiff.Builder d =
        CatalogDiff.builder()
            .oldVersion(older.version())
            .newVersion(newer.version())
            .oldAsOf(older.asOf())
            .newAsOf(newer.asOf());
    b.keySet().stream().filter(id -> !a.containsKey(id)).forEach(d::addAddedModels);
    a.keySet().stream().filter(id -> !b.containsKey(id)).forEach(d::addRemovedModels);
    Set<String> ca =
        older.channels().stream().map(Channel::id).collect(Collectors.toCollection(TreeSet::new));
    Set<String> cb =
        newer.channels().stream().map(Channel::id).collect(Collectors.toCollection(TreeSet::new));
    cb.stream().filter(c -> !ca.contains(c)).forEach(d::addAddedChannels);
    ca.stream().filter(c -> !cb.contains(c)).forEach(d::addRemovedChannels);
    for (Map.Entry<String, Model> e : a.entrySet()) {
      Model m = e.getValue();
      Model n = b.get(e.getKey());
      if (n == null) {
        continue;
      }
      if (m.status() != n.status()) {
        d.addStatusChanges(
            StatusChange.builder()
                .model(m.id())
                .oldStatus(m.status())
                .newStatus(n.status())
                .successor(n.successor())
                .build());
      }
      Map<String, Offering> oa = offerings(m);
      Map<String, Offering> ob = offerings(n);
      ob.keySet().stream()
          .filter(c -> !oa.containsKey(c))
          .forEach(c -> d.addAddedOfferings(OfferingRef.of(m.id(), c)));
      oa.keySet().stream()
          .filter(c -> !ob.containsKey(c))
          .forEach(c -> d.addRemovedOfferings(OfferingRef.of(m.id(), c)));
      for (Map.Entry<String, Offering> o : oa.entrySet()) {
        Offering next = ob.get(o.getKey());
        if (next != null) {
          prices(d, m.id(), o.getKey(), o.getValue().pricing(), next.pricing());
        }
      }
    }
    return d.build();
  }

  private static void prices(
      ImmutableCatalogDiff.Builder d,
      String model,
      String channel,
      Optional<Pricing> before,
      Optional<Pricing> after) {
    for (Map.Entry<String, Function<Pricing, Optional<BigDecimal>>> f : FIELDS.entrySet()) {
      Optional<BigDecimal> x = before.flatMap(f.getValue());
      Optional<BigDecimal> y = after.flatMap(f.getValue());
      boolean same =
          x.isPresent() == y.isPresent() && (x.isEmpty() || x.get().compareTo(y.get()) == 0);
      if (!same) {
        d.addPriceChanges(
            PriceChange.builder()
                .model(model)
                .channel(channel)
                .field(f.getKey())
                .oldValue(x)
                .newValue(y)
                .build());
      }
    }
  }

  private static Map<String, Model> byId(ModelCatalog c) {
    Map<String, Model> m = new TreeMap<>();
    for (Model x : c.models()) {
      m.put(x.id(), x);
    }
    return m;
  }

  private static Map<String, Offering> offerings(Model m) {
    Map<String, Offering> o = new TreeMap<>();
    for (Offering x : m.offerings()) {
      o.put(x.channel(), x);
    }
    return o;
  }
}
