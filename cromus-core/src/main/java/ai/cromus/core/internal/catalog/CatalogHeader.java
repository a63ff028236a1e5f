package ai.cromus.core.internal.catalog;

import ai.cromus.core.catalog.CatalogRule;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** The header of a catalog file: its version, date, currency and unit. */
final class CatalogHeader {
  private CatalogHeader() {}

  /** A header as read. */
  record Read(String version, LocalDate asOf) {}

  /** The header of {@code top}: its version ("unknown" when bad) and date (EPOCH when bad). */
  static Read read(Fields.Diagnostics out, Fields top) {
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
    LocalDate asOf = LocalDate.EPOCH;
    JsonNode a = top.node.get("asOf");
    Optional<LocalDate> date = Optional.empty();
    if (a != null && a.isTextual()) {
      try {
        date = Optional.of(LocalDate.parse(a.textValue()));
      } catch (DateTimeParseException e) {
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
    expect(out, top, "currency", "USD");
    expect(out, top, "unit", "per_million_tokens");
    return new Read(version, asOf);
  }

  private static void expect(Fields.Diagnostics out, Fields top, String key, String value) {
    JsonNode n = top.node.get(key);
    if (n == null || !n.isTextual() || !n.textValue().equals(value)) {
      out.add(
          CatalogRule.HEADER,
          out.at(n == null ? "" : "/" + key),
          key + " must be \"" + value + "\"" + (n == null ? " but is missing" : ", not " + n),
          "Cromus prices are USD per million tokens");
    }
  }
}
