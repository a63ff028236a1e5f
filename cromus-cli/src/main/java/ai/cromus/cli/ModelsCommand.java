package ai.cromus.cli;

import static org.apiguardian.api.API.Status.INTERNAL;

import ai.cromus.catalog.BundledCatalog;
import ai.cromus.cli.internal.InputFiles;
import ai.cromus.cli.internal.Json;
import ai.cromus.cli.internal.TextTable;
import ai.cromus.core.catalog.CatalogFilter;
import ai.cromus.core.catalog.CatalogReader;
import ai.cromus.core.catalog.Channel;
import ai.cromus.core.catalog.EcosystemTier;
import ai.cromus.core.catalog.ImmutableCatalogFilter;
import ai.cromus.core.catalog.Model;
import ai.cromus.core.catalog.ModelCatalog;
import ai.cromus.core.catalog.Offering;
import ai.cromus.core.catalog.Pricing;
import ai.cromus.core.catalog.Vendor;
import ai.cromus.core.diagnostic.Diagnostic;
import ai.cromus.core.workflow.CapabilityTier;
import ai.cromus.core.workflow.Parsed;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code cromus models [--format text|json] [--vendor V] [--channel C] [--tier T] [--open-weights]
 * [--catalog FILE]}: lists the catalog's models and offerings with their ecosystem badge and
 * prices; {@code cromus models diff OLD NEW} compares two catalog files.
 */
@Command(
    name = "models",
    mixinStandardHelpOptions = true,
    description = "List the catalog's models, channels and prices (USD per million tokens).",
    subcommands = {ModelsDiffCommand.class})
@API(status = INTERNAL, since = "0.1")
public final class ModelsCommand implements Callable<Integer> {
  /** Output formats. */
  enum Format {
    text,
    json
  }

  @Option(
      names = "--format",
      defaultValue = "text",
      description = "text or json (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(
      names = "--vendor",
      paramLabel = "V",
      description = "Only this vendor (repeatable), e.g. anthropic.")
  List<String> vendors = new ArrayList<>();

  @Option(
      names = "--channel",
      paramLabel = "C",
      description = "Only offerings on this channel (repeatable), e.g. aws-bedrock.")
  List<String> channels = new ArrayList<>();

  @Option(
      names = "--tier",
      paramLabel = "T",
      description =
          "Only this capability tier (lightweight, balanced, frontier, mythos) or ecosystem tier"
              + " (mainstream, managed, aggregator, infra); repeatable.")
  List<String> tiers = new ArrayList<>();

  @Option(names = "--open-weights", description = "Only open-weights models.")
  boolean openWeights;

  @Option(
      names = "--catalog",
      paramLabel = "FILE",
      description =
          "A catalog file (negotiated prices, private models) merged over the bundled one.")
  Path catalog;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Created by picocli. */
  public ModelsCommand() {}

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    ModelCatalog base = BundledCatalog.get();
    ModelCatalog c = base;
    if (catalog != null) {
      Optional<Parsed<ModelCatalog>> read = readCatalog(catalog, err, base);
      if (read.isEmpty()) {
        return CromusCommand.USAGE;
      }
      if (!read.get().isValid()) {
        return CromusCommand.FAILED;
      }
      c = read.get().value();
    }
    ImmutableCatalogFilter.Builder filter = CatalogFilter.builder();
    for (String v : vendors) {
      if (c.vendor(v).isEmpty()) {
        return unknown(
            err, "vendor", v, c.vendors().stream().map(Vendor::id).collect(Collectors.toList()));
      }
      filter.addVendors(v);
    }
    for (String ch : channels) {
      if (c.channel(ch).isEmpty()) {
        return unknown(
            err,
            "channel",
            ch,
            c.channels().stream().map(Channel::id).collect(Collectors.toList()));
      }
      filter.addChannels(ch);
    }
    for (String t : tiers) {
      Optional<CapabilityTier> ct = tier(CapabilityTier::of, t);
      Optional<EcosystemTier> et = tier(EcosystemTier::of, t);
      if (ct.isPresent()) {
        filter.addCapabilityTiers(ct.get());
      } else if (et.isPresent()) {
        filter.addEcosystemTiers(et.get());
      } else {
        err.println(
            "cromus: unknown tier '"
                + t
                + "'; expected one of "
                + Arrays.stream(CapabilityTier.values())
                    .map(CapabilityTier::id)
                    .collect(Collectors.joining(", "))
                + ", "
                + Arrays.stream(EcosystemTier.values())
                    .map(EcosystemTier::id)
                    .collect(Collectors.joining(", ")));
        return CromusCommand.USAGE;
      }
    }
    if (openWeights) {
      filter.openWeights(true);
    }
    List<Model> models = c.select(filter.build());
    PrintWriter out = spec.commandLine().getOut();
    if (format == Format.json) {
      out.print(Json.write(json(models)));
    } else {
      out.print(text(c, models));
    }
    out.flush();
    return CromusCommand.OK;
  }

  /** Reads a catalog file, printing its diagnostics; empty when the file cannot be read. */
  static Optional<Parsed<ModelCatalog>> readCatalog(
      Path file, PrintWriter err, ModelCatalog overlayBase) {
    String text;
    try {
      text = InputFiles.read(file, 64L * 1024 * 1024);
    } catch (InputFiles.Unreadable e) {
      err.println("cromus: " + e.getMessage());
      return Optional.empty();
    }
    String name = file.toString().replace('\\', '/');
    Parsed<ModelCatalog> p =
        overlayBase == null
            ? CatalogReader.read(name, text)
            : CatalogReader.readOverlay(name, text, overlayBase);
    for (Diagnostic d : p.diagnostics()) {
      err.println(
          d.source()
              + ":"
              + d.line()
              + ":"
              + d.column()
              + ": "
              + d.severity().id()
              + " "
              + d.rule()
              + ": "
              + d.message()
              + d.hint().map(h -> " (" + h + ")").orElse(""));
    }
    return Optional.of(p);
  }

  private static int unknown(PrintWriter err, String what, String value, List<String> known) {
    err.println("cromus: unknown " + what + " '" + value + "'; known: " + String.join(", ", known));
    return CromusCommand.USAGE;
  }

  static ArrayNode json(List<Model> models) {
    ArrayNode arr = Json.array();
    for (Model m : models) {
      ObjectNode o = arr.addObject();
      o.put("id", m.id());
      o.put("displayName", m.displayName());
      ArrayNode aliases = o.putArray("aliases");
      m.aliases().forEach(aliases::add);
      o.put("vendor", m.vendor());
      o.put("family", m.family());
      o.put("openWeights", m.openWeights());
      o.put("license", m.license());
      o.put("capabilityTier", m.capabilityTier().id());
      o.put("status", m.status().id());
      m.deprecationDate().ifPresent(d -> o.put("deprecationDate", d.toString()));
      m.successor().ifPresent(s -> o.put("successor", s));
      m.quality()
          .ifPresent(
              q -> {
                o.put("qualityIndex", q.index());
                o.put("qualitySource", q.source());
              });
      o.put("contextTokens", m.contextWindow());
      o.put("maxOutputTokens", m.maxOutput());
      ArrayNode offerings = o.putArray("offerings");
      for (Offering of : m.offerings()) {
        ObjectNode x = offerings.addObject();
        x.put("channel", of.channel());
        x.put("channelModelId", of.channelModelId());
        x.put("ecosystemTier", of.tier().id());
        x.put("badge", of.badge().label());
        x.put("selfHosted", of.pricing().isEmpty());
        of.pricing()
            .ifPresent(
                p -> {
                  x.put("inputUsdPerMTok", p.input());
                  x.put("outputUsdPerMTok", p.output());
                  p.cacheRead().ifPresent(v -> x.put("cachedInputUsdPerMTok", v));
                  p.cacheWrite5m().ifPresent(v -> x.put("cacheWrite5mUsdPerMTok", v));
                  p.cacheWrite1h().ifPresent(v -> x.put("cacheWrite1hUsdPerMTok", v));
                  p.batchInput().ifPresent(v -> x.put("batchInputUsdPerMTok", v));
                  p.batchOutput().ifPresent(v -> x.put("batchOutputUsdPerMTok", v));
                  p.longContext()
                      .ifPresent(
                          lc -> {
                            x.put("longContextThresholdTokens", lc.thresholdTokens());
                            x.put("longContextInputUsdPerMTok", lc.input());
                            x.put("longContextOutputUsdPerMTok", lc.output());
                          });
                  p.regionalUplift().ifPresent(v -> x.put("regionalUplift", v));
                });
        x.put("contextTokens", of.contextWindow().orElse(m.contextWindow()));
        x.put("maxOutputTokens", of.maxOutput().orElse(m.maxOutput()));
        x.put("setupEffort", of.setupEffort());
        x.put("source", of.source());
        x.put("verifiedOn", of.verifiedOn().toString());
        of.validUntil().ifPresent(v -> x.put("validUntil", v.toString()));
        of.latency()
            .ifPresent(
                l -> {
                  l.ttftSeconds().ifPresent(t -> x.put("ttftSeconds", t));
                  x.put("outputTokensPerSecond", l.outputTokensPerSecond());
                });
      }
    }
    return arr;
  }

  static String text(ModelCatalog c, List<Model> models) {
    TextTable t =
        new TextTable(
            "MODEL",
            "TIER",
            "VENDOR",
            "STATUS",
            "BADGE",
            ">INPUT",
            ">OUTPUT",
            ">CACHE READ",
            ">CONTEXT");
    int offerings = 0;
    for (Model m : models) {
      for (Offering o : m.offerings()) {
        offerings++;
        Optional<Pricing> p = o.pricing();
        t.row(
            m.id() + (m.openWeights() ? " (open)" : ""),
            m.capabilityTier().id(),
            m.vendor(),
            m.status().id(),
            o.badge().label(),
            p.map(x -> plain(x.input())).orElse("self-hosted"),
            p.map(x -> plain(x.output())).orElse("-"),
            p.flatMap(Pricing::cacheRead).map(ModelsCommand::plain).orElse("-"),
            o.contextWindow().orElse(m.contextWindow()));
      }
    }
    return "catalog "
        + c.version()
        + " (as of "
        + c.asOf()
        + "): "
        + models.size()
        + " models, "
        + offerings
        + " offerings; prices in USD per million tokens\n\n"
        + t.render("");
  }

  private static String plain(BigDecimal v) {
    return v.toPlainString();
  }

  /** The tier named {@code text} by {@code parse}, empty when it names none. */
  private static <E> Optional<E> tier(Function<String, E> parse, String text) {
    try {
      return Optional.of(parse.apply(text));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
