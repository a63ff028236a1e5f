package ai.cromus.core.internal.catalog;

import ai.cromus.core.catalog.CatalogRule;
import ai.cromus.core.diagnostic.Diagnostic;
import ai.cromus.core.diagnostic.SourceLocation;
import ai.cromus.core.internal.Enums;
import ai.cromus.core.internal.UserNumbers;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Typed access to the members of one JSON object of a catalog file. Every problem becomes a
 * diagnostic naming the entry; a problem with a required member marks the entry as not usable.
 */
final class Fields {
  static final Pattern KEBAB = Pattern.compile("[a-z0-9]++(?:-[a-z0-9]++)*+");
  private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

  /** Largest number read from a catalog file (a {@code long} is below it). */
  static final BigDecimal MAX_NUMBER = new BigDecimal("1000000000000000000");

  /** Smallest number read: negative numbers within the bound are left to each field's check. */
  private static final BigDecimal MIN_NUMBER = MAX_NUMBER.negate();

  private final Diagnostics out;
  final JsonNode node;
  final String pointer;

  /** How a message names this entry, e.g. {@code model 'gpt-5', offering 'openrouter'}. */
  final String label;

  private boolean usable = true;

  Fields(Diagnostics out, JsonNode node, String pointer, String label, Set<String> known) {
    this.out = out;
    this.node = node;
    this.pointer = pointer;
    this.label = label;
    Iterator<String> names = node.fieldNames();
    while (names.hasNext()) {
      String n = names.next();
      if (!known.contains(n)) {
        out.add(
            CatalogRule.UNKNOWN_FIELD,
            out.keyAt(child(n)),
            label + ": unknown field '" + n + "' is ignored",
            "known fields: " + String.join(", ", new TreeSet<>(known)));
      }
    }
  }

  /** False once a required member was missing or wrong. */
  boolean usable() {
    return usable;
  }

  void unusable() {
    usable = false;
  }

  String child(String key) {
    return pointer + "/" + key.replace("~", "~0").replace("/", "~1");
  }

  boolean has(String key) {
    return node.has(key);
  }

  private Optional<JsonNode> member(String key, boolean required) {
    JsonNode v = node.get(key);
    if (v == null) {
      if (required) {
        missing(key);
      }
      return Optional.empty();
    }
    return Optional.of(v);
  }

  void missing(String key) {
    usable = false;
    out.add(
        CatalogRule.FIELD_MISSING,
        out.at(pointer),
        label + ": required field '" + key + "' is missing",
        "add \"" + key + "\" (see catalog.schema.json)");
  }

  void wrong(String key, boolean required, String message) {
    if (required) {
      usable = false;
    }
    out.add(
        CatalogRule.FIELD_TYPE,
        out.at(child(key)),
        label + ": field '" + key + "' " + message + (required ? "" : "; the field is ignored"),
        null);
  }

  Optional<String> string(String key, boolean required) {
    return member(key, required)
        .flatMap(
            v -> {
              if (!v.isTextual() || v.textValue().isBlank()) {
                wrong(key, required, "must be a non-empty string");
                return Optional.empty();
              }
              return Optional.of(v.textValue());
            });
  }

  Optional<String> id(String key, boolean required) {
    return string(key, required)
        .flatMap(
            s -> {
              if (!KEBAB.matcher(s).matches()) {
                wrong(
                    key,
                    required,
                    "'"
                        + s
                        + "' is not a kebab-case id (lower-case letters, digits and"
                        + " single dashes)");
                return Optional.empty();
              }
              return Optional.of(s);
            });
  }

  Optional<Boolean> bool(String key, boolean required) {
    return member(key, required)
        .flatMap(
            v -> {
              if (!v.isBoolean()) {
                wrong(key, required, "must be true or false");
                return Optional.empty();
              }
              return Optional.of(v.booleanValue());
            });
  }

  Optional<BigDecimal> number(String key, boolean required) {
    return member(key, required)
        .flatMap(
            v -> {
              if (!v.isNumber()) {
                wrong(key, required, "must be a JSON number");
                return Optional.empty();
              }
              // bounded before any arithmetic or message sees it (1e999999999, 1e-999999999)
              UserNumbers.Read r =
                  UserNumbers.decimal(
                      v.decimalValue().toString(),
                      MIN_NUMBER,
                      MAX_NUMBER,
                      UserNumbers.MAX_DECIMALS);
              if (!r.ok()) {
                wrong(
                    key,
                    required,
                    "must be a number from -"
                        + MAX_NUMBER.toPlainString()
                        + " to "
                        + MAX_NUMBER.toPlainString()
                        + " with at most "
                        + UserNumbers.MAX_DECIMALS
                        + " decimal places; it "
                        + r.problem());
                return Optional.empty();
              }
              return r.value();
            });
  }

  /** A positive whole number that fits a {@code long}. */
  OptionalLong count(String key, boolean required) {
    Optional<BigDecimal> n = number(key, required);
    if (n.isEmpty()) {
      return OptionalLong.empty();
    }
    BigDecimal d = n.get();
    try {
      long l = d.stripTrailingZeros().longValueExact();
      if (l >= 1) {
        return OptionalLong.of(l);
      }
    } catch (ArithmeticException e) {
      // not whole, or too large: reported below
    }
    wrong(key, required, "must be a positive whole number, not " + d.toPlainString());
    return OptionalLong.empty();
  }

  Optional<LocalDate> date(String key, boolean required) {
    return string(key, required)
        .flatMap(
            s -> {
              if (DATE.matcher(s).matches()) {
                try {
                  return Optional.of(LocalDate.parse(s));
                } catch (DateTimeParseException e) {
                  // reported below
                }
              }
              wrong(key, required, "'" + s + "' is not a date (YYYY-MM-DD)");
              return Optional.empty();
            });
  }

  <E extends Enum<E>> Optional<E> enumValue(String key, Class<E> type, boolean required) {
    return string(key, required)
        .flatMap(
            s -> {
              Optional<E> e = Enums.find(type, s);
              if (e.isEmpty() || !Enums.id(e.get()).equals(s.replace('-', '_'))) {
                wrong(key, required, "'" + s + "' is not one of " + Enums.ids(type));
                return Optional.empty();
              }
              return e;
            });
  }

  Optional<JsonNode> object(String key, boolean required) {
    return member(key, required)
        .flatMap(
            v -> {
              if (!v.isObject()) {
                wrong(key, required, "must be an object");
                return Optional.empty();
              }
              return Optional.of(v);
            });
  }

  Optional<JsonNode> array(String key, boolean required) {
    return member(key, required)
        .flatMap(
            v -> {
              if (!v.isArray()) {
                wrong(key, required, "must be an array");
                return Optional.empty();
              }
              return Optional.of(v);
            });
  }

  /** An array of non-blank strings without white space; bad items are reported and skipped. */
  List<String> strings(String key, boolean required) {
    List<String> outList = new ArrayList<>();
    array(key, required)
        .ifPresent(
            a -> {
              for (int i = 0; i < a.size(); i++) {
                JsonNode v = a.get(i);
                if (!v.isTextual()
                    || v.textValue().isBlank()
                    || v.textValue().chars().anyMatch(Character::isWhitespace)) {
                  out.add(
                      CatalogRule.FIELD_TYPE,
                      out.at(child(key) + "/" + i),
                      label
                          + ": item "
                          + i
                          + " of '"
                          + key
                          + "' must be a string without white space; it is ignored",
                      null);
                } else {
                  outList.add(v.textValue());
                }
              }
            });
    return outList;
  }

  /** Where this entry starts. */
  SourceLocation location() {
    return out.at(pointer);
  }

  /** Collects the diagnostics of one read. */
  static final class Diagnostics {
    private final String source;
    private final LocatedJson json;
    final List<Diagnostic> list = new ArrayList<>();

    Diagnostics(String source, LocatedJson json) {
      this.source = source;
      this.json = json;
    }

    SourceLocation at(String pointer) {
      LocatedJson.Pos p = json == null ? new LocatedJson.Pos(1, 1) : json.at(pointer);
      return SourceLocation.of(source, p.line(), p.column());
    }

    SourceLocation keyAt(String pointer) {
      if (json == null) {
        return at(pointer);
      }
      return json.keyAt(pointer)
          .map(p -> SourceLocation.of(source, p.line(), p.column()))
          .orElseGet(() -> at(pointer));
    }

    void add(CatalogRule rule, SourceLocation at, String message, String hint) {
      list.add(
          hint == null ? Diagnostic.of(rule, at, message) : Diagnostic.of(rule, at, message, hint));
    }
  }
}
