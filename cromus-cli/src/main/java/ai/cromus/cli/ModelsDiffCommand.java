package ai.cromus.cli;

import static org.apiguardian.api.API.Status.INTERNAL;

import ai.cromus.catalog.CatalogDiff;
import ai.cromus.catalog.OfferingRef;
import ai.cromus.catalog.PriceChange;
import ai.cromus.catalog.StatusChange;
import ai.cromus.cli.internal.Json;
import ai.cromus.core.catalog.ModelCatalog;
import ai.cromus.core.workflow.Parsed;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apiguardian.api.API;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code cromus models diff OLD.json NEW.json [--format markdown|text|json]}: what changed between
 * two catalog files.
 */
@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    description =
        "Compare two catalog files: models, offerings, statuses and prices; Markdown for the CHANGELOG.")
@API(status = INTERNAL, since = "0.1")
public final class ModelsDiffCommand implements Callable<Integer> {
  /** Output formats. */
  enum Format {
    markdown,
    text,
    json
  }

  @Parameters(index = "0", paramLabel = "OLD", description = "The older catalog file.")
  Path older;

  @Parameters(index = "1", paramLabel = "NEW", description = "The newer catalog file.")
  Path newer;

  @Option(
      names = "--format",
      defaultValue = "markdown",
      description = "markdown, text or json (default: ${DEFAULT-VALUE}).")
  Format format;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Created by picocli. */
  public ModelsDiffCommand() {}

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    Optional<Parsed<ModelCatalog>> a = ModelsCommand.readCatalog(older, err, null);
    Optional<Parsed<ModelCatalog>> b = ModelsCommand.readCatalog(newer, err, null);
    if (a.isEmpty() || b.isEmpty()) {
      return CromusCommand.USAGE;
    }
    if (!a.get().isValid() || !b.get().isValid()) {
      err.println("cromus: a catalog has errors; no diff");
      return CromusCommand.FAILED;
    }
    CatalogDiff d = CatalogDiff.between(a.get().value(), b.get().value());
    PrintWriter out = spec.commandLine().getOut();
    switch (format) {
      case json -> out.print(Json.write(json(d)));
      case text -> out.print(d.toText());
      default -> out.print(d.toMarkdown());
    }
    out.flush();
    return CromusCommand.OK;
  }

  static ObjectNode json(CatalogDiff d) {
    ObjectNode o = Json.object();
    o.put("oldVersion", d.oldVersion());
    o.put("newVersion", d.newVersion());
    o.put("oldAsOf", d.oldAsOf().toString());
    o.put("newAsOf", d.newAsOf().toString());
    strings(o.putArray("addedModels"), d.addedModels());
    strings(o.putArray("removedModels"), d.removedModels());
    strings(o.putArray("addedChannels"), d.addedChannels());
    strings(o.putArray("removedChannels"), d.removedChannels());
    refs(o.putArray("addedOfferings"), d.addedOfferings());
    refs(o.putArray("removedOfferings"), d.removedOfferings());
    ArrayNode status = o.putArray("statusChanges");
    for (StatusChange s : d.statusChanges()) {
      ObjectNode x = status.addObject();
      x.put("model", s.model());
      x.put("oldStatus", s.oldStatus().id());
      x.put("newStatus", s.newStatus().id());
      s.successor().ifPresent(v -> x.put("successor", v));
    }
    ArrayNode prices = o.putArray("priceChanges");
    for (PriceChange p : d.priceChanges()) {
      ObjectNode x = prices.addObject();
      x.put("model", p.model());
      x.put("channel", p.channel());
      x.put("field", p.field());
      p.oldValue().ifPresent(v -> x.put("old", v));
      p.newValue().ifPresent(v -> x.put("new", v));
      p.percent().ifPresent(v -> x.put("percent", v));
    }
    return o;
  }

  private static void strings(ArrayNode a, List<String> values) {
    values.forEach(a::add);
  }

  private static void refs(ArrayNode a, List<OfferingRef> refs) {
    for (OfferingRef r : refs) {
      a.addObject().put("model", r.model()).put("channel", r.channel());
    }
  }
}
