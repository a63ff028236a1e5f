package ai.cromus.core.internal.parse;

import ai.cromus.core.diagnostic.CoreRule;
import ai.cromus.core.diagnostic.Diagnostic;
import ai.cromus.core.internal.UserNumbers;
import ai.cromus.core.internal.text.Similarity;
import ai.cromus.core.internal.yaml.YamlNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the fields of one mapping of a structured workflow, reporting what it cannot read into
 * {@code diags}.
 *
 * @param source the file name diagnostics name
 */
record StructuredFields(String source, List<Diagnostic> diags) {

  /** Maps normalized keys (lower case, no separators) to the keys as written. */
  Map<String, String> normalizedKeys(YamlNode map, List<String> known) {
    Map<String, String> out = new LinkedHashMap<>();
    for (YamlNode.Entry e : map.entries()) {
      String key = e.name();
      String norm = key.toLowerCase(Locale.ROOT).replace("_", "").replace("-", "");
      if (!known.contains(norm)) {
        String near = Similarity.nearestOne(norm, known);
        diags.add(
            Diagnostic.of(
                CoreRule.STRUCTURED_UNKNOWN_FIELD,
                SopFrontMatter.loc(map, key, source),
                "Unknown field '" + key + "'; it is ignored.",
                near == null
                    ? "See the workflow JSON Schema for the fields."
                    : "Did you mean '" + near + "'?"));
        continue;
      }
      out.put(norm, key);
    }
    return out;
  }

  /** The stripped text of a single value, or null when absent, empty or not a single value. */
  String scalar(YamlNode map, String key) {
    if (key == null) {
      return null;
    }
    YamlNode v = map.member(key);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isScalar()) {
      schema(map, key, "'" + key + "' must be a single value, not " + v.describe());
      return null;
    }
    String t = v.text().strip();
    return t.isEmpty() ? null : t;
  }

  /** A whole number from 0 to {@code max}, or null when absent or not one. */
  Long count(YamlNode map, String key, long max) {
    if (key == null) {
      return null;
    }
    YamlNode v = map.member(key);
    if (v == null || v.isNull()) {
      return null;
    }
    UserNumbers.Read n = v.isValue() ? UserNumbers.whole(v.text(), max) : null;
    if (n == null || !n.ok()) {
      schema(
          map,
          key,
          "'"
              + key
              + "' must be a whole number from 0 to "
              + String.format(Locale.ROOT, "%,d", max)
              + ", not "
              + v.describe()
              + (n == null ? "" : " (it " + n.problem() + ")"));
      return null;
    }
    return n.value().get().longValueExact();
  }

  /** Reports a field that does not fit the schema; it is ignored. */
  void schema(YamlNode map, String key, String message) {
    diags.add(
        Diagnostic.of(
            CoreRule.STRUCTURED_SCHEMA,
            SopFrontMatter.loc(map, key, source),
            message + "; it is ignored."));
  }

  /** The text of a value node, or null for a mapping or a list. */
  static String text(YamlNode v) {
    return v.isValue() ? v.text() : null;
  }

  /** The items of a list node, or of a comma list in a value. */
  static List<String> listOf(YamlNode v) {
    List<String> out = new ArrayList<>();
    if (v.isSequence()) {
      for (YamlNode n : v.items()) {
        if (n.isValue()) {
          out.add(n.text().strip());
        }
      }
    } else if (v.isValue()) {
      out.addAll(Annotations.splitList(v.text()));
    }
    return out;
  }
}
