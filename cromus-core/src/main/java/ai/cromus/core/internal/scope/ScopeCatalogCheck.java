package ai.cromus.core.internal.scope;

import ai.cromus.core.catalog.Channel;
import ai.cromus.core.catalog.Model;
import ai.cromus.core.catalog.ModelCatalog;
import ai.cromus.core.catalog.ModelLookup;
import ai.cromus.core.catalog.Offering;
import ai.cromus.core.catalog.Vendor;
import ai.cromus.core.diagnostic.Diagnostic;
import ai.cromus.core.diagnostic.SourceLocation;
import ai.cromus.core.internal.text.Similarity;
import ai.cromus.core.scope.DataRule;
import ai.cromus.core.scope.GateSelector;
import ai.cromus.core.scope.Scope;
import ai.cromus.core.scope.ScopeRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Checks a scope against a catalog, behind {@link ai.cromus.core.scope.ScopeCheck}: every channel,
 * {@code model:}, {@code vendor:}, {@code channel:} and {@code region:} name must exist (an unknown
 * one is reported with the nearest valid names), and the scope must leave at least one priced
 * model.
 */
public final class ScopeCatalogCheck {
  private static final Pattern SEPARATOR = Pattern.compile("[-_:.]");

  private ScopeCatalogCheck() {}

  /** Checks a scope; {@code where} locates a name ({@code channel:ID}, {@code selector:TEXT}). */
  public static List<Diagnostic> check(
      Scope scope, ModelCatalog catalog, Function<String, SourceLocation> where) {
    Objects.requireNonNull(scope, "scope must not be null");
    Objects.requireNonNull(catalog, "catalog must not be null");
    List<Diagnostic> out = new ArrayList<>();
    List<String> channelIds =
        catalog.channels().stream().map(Channel::id).collect(Collectors.toList());
    for (String c : scope.channels()) {
      if (!channelIds.contains(c)) {
        out.add(
            Diagnostic.of(
                ScopeRule.UNKNOWN_CHANNEL,
                where.apply("channel:" + c),
                "The channel '"
                    + c
                    + "' is not in catalog "
                    + catalog.version()
                    + "; it enables nothing.",
                hint(c, channelIds)));
      }
    }
    List<String> vendorIds =
        catalog.vendors().stream().map(Vendor::id).collect(Collectors.toList());
    TreeSet<String> regions = new TreeSet<>(ScopeFilter.UPLIFT_REGIONS);
    for (Model m : catalog.models()) {
      for (Offering o : m.offerings()) {
        o.regions().forEach(r -> regions.add(r.toLowerCase(Locale.ROOT)));
      }
    }
    dataRules(scope, catalog, channelIds, regions, where, out);
    List<GateSelector> all = new ArrayList<>(scope.gates().allow());
    all.addAll(scope.gates().deny());
    all.addAll(scope.gates().require());
    scope.dataRules().forEach(d -> all.addAll(d.deny()));
    for (GateSelector s : all) {
      selector(s, catalog, channelIds, vendorIds, regions, where).ifPresent(out::add);
    }
    ScopeFilter filter = new ScopeFilter(scope, catalog);
    boolean any =
        catalog.models().stream()
            .anyMatch(
                m ->
                    m.offerings().stream()
                        .anyMatch(o -> o.pricing().isPresent() && filter.allows(m, o)));
    if (!any) {
      out.add(
          Diagnostic.of(
              ScopeRule.NOTHING_ALLOWED,
              where.apply("scope"),
              "The scope's channels and gates leave no priced model of catalog "
                  + catalog.version()
                  + "; nothing can be simulated or recommended.",
              "Enable more channels, or loosen the allow and require gates."));
    }
    return out;
  }

  /** The diagnostic of a gate selector naming what the catalog lacks, if it does. */
  private static Optional<Diagnostic> selector(
      GateSelector s,
      ModelCatalog catalog,
      List<String> channelIds,
      List<String> vendorIds,
      SortedSet<String> regions,
      Function<String, SourceLocation> where) {
    SourceLocation at = where.apply("selector:" + s.text());
    String v = s.value().trim();
    switch (s.kind()) {
      case MODEL -> {
        ModelLookup l = catalog.lookup(v);
        if (!l.found()) {
          return Optional.of(
              Diagnostic.of(
                  ScopeRule.UNKNOWN_MODEL,
                  at,
                  "The selector '"
                      + s.text()
                      + "' names no model of catalog "
                      + catalog.version()
                      + "; it matches nothing.",
                  l.nearest().isEmpty()
                      ? "Run 'cromus models' for the list of models."
                      : "Did you mean " + String.join(" or ", l.nearest()) + "?"));
        }
        return Optional.empty();
      }
      case VENDOR -> {
        if (vendorIds.stream().noneMatch(x -> x.equalsIgnoreCase(v))) {
          return Optional.of(
              Diagnostic.of(
                  ScopeRule.UNKNOWN_VENDOR,
                  at,
                  "The selector '"
                      + s.text()
                      + "' names no vendor of catalog "
                      + catalog.version()
                      + "; it matches nothing.",
                  hint(v.toLowerCase(Locale.ROOT), vendorIds)));
        }
        return Optional.empty();
      }
      case CHANNEL -> {
        if (!channelIds.contains(v.toLowerCase(Locale.ROOT))) {
          return Optional.of(
              Diagnostic.of(
                  ScopeRule.UNKNOWN_CHANNEL,
                  at,
                  "The selector '"
                      + s.text()
                      + "' names no channel of catalog "
                      + catalog.version()
                      + "; it matches nothing.",
                  hint(v.toLowerCase(Locale.ROOT), channelIds)));
        }
        return Optional.empty();
      }
      case REGION -> {
        if (!regions.contains(v.toLowerCase(Locale.ROOT))) {
          return Optional.of(
              Diagnostic.of(
                  ScopeRule.UNKNOWN_REGION,
                  at,
                  "No offering of catalog " + catalog.version() + " serves the region '" + v + "'.",
                  hint(v.toLowerCase(Locale.ROOT), new ArrayList<>(regions))));
        }
        return Optional.empty();
      }
      default -> {
        return Optional.empty();
      }
    }
  }

  /** The channels and regions that the data rules name and the catalog lacks. */
  private static void dataRules(
      Scope scope,
      ModelCatalog catalog,
      List<String> channelIds,
      SortedSet<String> regions,
      Function<String, SourceLocation> where,
      List<Diagnostic> out) {
    for (DataRule d : scope.dataRules()) {
      for (String c : d.channels()) {
        if (!channelIds.contains(c)) {
          out.add(
              Diagnostic.of(
                  ScopeRule.UNKNOWN_CHANNEL,
                  where.apply("channel:" + c),
                  "The channel '"
                      + c
                      + "' of data_rules."
                      + d.dataClass().id()
                      + " is not in catalog "
                      + catalog.version()
                      + "; it allows nothing.",
                  hint(c, channelIds)));
        }
      }
      for (String r : d.regions()) {
        if (!regions.contains(r)) {
          out.add(
              Diagnostic.of(
                  ScopeRule.UNKNOWN_REGION,
                  where.apply("region:" + r),
                  "No offering of catalog "
                      + catalog.version()
                      + " serves the region '"
                      + r
                      + "' of data_rules."
                      + d.dataClass().id()
                      + ".",
                  hint(r, new ArrayList<>(regions))));
        }
      }
    }
  }

  private static String hint(String value, List<String> valid) {
    List<String> near = Similarity.nearest(value, valid, 3);
    if (near.isEmpty()) {
      String head = SEPARATOR.split(value, 2)[0];
      near =
          valid.stream()
              .filter(v -> head.length() >= 3 && v.startsWith(head))
              .limit(3)
              .collect(Collectors.toList());
    }
    return near.isEmpty()
        ? "Valid names: " + String.join(", ", valid) + "."
        : "Did you mean " + String.join(" or ", near) + "?";
  }
}
