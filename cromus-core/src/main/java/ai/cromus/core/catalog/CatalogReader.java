package ai.cromus.core.catalog;

import static org.apiguardian.api.API.Status.STABLE;

import ai.cromus.core.internal.Requirements;
import ai.cromus.core.internal.catalog.CatalogFileReader;
import ai.cromus.core.workflow.Parsed;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Reads a catalog file (the JSON format of {@code catalog.schema.json} in {@code cromus-catalog})
 * from text. No I/O: the caller passes the text.
 *
 * <p>Bad input never throws: every bad entry is named in a {@code CATALOG-*} diagnostic ({@link
 * CatalogRule}) with its line and column, and skipped; the rest is read. Prices are read as exact
 * decimals, never through {@code double}. When {@link Parsed#isValid()} is false the catalog is
 * incomplete and should not be used to price anything; a file that does not parse at all yields an
 * empty catalog with version {@code invalid}.
 */
@API(status = STABLE, since = "0.1")
public final class CatalogReader {
  private CatalogReader() {}

  /**
   * Reads a complete catalog.
   *
   * @param sourceName the name diagnostics point into, e.g. {@code catalog-2026.11.json}
   * @param json the file's text
   */
  public static Parsed<ModelCatalog> read(String sourceName, String json) {
    Objects.requireNonNull(sourceName, "sourceName must not be null");
    Objects.requireNonNull(json, "json must not be null");
    Requirements.check();
    return CatalogFileReader.read(sourceName, json, null);
  }

  /**
   * Reads a user's catalog and merges it over {@code base} with {@link
   * ModelCatalog#overlay(ModelCatalog, ModelCatalog)}.
   *
   * <p>An overlay file has the same header as a catalog; its {@code vendors} and {@code channels}
   * may be omitted, and its entries may refer to the base's vendors, channels and models. A model
   * whose id is in the base may give only the fields it changes (typically {@code offerings} with
   * negotiated prices); the others are taken from the base.
   */
  public static Parsed<ModelCatalog> readOverlay(
      String sourceName, String json, ModelCatalog base) {
    Objects.requireNonNull(sourceName, "sourceName must not be null");
    Objects.requireNonNull(json, "json must not be null");
    Objects.requireNonNull(base, "base must not be null");
    Requirements.check();
    return CatalogFileReader.read(sourceName, json, base);
  }
}
