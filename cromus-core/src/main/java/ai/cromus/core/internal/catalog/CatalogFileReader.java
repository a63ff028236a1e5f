package ai.cromus.core.internal.catalog;

import ai.cromus.core.catalog.Capabilities;
import ai.cromus.core.catalog.CatalogRule;
import ai.cromus.core.catalog.Channel;
import ai.cromus.core.catalog.EcosystemTier;
import ai.cromus.core.catalog.ImmutableCapabilities;
import ai.cromus.core.catalog.ImmutableLatency;
import ai.cromus.core.catalog.ImmutableLongContextPricing;
import ai.cromus.core.catalog.ImmutableModel;
import ai.cromus.core.catalog.ImmutableOffering;
import ai.cromus.core.catalog.ImmutablePricing;
import ai.cromus.core.catalog.Latency;
import ai.cromus.core.catalog.LongContextPricing;
import ai.cromus.core.catalog.Model;
import ai.cromus.core.catalog.ModelCatalog;
import ai.cromus.core.catalog.ModelStatus;
import ai.cromus.core.catalog.Offering;
import ai.cromus.core.catalog.Pricing;
import ai.cromus.core.catalog.QualityIndex;
import ai.cromus.core.catalog.ReasoningSupport;
import ai.cromus.core.catalog.Support;
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

/** The catalog reader behind {@link ai.cromus.core.catalog.CatalogReader}. */
public final class CatalogFileReader {
  /** Prices above this many USD per million tokens are taken for unit errors. */
  static final BigDecimal MAX_PRICE = BigDecimal.valueOf(1000);

  static final BigDecimal MAX_TTFT = BigDecimal.valueOf(600);
  static final BigDecimal MAX_TPS = BigDecimal.valueOf(10_000);

  private static final Set<String> TOP =
      Set.of("catalogVersion", "asOf", "currency", "unit", "vendors", "channels", "models");
  private static final Set<String> VENDOR =
      Set.of("id", "name", "batchDiscount", "cachedInputIncludedInInput");
  private static final Set<String> CHANNEL =
      Set.of("id", "name", "tier", "setupEffort", "description", "selfHosted");
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
  private static final Set<String> QUALITY = Set.of("index", "source");
  private static final Set<String> CAPABILITIES =
      Set.of("toolCalling", "structuredOutput", "vision", "promptCaching", "reasoning");
  private static final Set<String> OFFERING =
      Set.of(
          "channel",
          "channelModelId",
          "pricing",
          "latency",
          "contextWindow",
          "maxOutput",
          "regions",
          "source",
          "verifiedOn",
          "validUntil",
          "notes");
  private static final Set<String> PRICING =
      Set.of(
          "input",
          "output",
          "cacheRead",
          "cacheWrite5m",
          "cacheWrite1h",
          "batchInput",
          "batchOutput",
          "longContext",
          "regionalUplift");
  private static final Set<String> SELF_HOSTED = Set.of("selfHosted");
  private static final Set<String> LONG_CONTEXT =
      Set.of("thresholdTokens", "input", "output", "cacheRead", "cacheWrite5m", "cacheWrite1h");
  private static final Set<String> LATENCY =
      Set.of("ttftSeconds", "outputTokensPerSecond", "source");

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
    String version = header(top);
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
    List<Model> resolved = resolveSuccessors(models, modelPointers);
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

  private String header(Fields top) {
    String version = "unknown";
    JsonNode v = top.node.get("catalogVersion");
    if (v == null || !v.isTextual() || v.textValue().isBlank()) {
      out.add(
          CatalogRule.HEADER,
          out.at(v == null ? "" : "/catalogVersion"),
          "catalogVersion must be a non-empty string such as \"2026.11\"",
          null);
    } else {
      version = v.textValue();
    }
    asOf = LocalDate.EPOCH;
    JsonNode a = top.node.get("asOf");
    Optional<LocalDate> date = Optional.empty();
    if (a != null && a.isTextual()) {
      try {
        date = Optional.of(LocalDate.parse(a.textValue()));
      } catch (java.time.format.DateTimeParseException e) {
        date = Optional.empty();
      }
    }
    if (date.isPresent()) {
      asOf = date.get();
    } else {
      out.add(
          CatalogRule.HEADER,
          out.at(a == null ? "" : "/asOf"),
          "asOf must be the date the prices were checked, as YYYY-MM-DD",
          null);
    }
    expect(top, "currency", "USD");
    expect(top, "unit", "per_million_tokens");
    return version;
  }

  private void expect(Fields top, String key, String value) {
    JsonNode n = top.node.get(key);
    if (n == null || !n.isTextual() || !n.textValue().equals(value)) {
      out.add(
          CatalogRule.HEADER,
          out.at(n == null ? "" : "/" + key),
          key + " must be \"" + value + "\"" + (n == null ? " but is missing" : ", not " + n),
          "Cromus prices are USD per million tokens");
    }
  }

  private boolean isObject(JsonNode n, String ptr, String label) {
    if (!n.isObject()) {
      out.add(
          CatalogRule.FIELD_TYPE, out.at(ptr), label + " must be an object; it is skipped", null);
      return false;
    }
    return true;
  }

  private static String label(String kind, JsonNode n, int index) {
    JsonNode id = n.get(kind.equals("offering") ? "channel" : "id");
    return id != null && id.isTextual()
        ? kind + " '" + id.textValue() + "'"
        : kind + " #" + (index + 1);
  }

  private void vendor(JsonNode n, String ptr, int i) {
    if (!isObject(n, ptr, "vendor #" + (i + 1))) {
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
    if (!isObject(n, ptr, "channel #" + (i + 1))) {
      return;
    }
    Fields f = new Fields(out, n, ptr, label("channel", n, i), CHANNEL);
    Optional<String> id = f.id("id", true);
    Optional<String> name = f.string("name", true);
    Optional<EcosystemTier> tier = f.enumValue("tier", EcosystemTier.class, true);
    Optional<String> effort = f.string("setupEffort", true);
    Optional<String> description = f.string("description", true);
    Optional<Boolean> selfHosted = f.bool("selfHosted", true);
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
    if (!isObject(n, ptr, "model #" + (i + 1))) {
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
        f.has("quality") || bm.isEmpty() ? quality(f) : bm.get().quality();
    Optional<Boolean> openWeights =
        field(f, "openWeights", bm, Model::openWeights, () -> f.bool("openWeights", true));
    Optional<String> license =
        field(f, "license", bm, Model::license, () -> f.string("license", true));
    OptionalLong context =
        !f.has("contextWindow") && bm.isPresent()
            ? OptionalLong.of(bm.get().contextWindow())
            : f.count("contextWindow", true);
    OptionalLong maxOutput =
        !f.has("maxOutput") && bm.isPresent()
            ? OptionalLong.of(bm.get().maxOutput())
            : f.count("maxOutput", true);
    Optional<Capabilities> capabilities =
        field(f, "capabilities", bm, Model::capabilities, () -> capabilities(f));
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
    List<Offering> offerings = new ArrayList<>();
    Optional<JsonNode> list =
        f.has("offerings") || bm.isEmpty() ? f.array("offerings", true) : Optional.empty();
    if (list.isPresent() && list.get().isEmpty() && bm.isEmpty()) {
      f.wrong("offerings", true, "must list at least one offering");
    }
    if (!f.usable()) {
      return Optional.empty();
    }
    if (vendorById(vendorId.get()).isEmpty()) {
      out.add(
          CatalogRule.UNKNOWN_REF,
          out.at(f.child("vendor")),
          f.label + ": vendor '" + vendorId.get() + "' is not defined; the model is skipped",
          "add it to \"vendors\"");
      return Optional.empty();
    }
    String key = ModelNames.key(id.get());
    String owner = keys.get(key);
    String baseOwner = baseKeys.get(key);
    if (owner != null || (baseOwner != null && !baseOwner.equals(id.get()))) {
      out.add(
          CatalogRule.DUPLICATE_ID,
          out.at(f.child("id")),
          f.label
              + ": id '"
              + id.get()
              + "' already names model '"
              + (owner != null ? owner : baseOwner)
              + "'; this model is skipped",
          "give the model a unique id");
      return Optional.empty();
    }
    keys.put(key, id.get());
    List<String> keptAliases = new ArrayList<>();
    for (int a = 0; a < aliases.size(); a++) {
      String alias = aliases.get(a);
      String ak = ModelNames.key(alias);
      String other = keys.get(ak);
      if (other == null && baseKeys.containsKey(ak) && !baseKeys.get(ak).equals(id.get())) {
        other = baseKeys.get(ak);
      }
      if (other != null && !other.equals(id.get())) {
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
      keys.put(ak, id.get());
      keptAliases.add(alias);
    }
    if (list.isPresent()) {
      Map<String, Offering> byChannel = new LinkedHashMap<>();
      for (int j = 0; j < list.get().size(); j++) {
        String optr = f.child("offerings") + "/" + j;
        JsonNode on = list.get().get(j);
        offering(on, optr, j, f.label)
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
      offerings.addAll(byChannel.values());
    }
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

  private Optional<QualityIndex> quality(Fields model) {
    Optional<JsonNode> q = model.object("quality", false);
    if (q.isEmpty()) {
      return Optional.empty();
    }
    Fields f = new Fields(out, q.get(), model.child("quality"), model.label + ", quality", QUALITY);
    Optional<BigDecimal> index = f.number("index", true);
    Optional<String> source = f.string("source", true);
    if (index.isPresent()
        && (index.get().signum() < 0 || index.get().compareTo(BigDecimal.valueOf(100)) > 0)) {
      f.wrong("index", true, "must be between 0 and 100, not " + index.get().toPlainString());
    }
    if (!f.usable()) {
      return Optional.empty();
    }
    return Optional.of(QualityIndex.builder().index(index.get()).source(source.get()).build());
  }

  private Optional<Capabilities> capabilities(Fields model) {
    Optional<JsonNode> c = model.object("capabilities", true);
    if (c.isEmpty()) {
      return Optional.empty();
    }
    Fields f =
        new Fields(
            out,
            c.get(),
            model.child("capabilities"),
            model.label + ", capabilities",
            CAPABILITIES);
    ImmutableCapabilities.Builder b = Capabilities.builder();
    f.enumValue("toolCalling", Support.class, false).ifPresent(b::toolCalling);
    f.enumValue("structuredOutput", Support.class, false).ifPresent(b::structuredOutput);
    f.enumValue("vision", Support.class, false).ifPresent(b::vision);
    f.enumValue("promptCaching", Support.class, false).ifPresent(b::promptCaching);
    f.enumValue("reasoning", ReasoningSupport.class, false).ifPresent(b::reasoning);
    return Optional.of(b.build());
  }

  private Optional<Offering> offering(JsonNode n, String ptr, int j, String modelLabel) {
    if (!isObject(n, ptr, modelLabel + ", offering #" + (j + 1))) {
      return Optional.empty();
    }
    Fields f = new Fields(out, n, ptr, modelLabel + ", " + label("offering", n, j), OFFERING);
    Optional<String> channelId = f.id("channel", true);
    Optional<String> channelModelId = f.string("channelModelId", true);
    Optional<JsonNode> pricingNode = f.object("pricing", true);
    Optional<Latency> latency = latency(f);
    OptionalLong context = f.count("contextWindow", false);
    OptionalLong maxOutput = f.count("maxOutput", false);
    List<String> regions = f.strings("regions", false);
    Optional<String> source = f.string("source", true);
    Optional<LocalDate> verifiedOn = f.date("verifiedOn", true);
    Optional<LocalDate> validUntil = f.date("validUntil", false);
    Optional<String> notes = f.string("notes", false);
    Optional<Channel> channel = channelId.flatMap(this::channelById);
    if (channelId.isPresent() && channel.isEmpty()) {
      out.add(
          CatalogRule.UNKNOWN_REF,
          out.at(f.child("channel")),
          f.label + ": channel '" + channelId.get() + "' is not defined; the offering is skipped",
          "add it to \"channels\"");
      return Optional.empty();
    }
    Optional<Pricing> pricing = Optional.empty();
    if (pricingNode.isPresent() && channel.isPresent()) {
      pricing = pricing(f, pricingNode.get(), channel.get());
    }
    if (!f.usable()) {
      return Optional.empty();
    }
    if (validUntil.isPresent() && validUntil.get().isBefore(asOf)) {
      out.add(
          CatalogRule.EXPIRED_PRICE,
          out.at(f.child("validUntil")),
          f.label
              + ": the price was valid until "
              + validUntil.get()
              + ", before the catalog's asOf "
              + asOf,
          "re-check the price and drop validUntil");
    }
    return Optional.of(
        ImmutableOffering.builder()
            .channel(channelId.get())
            .tier(channel.get().tier())
            .setupEffort(channel.get().setupEffort())
            .channelModelId(channelModelId.get())
            .pricing(pricing)
            .latency(latency)
            .contextWindow(context)
            .maxOutput(maxOutput)
            .regions(regions)
            .source(source.get())
            .verifiedOn(verifiedOn.get())
            .validUntil(validUntil)
            .notes(notes)
            .build());
  }

  private Optional<Latency> latency(Fields offering) {
    Optional<JsonNode> l = offering.object("latency", false);
    if (l.isEmpty()) {
      return Optional.empty();
    }
    Fields f =
        new Fields(out, l.get(), offering.child("latency"), offering.label + ", latency", LATENCY);
    Optional<BigDecimal> ttft = f.number("ttftSeconds", false);
    Optional<BigDecimal> tps = f.number("outputTokensPerSecond", true);
    Optional<String> source = f.string("source", true);
    if (ttft.isPresent() && (ttft.get().signum() <= 0 || ttft.get().compareTo(MAX_TTFT) > 0)) {
      f.wrong("ttftSeconds", true, "must be above 0 and at most 600 seconds");
    }
    if (tps.isPresent() && (tps.get().signum() <= 0 || tps.get().compareTo(MAX_TPS) > 0)) {
      f.wrong("outputTokensPerSecond", true, "must be above 0 and at most 10000");
    }
    if (!f.usable()) {
      return Optional.empty();
    }
    return Optional.of(
        ImmutableLatency.builder()
            .ttftSeconds(ttft)
            .outputTokensPerSecond(tps.get())
            .source(source.get())
            .build());
  }

  private Optional<Pricing> pricing(Fields offering, JsonNode n, Channel channel) {
    String ptr = offering.child("pricing");
    if (n.has("selfHosted")) {
      Fields f = new Fields(out, n, ptr, offering.label + ", pricing", SELF_HOSTED);
      Optional<Boolean> self = f.bool("selfHosted", true);
      if (self.isPresent() && !self.get()) {
        f.wrong("selfHosted", true, "may only be true; give token prices instead");
      }
      if (!channel.selfHosted()) {
        out.add(
            CatalogRule.PRICING_KIND,
            out.at(ptr),
            offering.label
                + ": channel '"
                + channel.id()
                + "' is not self-hosted, so the offering needs token prices; it is skipped",
            null);
        offering.unusable();
      }
      if (!f.usable()) {
        offering.unusable();
      }
      return Optional.empty();
    }
    if (channel.selfHosted()) {
      out.add(
          CatalogRule.PRICING_KIND,
          out.at(ptr),
          offering.label
              + ": channel '"
              + channel.id()
              + "' is self-hosted and has no token prices; write \"pricing\": {\"selfHosted\": true}",
          null);
      offering.unusable();
      return Optional.empty();
    }
    Fields f = new Fields(out, n, ptr, offering.label + ", pricing", PRICING);
    Optional<BigDecimal> input = price(f, "input", true);
    Optional<BigDecimal> output = price(f, "output", true);
    Optional<BigDecimal> cacheRead = price(f, "cacheRead", false);
    Optional<BigDecimal> write5m = price(f, "cacheWrite5m", false);
    Optional<BigDecimal> write1h = price(f, "cacheWrite1h", false);
    Optional<BigDecimal> batchIn = price(f, "batchInput", false);
    Optional<BigDecimal> batchOut = price(f, "batchOutput", false);
    if (batchIn.isPresent() != batchOut.isPresent() && f.usable()) {
      f.missing(batchIn.isPresent() ? "batchOutput" : "batchInput");
    }
    Optional<BigDecimal> uplift = f.number("regionalUplift", false);
    if (uplift.isPresent()
        && (uplift.get().compareTo(BigDecimal.ONE) < 0
            || uplift.get().compareTo(BigDecimal.valueOf(2)) > 0)) {
      out.add(
          CatalogRule.PRICE,
          out.at(f.child("regionalUplift")),
          f.label
              + ": regionalUplift must be a multiplier between 1 and 2, not "
              + uplift.get().toPlainString(),
          null);
      f.unusable();
    }
    Optional<LongContextPricing> longContext = longContext(f);
    if (!f.usable()) {
      offering.unusable();
      return Optional.empty();
    }
    Pricing p =
        ImmutablePricing.builder()
            .input(input.get())
            .output(output.get())
            .cacheRead(cacheRead)
            .cacheWrite5m(write5m)
            .cacheWrite1h(write1h)
            .batchInput(batchIn)
            .batchOutput(batchOut)
            .longContext(longContext)
            .regionalUplift(uplift)
            .build();
    order(f, p);
    return Optional.of(p);
  }

  private Optional<LongContextPricing> longContext(Fields pricing) {
    Optional<JsonNode> n = pricing.object("longContext", false);
    if (n.isEmpty()) {
      return Optional.empty();
    }
    Fields f =
        new Fields(
            out,
            n.get(),
            pricing.child("longContext"),
            pricing.label + ", longContext",
            LONG_CONTEXT);
    OptionalLong threshold = f.count("thresholdTokens", true);
    Optional<BigDecimal> input = price(f, "input", true);
    Optional<BigDecimal> output = price(f, "output", true);
    Optional<BigDecimal> cacheRead = price(f, "cacheRead", false);
    Optional<BigDecimal> write5m = price(f, "cacheWrite5m", false);
    Optional<BigDecimal> write1h = price(f, "cacheWrite1h", false);
    if (!f.usable()) {
      pricing.unusable();
      return Optional.empty();
    }
    return Optional.of(
        ImmutableLongContextPricing.builder()
            .thresholdTokens(threshold.getAsLong())
            .input(input.get())
            .output(output.get())
            .cacheRead(cacheRead)
            .cacheWrite5m(write5m)
            .cacheWrite1h(write1h)
            .build());
  }

  /**
   * A price: a JSON number above 0 and at most {@link #MAX_PRICE}. Any bad price, required or
   * optional, makes the offering unusable: a wrong cache or batch price is a wrong figure too.
   */
  private Optional<BigDecimal> price(Fields f, String key, boolean required) {
    if (f.has(key) && !f.node.get(key).isNumber()) {
      f.wrong(key, true, "must be a JSON number (USD per million tokens)");
      return Optional.empty();
    }
    Optional<BigDecimal> p = f.number(key, required);
    if (p.isPresent()) {
      BigDecimal v = p.get();
      if (v.signum() <= 0 || v.compareTo(MAX_PRICE) > 0) {
        out.add(
            CatalogRule.PRICE,
            out.at(f.child(key)),
            f.label
                + ": "
                + key
                + " is "
                + v.toPlainString()
                + " USD per million tokens; a price must be above 0 and at most "
                + MAX_PRICE.toPlainString(),
            v.signum() <= 0
                ? "omit a price that does not apply"
                : "prices are per million tokens, not per token or per thousand");
        f.unusable();
        return Optional.empty();
      }
    }
    return p;
  }

  private void order(Fields f, Pricing p) {
    if (p.cacheRead().isPresent() && p.cacheRead().get().compareTo(p.input()) >= 0) {
      warnOrder(
          f,
          "cacheRead",
          "cacheRead "
              + p.cacheRead().get().toPlainString()
              + " is not below input "
              + p.input().toPlainString());
    }
    if (p.batchInput().isPresent() && p.batchInput().get().compareTo(p.input()) > 0) {
      warnOrder(
          f,
          "batchInput",
          "batchInput "
              + p.batchInput().get().toPlainString()
              + " is above input "
              + p.input().toPlainString());
    }
    if (p.batchOutput().isPresent() && p.batchOutput().get().compareTo(p.output()) > 0) {
      warnOrder(
          f,
          "batchOutput",
          "batchOutput "
              + p.batchOutput().get().toPlainString()
              + " is above output "
              + p.output().toPlainString());
    }
    p.longContext()
        .ifPresent(
            lc -> {
              if (lc.input().compareTo(p.input()) < 0 || lc.output().compareTo(p.output()) < 0) {
                warnOrder(
                    f,
                    "longContext",
                    "long-context prices "
                        + lc.input().toPlainString()
                        + " / "
                        + lc.output().toPlainString()
                        + " are below the standard "
                        + p.input().toPlainString()
                        + " / "
                        + p.output().toPlainString());
              }
              if (lc.cacheRead().isPresent() && lc.cacheRead().get().compareTo(lc.input()) >= 0) {
                warnOrder(
                    f, "longContext", "long-context cacheRead is not below long-context input");
              }
            });
  }

  private void warnOrder(Fields f, String key, String message) {
    out.add(
        CatalogRule.PRICE_ORDER,
        out.at(f.child(key)),
        f.label + ": " + message,
        "check the source; one of the prices is likely mistyped");
  }

  private List<Model> resolveSuccessors(List<Model> models, List<String> pointers) {
    Map<String, Model> byId = new HashMap<>(baseById);
    for (Model m : models) {
      byId.put(m.id(), m);
    }
    List<Model> out2 = new ArrayList<>();
    for (int i = 0; i < models.size(); i++) {
      Model m = models.get(i);
      String ptr = pointers.get(i);
      String label = "model '" + m.id() + "'";
      if (m.successor().isPresent()) {
        String s = m.successor().get();
        if (!byId.containsKey(s) || s.equals(m.id())) {
          out.add(
              CatalogRule.UNKNOWN_REF,
              out.at(ptr + "/successor"),
              label + ": successor '" + s + "' is not a model of the catalog; it is dropped",
              "name the id of the replacing model");
          m = ImmutableModel.copyOf(m).withSuccessor(Optional.empty());
        }
      }
      if (m.status() == ModelStatus.ACTIVE
          && (m.successor().isPresent() || m.deprecationDate().isPresent())) {
        out.add(
            CatalogRule.STATUS,
            out.at(ptr + "/status"),
            label + ": an active model has a successor or a deprecation date",
            "set status to deprecated, or drop them");
      }
      if (m.status() == ModelStatus.DEPRECATED && m.successor().isEmpty()) {
        out.add(
            CatalogRule.STATUS,
            out.at(ptr + "/status"),
            label + ": a deprecated model names no successor",
            "add \"successor\"");
      }
      out2.add(m);
    }
    return out2;
  }
}
