package ai.cromus.core.internal.catalog;

import ai.cromus.core.catalog.BuiltinTool;
import ai.cromus.core.catalog.Capabilities;
import ai.cromus.core.catalog.CatalogRule;
import ai.cromus.core.catalog.Channel;
import ai.cromus.core.catalog.EcosystemTier;
import ai.cromus.core.catalog.ImmutableModel;
import ai.cromus.core.catalog.Model;
import ai.cromus.core.catalog.ModelCatalog;
import ai.cromus.core.catalog.ModelStatus;
import ai.cromus.core.catalog.Offering;
import ai.cromus.core.catalog.QualityIndex;
import ai.cromus.core.catalog.Vendor;
import ai.cromus.core.diagnostic.SourceLocation;
import ai.cromus.core.workflow.CapabilityTier;
import ai.cromus.core.workflow.Parsed;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

/** The catalog reader behind {@link ai.cromus.core.catalog.CatalogReader}. */
public final class CatalogFileReader {

  private static final Set<String> TOP =
      Set.of("catalogVersion", "asOf", "currency", "unit", "vendors", "channels", "models");
  private static final Set<String> VENDOR =
      Set.of("id", "name", "batchDiscount", "cachedInputIncludedInInput");
  private static final Set<String> CHANNEL =
      Set.of("id", "name", "tier", "setupEffort", "description", "selfHosted", "builtinTools");
  private static final Set<String> MODEL =
      Set.of(
          "id",
          "displayName",
          "aliases",
          "vendor",
          "family",
          "capabilityTier",
          "quality",
          "openWeights",
          "license",
          "contextWindow",
          "maxOutput",
          "capabilities",
          "releaseDate",
          "status",
          "deprecationDate",
          "successor",
          "offerings");

  private final Fields.Diagnostics out;
  private final ModelCatalog base;
  private final Map<String, Model> baseById = new HashMap<>();

  /** Canonical key of every base id and alias, to the base model's id. */
  private final Map<String, String> baseKeys = new HashMap<>();

  private final Map<String, Vendor> vendors = new LinkedHashMap<>();
  private final Map<String, Channel> channels = new LinkedHashMap<>();

  /** Canonical key of every id and alias read so far, to its model's id. */
  private final Map<String, String> keys = new HashMap<>();

  private LocalDate asOf;

  private CatalogFileReader(Fields.Diagnostics out, ModelCatalog base) {
    this.out = out;
    this.base = base;
    if (base != null) {
      for (Model m : base.models()) {
        baseById.put(m.id(), m);
        baseKeys.put(ModelNames.key(m.id()), m.id());
        for (String a : m.aliases()) {
          baseKeys.putIfAbsent(ModelNames.key(a), m.id());
        }
      }
    }
  }

  /** Reads a catalog, or an overlay over {@code base} when it is not null. */
  public static Parsed<ModelCatalog> read(String source, String text, ModelCatalog base) {
    LocatedJson json;
    try {
      json = LocatedJson.parse(text);
    } catch (LocatedJson.SyntaxError e) {
      Fields.Diagnostics out = new Fields.Diagnostics(source, null);
      out.add(
          CatalogRule.SYNTAX,
          SourceLocation.of(source, e.pos.line(), e.pos.column()),
          "the catalog is not well-formed JSON: " + e.getMessage(),
          "fix the JSON syntax");
      return Parsed.of(empty(), out.list);
    }
    Fields.Diagnostics out = new Fields.Diagnostics(source, json);
    for (LocatedJson.DuplicateKey d : json.duplicates) {
      out.add(
          CatalogRule.DUPLICATE_KEY,
          out.keyAt(d.pointer()),
          "key '" + d.key() + "' is given twice in the same object; the last value is read",
          "remove one of them");
    }
    if (!json.root.isObject()) {
      out.add(
          CatalogRule.SYNTAX,
          out.at(""),
          "the catalog's top level must be a JSON object",
          "start the file with {\"catalogVersion\": ...}");
      return Parsed.of(empty(), out.list);
    }
    return new CatalogFileReader(out, base).catalog(json.root);
  }

  private static ModelCatalog empty() {
    return IndexedCatalog.create("invalid", LocalDate.EPOCH, List.of(), List.of(), List.of());
  }

  private Parsed<ModelCatalog> catalog(JsonNode root) {
    Fields top = new Fields(out, root, "", "catalog", TOP);
    CatalogHeader.Read header = CatalogHeader.read(out, top);
    String version = header.version();
    asOf = header.asOf();
    JsonNode vendorList = top.array("vendors", base == null).orElse(null);
    if (vendorList != null) {
      for (int i = 0; i < vendorList.size(); i++) {
        vendor(vendorList.get(i), "/vendors/" + i, i);
      }
    }
    JsonNode channelList = top.array("channels", base == null).orElse(null);
    if (channelList != null) {
      for (int i = 0; i < channelList.size(); i++) {
        channel(channelList.get(i), "/channels/" + i, i);
      }
    }
    List<Model> models = new ArrayList<>();
    List<String> modelPointers = new ArrayList<>();
    JsonNode modelList = top.array("models", true).orElse(null);
    if (modelList != null) {
      for (int i = 0; i < modelList.size(); i++) {
        String ptr = "/models/" + i;
        model(modelList.get(i), ptr, i)
            .ifPresent(
                m -> {
                  models.add(m);
                  modelPointers.add(ptr);
                });
      }
    }
    List<Model> resolved = Successors.resolve(out, baseById, models, modelPointers);
    if (resolved.isEmpty() && base == null) {
      out.add(
          CatalogRule.EMPTY,
          out.at("/models"),
          "the catalog defines no usable model",
          "add at least one model with one offering");
    }
    try {
      ModelCatalog own =
          IndexedCatalog.create(
              version,
              asOf,
              new ArrayList<>(vendors.values()),
              new ArrayList<>(channels.values()),
              resolved);
      return Parsed.of(base == null ? own : CatalogOverlay.merge(base, own), out.list);
    } catch (IllegalArgumentException e) {
      // the checks above should make this unreachable; never let bad input escape as an exception
      out.add(
          CatalogRule.DUPLICATE_ID,
          out.at(""),
          "the catalog could not be indexed: " + e.getMessage(),
          null);
      return Parsed.of(empty(), out.list);
    }
  }

  static boolean isObject(Fields.Diagnostics out, JsonNode n, String ptr, String label) {
    if (!n.isObject()) {
      out.add(
          CatalogRule.FIELD_TYPE, out.at(ptr), label + " must be an object; it is skipped", null);
      return false;
    }
    return true;
  }

  static String label(String kind, JsonNode n, int index) {
    JsonNode id = n.get(kind.equals("offering") ? "channel" : "id");
    return id != null && id.isTextual()
        ? kind + " '" + id.textValue() + "'"
        : kind + " #" + (index + 1);
  }

  private void vendor(JsonNode n, String ptr, int i) {
    if (!isObject(out, n, ptr, "vendor #" + (i + 1))) {
      return;
    }
    Fields f = new Fields(out, n, ptr, label("vendor", n, i), VENDOR);
    Optional<String> id = f.id("id", true);
    Optional<String> name = f.string("name", true);
    Optional<BigDecimal> discount =
        f.number("batchDiscount", false)
            .filter(
                d -> {
                  if (d.signum() > 0 && d.compareTo(BigDecimal.ONE) <= 0) {
                    return true;
                  }
                  f.wrong(
                      "batchDiscount",
                      false,
                      "must be a fraction above 0 and at most 1 (0.5 = half price)");
                  return false;
                });
    Optional<Boolean> included = f.bool("cachedInputIncludedInInput", true);
    if (!f.usable()) {
      return;
    }
    if (vendors.containsKey(id.get())) {
      out.add(
          CatalogRule.DUPLICATE_ID,
          f.location(),
          f.label + " is defined twice; this one is skipped",
          null);
      return;
    }
    vendors.put(
        id.get(),
        Vendor.builder()
            .id(id.get())
            .name(name.get())
            .batchDiscount(discount)
            .cachedInputIncludedInInput(included.get())
            .build());
  }

  private void channel(JsonNode n, String ptr, int i) {
    if (!isObject(out, n, ptr, "channel #" + (i + 1))) {
      return;
    }
    Fields f = new Fields(out, n, ptr, label("channel", n, i), CHANNEL);
    Optional<String> id = f.id("id", true);
    Optional<String> name = f.string("name", true);
    Optional<EcosystemTier> tier = f.enumValue("tier", EcosystemTier.class, true);
    Optional<String> effort = f.string("setupEffort", true);
    Optional<String> description = f.string("description", true);
    Optional<Boolean> selfHosted = f.bool("selfHosted", true);
    List<BuiltinTool> tools = BuiltinToolFields.read(out, f);
    if (!f.usable()) {
      return;
    }
    if (channels.containsKey(id.get())) {
      out.add(
          CatalogRule.DUPLICATE_ID,
          f.location(),
          f.label + " is defined twice; this one is skipped",
          null);
      return;
    }
    channels.put(
        id.get(),
        Channel.builder()
            .id(id.get())
            .name(name.get())
            .tier(tier.get())
            .setupEffort(effort.get())
            .description(description.get())
            .selfHosted(selfHosted.get())
            .addAllBuiltinTools(tools)
            .build());
  }

  private Optional<Vendor> vendorById(String id) {
    Vendor v = vendors.get(id);
    return v != null ? Optional.of(v) : base == null ? Optional.empty() : base.vendor(id);
  }

  private Optional<Channel> channelById(String id) {
    Channel c = channels.get(id);
    return c != null ? Optional.of(c) : base == null ? Optional.empty() : base.channel(id);
  }

  /** A required field, or the base model's value when an overlay leaves it out. */
  private static <T> Optional<T> field(
      Fields f,
      String key,
      Optional<Model> baseModel,
      Function<Model, T> fromBase,
      Supplier<Optional<T>> read) {
    if (!f.has(key) && baseModel.isPresent()) {
      return Optional.of(fromBase.apply(baseModel.get()));
    }
    return read.get();
  }

  private Optional<Model> model(JsonNode n, String ptr, int i) {
    if (!isObject(out, n, ptr, "model #" + (i + 1))) {
      return Optional.empty();
    }
    Fields f = new Fields(out, n, ptr, label("model", n, i), MODEL);
    Optional<String> id = f.id("id", true);
    Optional<Model> bm = id.map(baseById::get);
    Optional<String> displayName =
        field(f, "displayName", bm, Model::displayName, () -> f.string("displayName", true));
    List<String> aliases =
        f.has("aliases") || bm.isEmpty() ? f.strings("aliases", true) : List.of();
    Optional<String> vendorId = field(f, "vendor", bm, Model::vendor, () -> f.id("vendor", true));
    Optional<String> family = field(f, "family", bm, Model::family, () -> f.id("family", true));
    Optional<CapabilityTier> tier =
        field(
            f,
            "capabilityTier",
            bm,
            Model::capabilityTier,
            () -> f.enumValue("capabilityTier", CapabilityTier.class, true));
    Optional<QualityIndex> quality =
        f.has("quality") || bm.isEmpty() ? ModelParts.quality(out, f) : bm.get().quality();
    Optional<Boolean> openWeights =
        field(f, "openWeights", bm, Model::openWeights, () -> f.bool("openWeights", true));
    Optional<String> license =
        field(f, "license", bm, Model::license, () -> f.string("license", true));
    OptionalLong context = count(f, "contextWindow", bm, Model::contextWindow);
    OptionalLong maxOutput = count(f, "maxOutput", bm, Model::maxOutput);
    Optional<Capabilities> capabilities =
        field(f, "capabilities", bm, Model::capabilities, () -> ModelParts.capabilities(out, f));
    Optional<LocalDate> released =
        f.has("releaseDate") || bm.isEmpty()
            ? f.date("releaseDate", false)
            : bm.get().releaseDate();
    Optional<ModelStatus> status =
        field(f, "status", bm, Model::status, () -> f.enumValue("status", ModelStatus.class, true));
    Optional<LocalDate> deprecated =
        f.has("deprecationDate") || bm.isEmpty()
            ? f.date("deprecationDate", false)
            : bm.get().deprecationDate();
    Optional<String> successor =
        f.has("successor") || bm.isEmpty() ? f.id("successor", false) : bm.get().successor();
    Optional<JsonNode> list =
        f.has("offerings") || bm.isEmpty() ? f.array("offerings", true) : Optional.empty();
    if (list.isPresent() && list.get().isEmpty() && bm.isEmpty()) {
      f.wrong("offerings", true, "must list at least one offering");
    }
    if (!f.usable()) {
      return Optional.empty();
    }
    if (!knownVendor(f, vendorId.get()) || !claim(f, id.get())) {
      return Optional.empty();
    }
    List<String> keptAliases = aliases(f, id.get(), aliases);
    List<Offering> offerings = list.map(l -> offerings(f, l)).orElse(List.of());
    return Optional.of(
        ImmutableModel.builder()
            .id(id.get())
            .displayName(displayName.get())
            .aliases(keptAliases)
            .vendor(vendorId.get())
            .family(family.get())
            .capabilityTier(tier.get())
            .quality(quality)
            .openWeights(openWeights.get())
            .license(license.get())
            .contextWindow(context.getAsLong())
            .maxOutput(maxOutput.getAsLong())
            .capabilities(capabilities.get())
            .releaseDate(released)
            .status(status.get())
            .deprecationDate(deprecated)
            .successor(successor)
            .offerings(offerings)
            .build());
  }

  /** A required count, or the base model's value when an overlay leaves it out. */
  private static OptionalLong count(
      Fields f, String key, Optional<Model> baseModel, ToLongFunction<Model> fromBase) {
    if (!f.has(key) && baseModel.isPresent()) {
      return OptionalLong.of(fromBase.applyAsLong(baseModel.get()));
    }
    return f.count(key, true);
  }

  /** Whether the vendor a model names is defined; reported when not. */
  private boolean knownVendor(Fields f, String vendorId) {
    if (vendorById(vendorId).isPresent()) {
      return true;
    }
    out.add(
        CatalogRule.UNKNOWN_REF,
        out.at(f.child("vendor")),
        f.label + ": vendor '" + vendorId + "' is not defined; the model is skipped",
        "add it to \"vendors\"");
    return false;
  }

  /** Claims {@code id} for the model of {@code f}; false (reported) when another model has it. */
  private boolean claim(Fields f, String id) {
    String key = ModelNames.key(id);
    String owner = keys.get(key);
    String baseOwner = baseKeys.get(key);
    if (owner != null || (baseOwner != null && !baseOwner.equals(id))) {
      out.add(
          CatalogRule.DUPLICATE_ID,
          out.at(f.child("id")),
          f.label
              + ": id '"
              + id
              + "' already names model '"
              + (owner != null ? owner : baseOwner)
              + "'; this model is skipped",
          "give the model a unique id");
      return false;
    }
    keys.put(key, id);
    return true;
  }

  /** The aliases of model {@code id} that name no other model. */
  private List<String> aliases(Fields f, String id, List<String> aliases) {
    List<String> keptAliases = new ArrayList<>();
    for (int a = 0; a < aliases.size(); a++) {
      String alias = aliases.get(a);
      String ak = ModelNames.key(alias);
      String other = keys.get(ak);
      if (other == null && baseKeys.containsKey(ak) && !baseKeys.get(ak).equals(id)) {
        other = baseKeys.get(ak);
      }
      if (other != null && !other.equals(id)) {
        out.add(
            CatalogRule.DUPLICATE_ID,
            out.at(f.child("aliases") + "/" + a),
            f.label
                + ": alias '"
                + alias
                + "' already names model '"
                + other
                + "'; the alias is ignored",
            "an alias must name one model (aliases are compared after normalization)");
        continue;
      }
      keys.put(ak, id);
      keptAliases.add(alias);
    }
    return keptAliases;
  }

  /** The usable offerings of a model's list, one per channel. */
  private List<Offering> offerings(Fields f, JsonNode list) {
    OfferingFields offerings = new OfferingFields(out, this::channelById, asOf);
    Map<String, Offering> byChannel = new LinkedHashMap<>();
    for (int j = 0; j < list.size(); j++) {
      String optr = f.child("offerings") + "/" + j;
      JsonNode on = list.get(j);
      offerings
          .offering(on, optr, j, f.label)
          .ifPresent(
              o -> {
                if (byChannel.containsKey(o.channel())) {
                  out.add(
                      CatalogRule.DUPLICATE_ID,
                      out.at(optr),
                      f.label + ": a second offering on channel '" + o.channel() + "' is skipped",
                      "one offering per channel");
                } else {
                  byChannel.put(o.channel(), o);
                }
              });
    }
    return List.copyOf(byChannel.values());
  }
}
