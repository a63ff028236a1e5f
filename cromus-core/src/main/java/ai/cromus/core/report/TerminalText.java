package ai.cromus.core.report;

import static org.apiguardian.api.API.Status.STABLE;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.Locale;
import org.apiguardian.api.API;

/**
 * The one place that makes text safe for a terminal, used by every text output of Cromus (the CLI,
 * the Maven plugin's log, the test kit's failure messages). User text (titles, messages, paths) may
 * hold control characters that a JSON or YAML parser decoded from escapes ({@code "\u001b[31m"}):
 * printed raw they would recolour the terminal, retitle its window, move the cursor or hide text.
 * Every control character (C0, DEL, C1), every bidirectional formatting character and the Unicode
 * line and paragraph separators are shown visibly instead, as {@code \n}, {@code \t}, {@code \r} or
 * {@code \}{@code u001b}; an unpaired surrogate as {@code \}{@code ud800}.
 *
 * <p>{@link #visible(String)} is for one field of a line (a table cell, a title, a message): its
 * line breaks are shown too, so no field can forge a line of the report. {@link #guard(Writer)}
 * wraps a whole output stream and passes only {@code \n} through, so that nothing the CLI prints
 * (text, Markdown, JSON, error messages, picocli's usage) can reach the terminal raw; inside JSON
 * strings the escapes it writes are JSON escapes of the same characters.
 */
@API(status = STABLE, since = "0.1")
public final class TerminalText {
  private TerminalText() {}

  /** {@code s} with every unsafe character shown visibly, line breaks included. */
  public static String visible(String s) {
    if (s == null) {
      return "null";
    }
    StringBuilder b = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      String esc = escape(s, i, false);
      if (esc == null) {
        if (b != null) {
          b.append(c);
        }
        continue;
      }
      if (b == null) {
        b = new StringBuilder(s.length() + 16).append(s, 0, i);
      }
      b.append(esc);
      if (Character.isHighSurrogate(c) && esc.isEmpty()) {
        // a valid pair: both halves kept
        b.append(c).append(s.charAt(++i));
      }
    }
    return b == null ? s : b.toString();
  }

  /**
   * The escape of {@code s.charAt(i)}, or null when it is safe; the empty string for the high half
   * of a valid surrogate pair (keep both halves).
   */
  private static String escape(String s, int i, boolean keepNewline) {
    char c = s.charAt(i);
    if (c >= 0x20 && c < 0x7f) {
      return null;
    }
    if (Character.isHighSurrogate(c)) {
      return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1)) ? "" : hex(c);
    }
    if (Character.isLowSurrogate(c)) {
      return hex(c);
    }
    return unsafe(c, keepNewline) ? named(c) : null;
  }

  /** True for the characters shown visibly (outside surrogates). */
  static boolean unsafe(char c, boolean keepNewline) {
    if (c == '\n') {
      return !keepNewline;
    }
    return c < 0x20
        || (c >= 0x7f && c <= 0x9f)
        || c == '\u061c'
        || c == '\u200e'
        || c == '\u200f'
        || (c >= '\u202a' && c <= '\u202e')
        || (c >= '\u2066' && c <= '\u2069')
        || c == '\u2028'
        || c == '\u2029';
  }

  private static String named(char c) {
    return switch (c) {
      case '\n' -> "\\n";
      case '\t' -> "\\t";
      case '\r' -> "\\r";
      default -> hex(c);
    };
  }

  private static String hex(char c) {
    return String.format(Locale.ROOT, "\\u%04x", (int) c);
  }

  /** A print writer over {@code out} that shows every unsafe character but {@code \n} visibly. */
  public static PrintWriter guard(Writer out) {
    return new PrintWriter(new Guard(out), true);
  }

  /**
   * The writer behind {@link #guard}; a high surrogate at the end of a write waits for the next.
   */
  private static final class Guard extends FilterWriter {
    private char pendingHigh;

    Guard(Writer out) {
      super(out);
    }

    @Override
    public void write(int c) throws IOException {
      write(new char[] {(char) c}, 0, 1);
    }

    @Override
    public void write(String str, int off, int len) throws IOException {
      write(str.toCharArray(), off, len);
    }

    @Override
    public void write(char[] cbuf, int off, int len) throws IOException {
      int start = off;
      int end = off + len;
      for (int i = off; i < end; i++) {
        char c = cbuf[i];
        if (pendingHigh != 0) {
          char high = pendingHigh;
          pendingHigh = 0;
          if (Character.isLowSurrogate(c)) {
            out.write(high);
            continue; // the low half goes out with the run that follows
          }
          out.write(hex(high));
        }
        String esc;
        if (c >= 0x20 && c < 0x7f) {
          continue;
        } else if (Character.isHighSurrogate(c)) {
          out.write(cbuf, start, i - start);
          start = i + 1;
          if (i + 1 < end) {
            if (Character.isLowSurrogate(cbuf[i + 1])) {
              out.write(cbuf, i, 2);
              start = i + 2;
              i++;
            } else {
              out.write(hex(c));
            }
          } else {
            pendingHigh = c;
          }
          continue;
        } else if (Character.isLowSurrogate(c)) {
          esc = hex(c);
        } else if (unsafe(c, true)) {
          esc = named(c);
        } else {
          continue;
        }
        out.write(cbuf, start, i - start);
        out.write(esc);
        start = i + 1;
      }
      out.write(cbuf, start, end - start);
    }

    @Override
    public void flush() throws IOException {
      super.flush();
    }

    @Override
    public void close() throws IOException {
      if (pendingHigh != 0) {
        out.write(hex(pendingHigh));
        pendingHigh = 0;
      }
      super.close();
    }
  }
}
