package ai.cromus.core.internal.parse;

import ai.cromus.core.Limits;
import ai.cromus.core.diagnostic.CoreRule;
import ai.cromus.core.diagnostic.Diagnostic;
import ai.cromus.core.diagnostic.SourceLocation;
import java.util.List;

/**
 * Normalizes raw text before parsing: strips a byte-order mark, turns CRLF and lone CR into LF,
 * replaces NUL and other C0 controls, and cuts lines past the limit, with a diagnostic for each
 * change so that nothing is dropped silently. Line numbers are preserved.
 */
final class TextInput {
  private TextInput() {}

  /** The normalized text, or null when the input is too large to read at all. */
  static String normalize(String raw, String source, Limits limits, List<Diagnostic> diags) {
    if (raw.length() > limits.maxInputChars()) {
      diags.add(
          Diagnostic.of(
              CoreRule.INPUT_TOO_LARGE,
              SourceLocation.start(source),
              "The input has "
                  + raw.length()
                  + " characters; the limit is "
                  + limits.maxInputChars()
                  + ".",
              "Split the workflow, or raise Limits.maxInputChars on the engine builder."));
      return null;
    }
    if (clean(raw, limits.maxLineLength())) {
      return raw; // nothing to change: no copy
    }
    StringBuilder sb = new StringBuilder(raw.length());
    int start = 0;
    if (!raw.isEmpty() && raw.charAt(0) == '\uFEFF') {
      start = 1;
      diags.add(
          Diagnostic.of(
              CoreRule.INPUT_ENCODING,
              SourceLocation.start(source),
              "The input starts with a byte-order mark; it was removed."));
    }
    int line = 1;
    int col = 1;
    boolean controlReported = false;
    boolean longReported = false;
    int lineLength = 0;
    for (int i = start; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '\r') {
        if (i + 1 < raw.length() && raw.charAt(i + 1) == '\n') {
          i++;
        }
        c = '\n';
      }
      if (c == '\n') {
        sb.append('\n');
        line++;
        col = 1;
        lineLength = 0;
        longReported = false;
        continue;
      }
      if (lineLength >= limits.maxLineLength()) {
        if (!longReported) {
          diags.add(lineTooLong(source, line, col, limits));
          longReported = true;
        }
        col++;
        continue;
      }
      if ((c < 0x20 && c != '\t')
          || c == 0x7F
          || (c >= 0xD800 && c <= 0xDFFF && !validSurrogate(raw, i))) {
        if (!controlReported) {
          diags.add(badCharacter(source, line, col, c));
          controlReported = true;
        }
        c = '\uFFFD';
      }
      sb.append(c);
      col++;
      lineLength++;
    }
    return sb.toString();
  }

  private static Diagnostic lineTooLong(String source, int line, int col, Limits limits) {
    return Diagnostic.of(
        CoreRule.INPUT_LINE_TOO_LONG,
        SourceLocation.of(source, line, col),
        "Line "
            + line
            + " is longer than "
            + limits.maxLineLength()
            + " characters; the rest of the line is not read.",
        "Break the line, or raise Limits.maxLineLength.");
  }

  private static Diagnostic badCharacter(String source, int line, int col, char c) {
    return Diagnostic.of(
        CoreRule.INPUT_ENCODING,
        SourceLocation.of(source, line, col),
        "The input holds a control character or an invalid UTF-16 sequence (U+"
            + String.format("%04X", (int) c)
            + "); it was replaced by U+FFFD.",
        "Save the file as UTF-8 text.");
  }

  /**
   * True when {@link #normalize} would return the text unchanged: no byte-order mark, no CR, no
   * control character or broken surrogate pair, no line longer than the limit.
   */
  private static boolean clean(String raw, int maxLine) {
    if (!raw.isEmpty() && raw.charAt(0) == '\uFEFF') {
      return false;
    }
    int lineLength = 0;
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '\n') {
        lineLength = 0;
        continue;
      }
      if ((c < 0x20 && c != '\t')
          || c == 0x7F
          || (c >= 0xD800 && c <= 0xDFFF && !validSurrogate(raw, i))
          || ++lineLength > maxLine) {
        return false; // a CR is a control character too
      }
    }
    return true;
  }

  private static boolean validSurrogate(String s, int i) {
    char c = s.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
    }
    return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
  }
}
