package ai.cromus.export.internal;

/**
 * Python source literals for user text. The output is a double-quoted, non-raw, non-f string
 * literal in pure ASCII: quotes, backslashes, line breaks, control characters and every non-ASCII
 * character are escaped, so no text can end the literal, start a new line, or be read as code, and
 * {@code {}} and {@code ${}} stay plain characters.
 */
public final class PythonLiteral {
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private PythonLiteral() {}

  /** A Python string literal whose value is exactly {@code text}. */
  public static String of(String text) {
    StringBuilder b = new StringBuilder(text.length() + 2);
    b.append('"');
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      switch (cp) {
        case '\\' -> b.append("\\\\");
        case '"' -> b.append("\\\"");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> {
          if (cp >= 0x20 && cp < 0x7f) {
            b.append((char) cp);
          } else if (cp < 0x100) {
            b.append("\\x").append(HEX[cp >> 4]).append(HEX[cp & 0xf]);
          } else if (cp < 0x10000) {
            b.append("\\u");
            hex(b, cp, 4);
          } else {
            b.append("\\U");
            hex(b, cp, 8);
          }
        }
      }
    }
    return b.append('"').toString();
  }

  /** A Python list literal of string literals, on one line. */
  public static String list(Iterable<String> items) {
    StringBuilder b = new StringBuilder("[");
    String sep = "";
    for (String s : items) {
      b.append(sep).append(of(s));
      sep = ", ";
    }
    return b.append(']').toString();
  }

  private static void hex(StringBuilder b, int cp, int digits) {
    for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4) {
      b.append(HEX[(cp >> shift) & 0xf]);
    }
  }
}
