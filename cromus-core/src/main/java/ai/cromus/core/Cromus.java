package ai.cromus.core;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.apiguardian.api.API.Status.STABLE;

import ai.cromus.core.catalog.CatalogProvider;
import ai.cromus.core.catalog.ModelCatalog;
import ai.cromus.core.export.ExportBundle;
import ai.cromus.core.export.ExportOptions;
import ai.cromus.core.export.Exporter;
import ai.cromus.core.export.ImmutableExportOptions;
import ai.cromus.core.internal.InternalFailure;
import ai.cromus.core.internal.Pipeline;
import ai.cromus.core.internal.Requirements;
import ai.cromus.core.internal.parse.WorkflowParser;
import ai.cromus.core.scope.Scope;
import ai.cromus.core.tokens.TokenCounter;
import ai.cromus.core.workflow.Parsed;
import ai.cromus.core.workflow.Workflow;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.TreeMap;
import org.apiguardian.api.API;

/**
 * The Cromus engine: compiles workflows under a workspace scope into immutable results, and exports
 * them. An engine is immutable and thread-safe; build it once and share it.
 *
 * <pre>{@code
 * // one line: the bundled catalog and every exporter on the class path
 * CompileResult r = Cromus.compile(WorkflowSource.sop("refund.md", text), Scope.defaults());
 *
 * // embedded: an engine built once
 * Cromus cromus = Cromus.builder().catalog(myCatalog).asOf(LocalDate.of(2026, 11, 25)).build();
 * CompileResult r = cromus.compileSource(source, scope);
 * }</pre>
 *
 * <p>Errors in the input are diagnostics in the result; exceptions are thrown only for programming
 * errors (a null argument, an unknown export target) and for a class path whose Jackson or
 * SnakeYAML is older than Cromus needs (see docs/compatibility.md), which fails the first use of
 * Cromus with a message naming the minimum.
 */
@API(status = STABLE, since = "0.1")
public final class Cromus {
  private static final String VERSION = loadVersion();

  private final Optional<ModelCatalog> catalog;
  private final Limits limits;
  private final Map<String, Exporter> exporters;
  private final Optional<LocalDate> asOf;
  private final Optional<TokenCounter> tokenCounter;
  private final Pipeline pipeline;
  private final WorkflowParser parser;

  private Cromus(Builder b) {
    Requirements.check();
    this.catalog = Optional.ofNullable(b.catalog);
    this.limits = b.limits;
    Map<String, Exporter> ex = new TreeMap<>();
    for (Exporter e : b.exporters) {
      if (ex.putIfAbsent(e.id(), e) != null) {
        throw new IllegalArgumentException("two exporters with id '" + e.id() + "'");
      }
    }
    this.exporters = Collections.unmodifiableMap(ex);
    this.asOf = Optional.ofNullable(b.asOf);
    this.tokenCounter = Optional.ofNullable(b.tokenCounter);
    this.pipeline = new Pipeline(catalog, asOf, VERSION, tokenCounter);
    this.parser = new WorkflowParser(limits);
  }

  /** A builder for an engine with no catalog and no exporters unless given. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The engine of the one-line path: the first {@link CatalogProvider} and every {@link Exporter}
   * found by {@link ServiceLoader} on the class path, default limits.
   */
  public static Cromus defaultEngine() {
    Requirements.check(); // before the holder: a failed class initializer would hide the message
    return DefaultHolder.ENGINE;
  }

  /**
   * Checks that the class path holds the Jackson and SnakeYAML versions Cromus needs; every entry
   * point does this itself, and modules that read Cromus files with Jackson before reaching one
   * (the bundled catalog) call it first. Does nothing (a field read) when they are there.
   *
   * @throws IllegalStateException naming what was found, where, and the minimum
   */
  public static void checkRequirements() {
    Requirements.check();
  }

  /** Compiles a workflow source with {@link #defaultEngine()}. */
  public static CompileResult compile(WorkflowSource source, Scope scope) {
    return defaultEngine().compileSource(source, scope);
  }

  /** The version of this library, e.g. {@code 0.1.0}. */
  public static String version() {
    return VERSION;
  }

  /**
   * Parses a source into a workflow and the diagnostics found on the way. Never throws on bad
   * input; should Cromus itself fail, the result holds a {@code CROMUS-INTERNAL-ERROR} diagnostic
   * instead of an exception.
   */
  public Parsed<Workflow> parse(WorkflowSource source) {
    Objects.requireNonNull(source, "source must not be null");
    try {
      return parser.parse(source);
    } catch (RuntimeException | StackOverflowError e) {
      return InternalFailure.parse(source, e);
    }
  }

  /** Parses and compiles a workflow source under a scope. */
  public CompileResult compileSource(WorkflowSource source, Scope scope) {
    Objects.requireNonNull(source, "source must not be null");
    Objects.requireNonNull(scope, "scope must not be null");
    return guarded(parse(source), scope);
  }

  private CompileResult guarded(Parsed<Workflow> parsed, Scope scope) {
    try {
      return pipeline.compile(parsed, scope, List.of());
    } catch (RuntimeException | StackOverflowError e) {
      return InternalFailure.compile(parsed, scope, e, VERSION);
    }
  }

  /**
   * Parses and compiles a workflow source under a scope read by {@link
   * ai.cromus.core.scope.ScopeReader}; the scope's diagnostics join the result's.
   */
  public CompileResult compileSource(WorkflowSource source, Parsed<Scope> scope) {
    Objects.requireNonNull(source, "source must not be null");
    Objects.requireNonNull(scope, "scope must not be null");
    Parsed<Workflow> parsed = parse(source);
    try {
      return pipeline.compile(parsed, scope.value(), scope.diagnostics());
    } catch (RuntimeException | StackOverflowError e) {
      return InternalFailure.compile(parsed, scope.value(), e, VERSION);
    }
  }

  /** Compiles a workflow built in code (or parsed before) under a scope. */
  public CompileResult compile(Workflow workflow, Scope scope) {
    Objects.requireNonNull(workflow, "workflow must not be null");
    Objects.requireNonNull(scope, "scope must not be null");
    return guarded(Parsed.of(workflow, List.of()), scope);
  }

  /**
   * Compiles a workflow together with the diagnostics its reader found, under a scope: the way to
   * compile what a reader outside core produced (for example the LangChain4j reader of {@code
   * cromus-langchain4j}), so that the reader's findings join the result and count in the verdict.
   */
  public CompileResult compile(Parsed<Workflow> parsed, Scope scope) {
    Objects.requireNonNull(parsed, "parsed must not be null");
    Objects.requireNonNull(scope, "scope must not be null");
    return guarded(parsed, scope);
  }

  /** Exports a result with the exporter registered as {@code target}, default options. */
  public ExportBundle export(CompileResult result, String target) {
    return export(result, target, ExportOptions.defaults());
  }

  /**
   * Exports a result with the exporter registered as {@code target}. When the options carry no
   * catalog, the engine's catalog is passed on so that exporters can map model ids.
   *
   * @throws IllegalArgumentException if no exporter has that id
   */
  public ExportBundle export(CompileResult result, String target, ExportOptions options) {
    Objects.requireNonNull(result, "result must not be null");
    Objects.requireNonNull(target, "target must not be null");
    Objects.requireNonNull(options, "options must not be null");
    Exporter e = exporters.get(target);
    if (e == null) {
      throw new IllegalArgumentException(
          "no exporter '" + target + "'; registered: " + String.join(", ", exporters.keySet()));
    }
    ExportOptions effective =
        options.catalog().isPresent() || catalog.isEmpty()
            ? options
            : ImmutableExportOptions.copyOf(options).withCatalog(catalog.get());
    return e.export(result, effective);
  }

  /** The registered exporters, by id. */
  public List<Exporter> exporters() {
    return List.copyOf(exporters.values());
  }

  public Optional<ModelCatalog> catalog() {
    return catalog;
  }

  public Limits limits() {
    return limits;
  }

  /** The date promotions and deprecations are judged against; empty means the catalog's date. */
  public Optional<LocalDate> asOf() {
    return asOf;
  }

  /** The token counter the engine re-counts text-estimated sizes with; empty by default. */
  @API(status = EXPERIMENTAL, since = "0.1")
  public Optional<TokenCounter> tokenCounter() {
    return tokenCounter;
  }

  private static String loadVersion() {
    try (InputStream in = Cromus.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        return "unknown";
      }
      Properties p = new Properties();
      p.load(in);
      return p.getProperty("version", "unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }

  private static final class DefaultHolder {
    static final Cromus ENGINE = discover();

    private static Cromus discover() {
      Builder b = builder();
      ClassLoader cl = Cromus.class.getClassLoader();
      Iterator<CatalogProvider> providers =
          ServiceLoader.load(CatalogProvider.class, cl).iterator();
      if (providers.hasNext()) {
        b.catalog(providers.next().catalog());
      }
      List<Exporter> found = new ArrayList<>();
      try {
        ServiceLoader.load(Exporter.class, cl).forEach(found::add);
      } catch (ServiceConfigurationError e) {
        throw new IllegalStateException("a registered exporter could not be loaded", e);
      }
      found.forEach(b::exporter);
      return b.build();
    }
  }

  /** Builds an engine. Not thread-safe; the engine it builds is. */
  @API(status = STABLE, since = "0.1")
  public static final class Builder {
    private ModelCatalog catalog;
    private Limits limits = Limits.DEFAULTS;
    private final List<Exporter> exporters = new ArrayList<>();
    private LocalDate asOf;
    private TokenCounter tokenCounter;

    private Builder() {}

    /** The catalog to simulate against; without one the result has no simulation. */
    public Builder catalog(ModelCatalog catalog) {
      this.catalog = Objects.requireNonNull(catalog, "catalog must not be null");
      return this;
    }

    public Builder limits(Limits limits) {
      this.limits = Objects.requireNonNull(limits, "limits must not be null");
      return this;
    }

    /** Registers an exporter; ids must be unique. */
    public Builder exporter(Exporter exporter) {
      exporters.add(Objects.requireNonNull(exporter, "exporter must not be null"));
      return this;
    }

    /** The date promotions and deprecations are judged against (Cromus never reads the clock). */
    public Builder asOf(LocalDate asOf) {
      this.asOf = Objects.requireNonNull(asOf, "asOf must not be null");
      return this;
    }

    /**
     * Counts the text of model steps whose prompt is estimated from it (title and instructions)
     * with the tokenizer of each candidate model's family, where {@code counter} has one; the other
     * families, and every declared size, keep today's figures. Without one (the default) every
     * estimate uses 4 characters per token. A counter may load large vocabularies: give one to an
     * engine that compiles many workflows. See docs/simulation.md §2.2.
     */
    @API(status = EXPERIMENTAL, since = "0.1")
    public Builder tokenCounter(TokenCounter counter) {
      this.tokenCounter = Objects.requireNonNull(counter, "counter must not be null");
      return this;
    }

    /**
     * Builds the engine.
     *
     * @throws IllegalArgumentException if two exporters share an id
     * @throws IllegalStateException if the class path holds a Jackson older than 2.15 or a
     *     SnakeYAML older than 1.33 (the message names what was found and where)
     */
    public Cromus build() {
      return new Cromus(this);
    }
  }
}
