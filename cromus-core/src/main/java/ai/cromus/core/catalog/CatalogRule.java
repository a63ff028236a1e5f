package ai.cromus.core.catalog;

import static org.apiguardian.api.API.Status.STABLE;

import ai.cromus.core.diagnostic.Rule;
import ai.cromus.core.diagnostic.RuleInfo;
import ai.cromus.core.diagnostic.Severity;
import org.apiguardian.api.API;

/**
 * Rules of the catalog reader ({@link CatalogReader}): every bad entry of a catalog file names one.
 */
@API(status = STABLE, since = "0.1")
public enum CatalogRule implements Rule {
  SYNTAX(
      "CATALOG-SYNTAX",
      Severity.ERROR,
      "The catalog is not well-formed JSON, or its top level is not an object; nothing is read."),
  HEADER(
      "CATALOG-HEADER",
      Severity.ERROR,
      "The catalog header (catalogVersion, asOf, currency, unit) is missing or wrong; prices in"
          + " another currency or unit would be misread, so the catalog is invalid."),
  FIELD_MISSING(
      "CATALOG-FIELD-MISSING",
      Severity.ERROR,
      "An entry lacks a required field; the entry is skipped."),
  FIELD_TYPE(
      "CATALOG-FIELD-TYPE",
      Severity.ERROR,
      "A field has the wrong JSON type or a value outside its allowed set; the entry (or, for an"
          + " optional field, the field) is skipped."),
  UNKNOWN_FIELD(
      "CATALOG-UNKNOWN-FIELD",
      Severity.WARNING,
      "An entry has a field the catalog format does not define; it is ignored."),
  DUPLICATE_KEY(
      "CATALOG-DUPLICATE-KEY",
      Severity.ERROR,
      "A JSON object names the same key twice; the last value is read."),
  DUPLICATE_ID(
      "CATALOG-DUPLICATE-ID",
      Severity.ERROR,
      "A vendor, channel, model or offering id, or a model alias, is defined twice (after"
          + " normalization); the later definition is skipped."),
  UNKNOWN_REF(
      "CATALOG-UNKNOWN-REF",
      Severity.ERROR,
      "An entry names a vendor, channel or successor model the catalog does not define; the"
          + " offering or model is skipped (a dangling successor is dropped)."),
  PRICE(
      "CATALOG-PRICE",
      Severity.ERROR,
      "A price is zero, negative or implausibly large (above 1,000 USD per million tokens); the"
          + " offering is skipped."),
  PRICE_ORDER(
      "CATALOG-PRICE-ORDER",
      Severity.WARNING,
      "Prices of one offering contradict each other: a cache read not below input, a batch price"
          + " above standard, or a long-context price below standard."),
  PRICING_KIND(
      "CATALOG-PRICING-KIND",
      Severity.ERROR,
      "A self-hosted channel carries token prices, or a priced channel has none; the offering is"
          + " skipped."),
  STATUS(
      "CATALOG-STATUS",
      Severity.WARNING,
      "A model's status disagrees with its successor or deprecation date (an active model with a"
          + " successor, a deprecated model without one)."),
  EXPIRED_PRICE(
      "CATALOG-EXPIRED-PRICE",
      Severity.WARNING,
      "An offering's validUntil is before the catalog's asOf date: the promotional price had"
          + " already ended when the catalog was published."),
  EMPTY("CATALOG-EMPTY", Severity.ERROR, "The catalog defines no usable model.");

  private final RuleInfo info;

  CatalogRule(String id, Severity severity, String summary) {
    this.info = RuleInfo.of(id, severity, summary);
  }

  @Override
  public RuleInfo info() {
    return info;
  }
}
