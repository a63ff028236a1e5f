package ai.cromus.core.internal.parse;

import ai.cromus.core.diagnostic.Diagnostic;
import ai.cromus.core.diagnostic.Rule;
import ai.cromus.core.diagnostic.SourceLocation;
import ai.cromus.core.internal.Enums;
import ai.cromus.core.internal.yaml.YamlNode;
import ai.cromus.core.workflow.DataClass;
import ai.cromus.core.workflow.Effect;
import ai.cromus.core.workflow.ImmutableStep;
import ai.cromus.core.workflow.ImmutableWorkflow;
import ai.cromus.core.workflow.Trust;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The risk annotations of a step ({@code effect:}, {@code trust:}, {@code data:}), in the SOP and
 * the structured form alike, and the {@code data:} list of a workflow.
 */
final class RiskAnnotations {
  static final Set<String> KEYS = Set.of("effect", "trust", "data");

  private static final String EFFECTS = "one of " + Enums.ids(Effect.class);

  private RiskAnnotations() {}

  /** Applies {@code effect}, {@code trust} or {@code data}; false when the value was unreadable. */
  static boolean apply(
      String key,
      String value,
      List<String> listItems,
      SourceLocation at,
      ImmutableStep.Builder b,
      List<Diagnostic> diags) {
    switch (key) {
      case "effect" -> {
        Optional<Effect> e = Effect.find(value);
        if (e.isEmpty()) {
          return Annotations.bad(at, key, value, EFFECTS, diags);
        }
        b.effect(e.get());
        return true;
      }
      case "trust" -> {
        Optional<Trust> t = Enums.find(Trust.class, value);
        if (t.isEmpty()) {
          return Annotations.bad(at, key, value, "trusted or untrusted", diags);
        }
        b.trust(t.get());
        return true;
      }
      default -> {
        List<DataClass> classes = dataClasses(value, listItems);
        if (classes == null) {
          return Annotations.bad(at, key, value, DATA_FORMS, diags);
        }
        b.addAllData(classes);
        return true;
      }
    }
  }

  /** How a {@code data:} value may be written, for diagnostics. */
  static final String DATA_FORMS =
      "one or more of " + Enums.ids(DataClass.class) + " (a list: '[pii, pci]' or 'pii, pci')";

  /**
   * The data classes of a value and of the items given apart from it, each once in the order
   * written; null when the list is empty or an item is not a data class.
   */
  static List<DataClass> dataClasses(String value, List<String> listItems) {
    List<String> items = Annotations.items(value, listItems);
    if (items == null || items.isEmpty()) {
      return null;
    }
    List<DataClass> out = new ArrayList<>();
    for (String item : items) {
      Optional<DataClass> c = Enums.find(DataClass.class, item);
      if (c.isEmpty()) {
        return null;
      }
      if (!out.contains(c.get())) {
        out.add(c.get());
      }
    }
    return out;
  }

  /**
   * Reads a workflow's {@code data:} (a value such as {@code pii, pci} or a list) into {@code wf};
   * an unreadable value is reported under {@code rule} at {@code at} and ignored.
   */
  static void workflowData(
      YamlNode v,
      SourceLocation at,
      Rule rule,
      ImmutableWorkflow.Builder wf,
      List<Diagnostic> diags) {
    if (v == null || v.isNull()) {
      return;
    }
    List<DataClass> classes = null;
    if (v.isSequence()) {
      boolean scalars = v.items().stream().allMatch(YamlNode::isValue);
      classes = scalars ? dataClasses("", v.strings()) : null;
    } else if (v.isValue()) {
      classes = dataClasses(v.text(), null);
    }
    if (classes == null) {
      String shown = v.isValue() ? v.text() : v.describe();
      shown = shown.length() > 60 ? shown.substring(0, 60) + "…" : shown;
      diags.add(
          Diagnostic.of(
              rule,
              at,
              "Cannot read 'data: " + shown + "'; it is ignored.",
              "Expected " + DATA_FORMS + "."));
      return;
    }
    wf.addAllData(classes);
  }
}
