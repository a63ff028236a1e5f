package ai.cromus.export.internal;

import ai.cromus.core.diagnostic.Diagnostic;
import ai.cromus.core.diagnostic.SourceLocation;
import ai.cromus.core.export.ExportRule;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Unique names in one namespace of a target: each raw name is sanitized by the target's rule and,
 * when it collides with a name already given out, gets the smallest free suffix {@code _2}, {@code
 * _3}... and an {@code EXPORT-NAME-COLLISION} diagnostic. Not thread-safe: one instance per export
 * call.
 */
public final class TargetNames {
  /** Python keywords (hard and soft) and names the generated modules use themselves. */
  public static final Set<String> PYTHON_RESERVED =
      Set.of(
          "False",
          "None",
          "True",
          "and",
          "as",
          "assert",
          "async",
          "await",
          "break",
          "class",
          "continue",
          "def",
          "del",
          "elif",
          "else",
          "except",
          "finally",
          "for",
          "from",
          "global",
          "if",
          "import",
          "in",
          "is",
          "lambda",
          "nonlocal",
          "not",
          "or",
          "pass",
          "raise",
          "return",
          "try",
          "while",
          "with",
          "yield",
          "match",
          "case",
          "type",
          "_");

  private final Set<String> taken = new HashSet<>();
  private final UnaryOperator<String> sanitizer;
  private final int maxLength;

  /** A namespace whose names come from {@code sanitizer}, at most {@code maxLength} long. */
  public TargetNames(UnaryOperator<String> sanitizer, int maxLength, Set<String> reserved) {
    this.sanitizer = sanitizer;
    this.maxLength = maxLength;
    reserved.forEach(r -> taken.add(r.toLowerCase(Locale.ROOT)));
  }

  /** A unique name for {@code raw}; a collision adds a diagnostic at {@code at} to {@code out}. */
  public String name(String raw, SourceLocation at, List<Diagnostic> out) {
    String base = Text.truncate(sanitizer.apply(raw), maxLength);
    String candidate = base;
    for (int n = 2; taken.contains(candidate.toLowerCase(Locale.ROOT)); n++) {
      String suffix = "_" + n;
      candidate = Text.truncate(base, maxLength - suffix.length()) + suffix;
    }
    if (!candidate.equals(base)) {
      out.add(
          Diagnostic.of(
              ExportRule.NAME_COLLISION,
              at,
              "'"
                  + Text.oneLine(raw)
                  + "' becomes '"
                  + base
                  + "', which is taken; '"
                  + candidate
                  + "' is used.",
              "Give the steps or tools distinct names."));
    }
    taken.add(candidate.toLowerCase(Locale.ROOT));
    return candidate;
  }

  /**
   * A Python identifier: ASCII letters, digits and {@code _}, not starting with a digit, lower
   * case.
   */
  public static String python(String raw) {
    String s = ascii(raw, "_").toLowerCase(Locale.ROOT);
    if (s.isEmpty()) {
      s = "step";
    }
    if (Character.isDigit(s.charAt(0))) {
      s = "step_" + s;
    }
    if (s.startsWith("__")) {
      s = "step" + s;
    }
    if (PYTHON_RESERVED.contains(s)) {
      s = s + "_";
    }
    return s;
  }

  /** A name of {@code [A-Za-z0-9_-]}, as Claude custom tools require. */
  public static String claudeTool(String raw) {
    String s = ascii(raw.replace('.', '_'), "-_");
    return s.isEmpty() ? "tool" : s;
  }

  /** A name of {@code [A-Za-z0-9_.-]}, as MCP recommends for tools. */
  public static String mcpTool(String raw) {
    String s = ascii(raw, "-_.");
    return s.isEmpty() ? "tool" : s;
  }

  /** Letters, digits and the given extra characters; every other run becomes one {@code _}. */
  private static String ascii(String raw, String extra) {
    StringBuilder b = new StringBuilder();
    boolean gap = false;
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c < 0x80 && (Character.isLetterOrDigit(c) || extra.indexOf(c) >= 0)) {
        if (gap && b.length() > 0) {
          b.append('_');
        }
        gap = false;
        b.append(c);
      } else {
        gap = true;
      }
    }
    String s = b.toString();
    while (s.endsWith("_")) {
      s = s.substring(0, s.length() - 1);
    }
    return s;
  }
}
