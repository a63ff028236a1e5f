package ai.cromus.core.internal.spec;

import ai.cromus.core.internal.Enums;
import ai.cromus.core.internal.yaml.YamlNode;
import ai.cromus.core.spec.SpecRule;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the typed values of an ETHOS profile (strings, booleans, lists, enum ids); a value of the
 * wrong type is recorded as a diagnostic and read as empty.
 */
final class EthosValues {
  static final Pattern TRUE = Pattern.compile("true|yes|on|y", Pattern.CASE_INSENSITIVE);

  private final Findings out;

  EthosValues(Findings out) {
    this.out = out;
  }

  Optional<String> string(String field, YamlNode v) {
    if (v.isScalar() && !v.isNull() && !v.text().isBlank()) {
      return Optional.of(v.text().trim());
    }
    out.add(
        SpecRule.ETHOS_TYPE,
        v,
        field + " must be a non-empty string.",
        "Write " + field + ": " + example(field) + ".");
    return Optional.empty();
  }

  Optional<String> nullableString(String field, YamlNode v) {
    if (v.isNull()) {
      return Optional.empty();
    }
    if (v.isScalar()) {
      return v.text().isBlank() ? Optional.empty() : Optional.of(v.text().trim());
    }
    out.add(
        SpecRule.ETHOS_TYPE, v, field + " must be a string or null.", "Write one line of text.");
    return Optional.empty();
  }

  Optional<Boolean> bool(String field, YamlNode v) {
    if (v.isScalar() && v.type() == YamlNode.ScalarType.BOOL) {
      return Optional.of(TRUE.matcher(v.text().trim()).matches());
    }
    String shown =
        v.isScalar() ? YamlChecks.quote(v.text()) : "a " + v.kind().name().toLowerCase(Locale.ROOT);
    out.add(
        SpecRule.ETHOS_TYPE,
        v,
        field
            + " must be a boolean, not "
            + shown
            + (v.isScalar() && !v.plain() ? " (a quoted string)" : "")
            + ".",
        "Write " + field + ": true or " + field + ": false, without quotes.");
    return Optional.empty();
  }

  Optional<List<String>> list(String field, YamlNode v) {
    if (v.isNull()) {
      return Optional.of(List.of());
    }
    if (!v.isSequence()) {
      out.add(
          SpecRule.ETHOS_TYPE,
          v,
          field + " must be a list of strings.",
          "Write one '- item' per line under " + field + ":.");
      return Optional.empty();
    }
    List<String> items = new ArrayList<>();
    for (YamlNode n : v.items()) {
      if (!n.isScalar() || n.isNull()) {
        out.add(
            SpecRule.ETHOS_TYPE,
            n,
            "Each entry of " + field + " must be a string.",
            "Write the entry as one line of text.");
      } else {
        items.add(n.text().trim());
      }
    }
    return Optional.of(items);
  }

  <E extends Enum<E>> Optional<E> enumField(String field, YamlNode v, Class<E> type) {
    Optional<E> e = v.isScalar() ? findExact(type, v.text()) : Optional.empty();
    if (e.isEmpty()) {
      String shown =
          v.isScalar()
              ? YamlChecks.quote(v.text())
              : "a " + v.kind().name().toLowerCase(Locale.ROOT);
      out.add(
          SpecRule.ETHOS_ENUM,
          v,
          field + " is " + shown + "; expected one of " + Enums.ids(type) + ".",
          Nearest.of(v.isScalar() ? v.text() : "", ids(type))
              .map(n -> "Did you mean '" + n + "'?")
              .orElse("Use one of " + Enums.ids(type) + "."));
    }
    return e;
  }

  private static <E extends Enum<E>> Optional<E> findExact(Class<E> type, String text) {
    String t = text.trim();
    for (E c : type.getEnumConstants()) {
      if (Enums.id(c).equals(t)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  private static <E extends Enum<E>> Set<String> ids(Class<E> type) {
    Set<String> s = new LinkedHashSet<>();
    for (E c : type.getEnumConstants()) {
      s.add(Enums.id(c));
    }
    return s;
  }

  static String example(String field) {
    return switch (field) {
      case "version" -> "\"1.0.0\"";
      case "risk_tolerance" -> "low | moderate | high";
      case "decision_style" -> "conservative | balanced | progressive";
      case "escalation_threshold" -> "early | standard | late";
      case "communication_register" -> "formal | professional | conversational | technical";
      case "uncertainty_behavior" -> "pause_and_escalate | flag_and_continue | proceed_with_note";
      case "human_approval_required", "approved" -> "true | false";
      case "approved_date" -> "\"2026-03-21\" (or null)";
      case "domain" -> "customer_success";
      default -> "a value";
    };
  }
}
