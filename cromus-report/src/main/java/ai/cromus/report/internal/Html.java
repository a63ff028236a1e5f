package ai.cromus.report.internal;

import ai.cromus.core.report.TerminalText;
import java.util.Locale;

/**
 * Writes HTML into a buffer, escaping every text and attribute value (attribute values are always
 * in double quotes). User text goes through {@link #text(String)} or an attribute value: control
 * characters, bidirectional overrides and lone surrogates are shown as visible escapes ({@link
 * TerminalText#visible}), and {@code & < > "} become character references, so nothing a user wrote
 * can become markup, script or a different reading order. Tag and attribute names are always
 * constants of the renderer.
 */
public final class Html {
  private final StringBuilder out;

  public Html() {
    this(new StringBuilder(64 * 1024));
  }

  private Html(StringBuilder out) {
    this.out = out;
  }

  /** Appends markup written by the renderer itself (never user text). */
  public Html raw(String markup) {
    out.append(markup);
    return this;
  }

  /** Appends {@code s} as text content, escaped. */
  public Html text(String s) {
    escape(safe(s), out);
    return this;
  }

  /** Appends a number or other renderer-made value as text. */
  public Html text(long n) {
    out.append(n);
    return this;
  }

  /** Opens {@code tag}; {@code attrs} are name, value pairs (values escaped). */
  public Html open(String tag, String... attrs) {
    out.append('<').append(tag);
    attributes(attrs);
    out.append('>');
    return this;
  }

  /** A void or self-closed element (SVG shapes): {@code <tag a="v"/>}. */
  public Html empty(String tag, String... attrs) {
    out.append('<').append(tag);
    attributes(attrs);
    out.append("/>");
    return this;
  }

  /** Closes {@code tag}. */
  public Html close(String tag) {
    out.append("</").append(tag).append('>');
    return this;
  }

  /** An element with text content: {@code <tag attrs>text</tag>}. */
  public Html element(String tag, String text, String... attrs) {
    return open(tag, attrs).text(text).close(tag);
  }

  public Html newline() {
    out.append('\n');
    return this;
  }

  private void attributes(String... attrs) {
    if (attrs.length % 2 != 0) {
      throw new IllegalArgumentException("attributes come in name, value pairs");
    }
    for (int i = 0; i < attrs.length; i += 2) {
      if (attrs[i + 1] == null) {
        continue;
      }
      out.append(' ').append(attrs[i]).append("=\"");
      escape(safe(attrs[i + 1]), out);
      out.append('"');
    }
  }

  /** The HTML so far. */
  @Override
  public String toString() {
    return out.toString();
  }

  /** {@code s} as an attribute value or text, escaped (for tests and callers that build text). */
  public static String escape(String s) {
    StringBuilder b = new StringBuilder(s.length() + 16);
    escape(safe(s), b);
    return b.toString();
  }

  /**
   * The text as shown: {@link TerminalText#visible} (control characters, line breaks, bidi controls
   * and lone surrogates as visible escapes), and Unicode noncharacters, which HTML forbids, as
   * {@code \\uXXXX} too.
   */
  public static String safe(String s) {
    String v = TerminalText.visible(s);
    StringBuilder b = null;
    for (int i = 0; i < v.length(); i++) {
      int cp = v.codePointAt(i);
      boolean non =
          (cp >= 0xFDD0 && cp <= 0xFDEF)
              || (cp & 0xFFFE) == 0xFFFE
              || Character.getType(cp) == Character.PRIVATE_USE;
      if (non && b == null) {
        b = new StringBuilder(v.length() + 16).append(v, 0, i);
      }
      if (b != null) {
        if (non) {
          b.append(String.format(Locale.ROOT, "\\u{%x}", cp));
        } else {
          b.appendCodePoint(cp);
        }
      }
      if (Character.isSupplementaryCodePoint(cp)) {
        i++;
      }
    }
    return b == null ? v : b.toString();
  }

  private static void escape(String s, StringBuilder b) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        default -> b.append(c);
      }
    }
  }
}
