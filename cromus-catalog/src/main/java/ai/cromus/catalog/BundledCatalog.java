package ai.cromus.catalog;

import static org.apiguardian.api.API.Status.STABLE;

import ai.cromus.core.Cromus;
import ai.cromus.core.catalog.CatalogReader;
import ai.cromus.core.catalog.ModelCatalog;
import ai.cromus.core.diagnostic.Diagnostic;
import ai.cromus.core.workflow.Parsed;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * The model catalog bundled with this library ({@value #RESOURCE}): models, channels, prices and
 * latency, versioned by CalVer. Parsed once per JVM, on first use, thread-safely.
 *
 * <pre>{@code
 * ModelCatalog catalog = BundledCatalog.get();
 * catalog.find("claude-sonnet-4.6").ifPresent(m -> ...);
 * }</pre>
 */
@API(status = STABLE, since = "0.1")
public final class BundledCatalog {
  /** The class-path resource of the bundled catalog. */
  public static final String RESOURCE = "ai/cromus/catalog/catalog-2026.11.json";

  /** The class-path resource of the catalog's JSON Schema (2020-12). */
  public static final String SCHEMA_RESOURCE = "ai/cromus/catalog/catalog.schema.json";

  private BundledCatalog() {}

  /**
   * The bundled catalog.
   *
   * @throws IllegalStateException if the bundled file is missing or invalid: a build defect,
   *     reported with every diagnostic
   */
  public static ModelCatalog get() {
    Cromus.checkRequirements(); // before the holder: a failed class initializer would hide the
    // message
    return Holder.CATALOG;
  }

  /**
   * The bundled catalog's version ({@code catalogVersion}, e.g. {@code 2026.11}): what {@code
   * get().version()} returns, read from the head of the file without parsing the catalog, for
   * callers that only name it (the CLI's {@code --version} answers in a few milliseconds).
   *
   * @throws IllegalStateException if the bundled file is missing or invalid (a build defect)
   */
  public static String version() {
    return Header.HEAD.version;
  }

  /**
   * The date the bundled catalog's prices were verified ({@code asOf}): what {@code get().asOf()}
   * returns, read like {@link #version()} without parsing the catalog.
   *
   * @throws IllegalStateException if the bundled file is missing or invalid (a build defect)
   */
  public static LocalDate asOf() {
    return Header.HEAD.asOf;
  }

  /** The bundled file's text, exactly as shipped. */
  public static String text() {
    return read(RESOURCE);
  }

  /** The JSON Schema the bundled file conforms to. */
  public static String schema() {
    return read(SCHEMA_RESOURCE);
  }

  static String read(String resource) {
    try (InputStream in = BundledCatalog.class.getResourceAsStream("/" + resource)) {
      if (in == null) {
        throw new IllegalStateException(
            "the bundled resource " + resource + " is missing from the class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  /** Checks a parsed bundled catalog: any diagnostic at all is a defect of the build. */
  static ModelCatalog require(Parsed<ModelCatalog> parsed, String source) {
    if (!parsed.diagnostics().isEmpty()) {
      throw new IllegalStateException(
          "the bundled catalog "
              + source
              + " is invalid (a build defect):\n"
              + parsed.diagnostics().stream()
                  .map(BundledCatalog::line)
                  .collect(Collectors.joining("\n")));
    }
    return parsed.value();
  }

  private static String line(Diagnostic d) {
    return d.source()
        + ":"
        + d.line()
        + ":"
        + d.column()
        + ": "
        + d.severity().id()
        + " "
        + d.rule()
        + ": "
        + d.message();
  }

  /**
   * The catalog's version and date, from its first members. Jackson's streaming parser reads the
   * top-level members up to both and skips the rest unread; should either be missing or not what
   * the catalog reader accepts, the whole catalog is read instead, so that the answer is always
   * {@code get()}'s and a defect is reported as {@code get()} reports it.
   */
  static final class Header {
    static final Header HEAD = read();

    final String version;
    final LocalDate asOf;

    private Header(String version, LocalDate asOf) {
      this.version = version;
      this.asOf = asOf;
    }

    private static Header read() {
      try (InputStream in = BundledCatalog.class.getResourceAsStream("/" + RESOURCE)) {
        Header h = in == null ? null : parse(in);
        if (h != null) {
          return h;
        }
      } catch (IOException e) {
        // the whole read below reports what is wrong
      }
      ModelCatalog c = get();
      return new Header(c.version(), c.asOf());
    }

    /** The version and date among the top-level members of {@code in}, or null. */
    static Header parse(InputStream in) {
      String version = null;
      String asOf = null;
      try (JsonParser p = new JsonFactory().createParser(in)) {
        if (p.nextToken() != JsonToken.START_OBJECT) {
          return null;
        }
        while ((version == null || asOf == null) && p.nextToken() == JsonToken.FIELD_NAME) {
          String name = p.currentName();
          JsonToken value = p.nextToken();
          if (value == JsonToken.VALUE_STRING && name.equals("catalogVersion")) {
            version = p.getText();
          } else if (value == JsonToken.VALUE_STRING && name.equals("asOf")) {
            asOf = p.getText();
          } else {
            p.skipChildren();
          }
        }
        LocalDate date = asOf == null ? null : date(asOf);
        return version == null || version.isBlank() || date == null
            ? null
            : new Header(version, date);
      } catch (IOException e) {
        return null;
      }
    }

    /**
     * The date of a {@code yyyy-mm-dd} text, or null for any other text (then the whole catalog is
     * read, whose reader says what is wrong). {@code LocalDate.parse} would do, but its formatter
     * takes longer to set up than the rest of {@code --version}.
     */
    static LocalDate date(String text) {
      if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
        return null;
      }
      for (int i = 0; i < 10; i++) {
        if (i != 4 && i != 7 && (text.charAt(i) < '0' || text.charAt(i) > '9')) {
          return null;
        }
      }
      try {
        return LocalDate.of(
            Integer.parseInt(text.substring(0, 4)),
            Integer.parseInt(text.substring(5, 7)),
            Integer.parseInt(text.substring(8, 10)));
      } catch (DateTimeException e) {
        return null; // 2026-02-30
      }
    }
  }

  /** Initialization-on-demand holder: the JVM guarantees one thread-safe, lazy load. */
  private static final class Holder {
    static final ModelCatalog CATALOG =
        require(CatalogReader.read(RESOURCE, read(RESOURCE)), RESOURCE);
  }
}
