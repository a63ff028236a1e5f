package ai.cromus.cli.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;

/**
 * Reads input files for the CLI: UTF-8 text from regular files, with a one-line message that says
 * what is true when that is not possible (no such file, a folder, a device or pipe, too large, not
 * UTF-8 at a given byte).
 */
public final class InputFiles {
  /** Thrown with a one-line, user-facing message. */
  public static final class Unreadable extends Exception {
    private static final long serialVersionUID = 1L;

    public Unreadable(String message) {
      super(message);
    }
  }

  private InputFiles() {}

  /**
   * Why {@code file} cannot be read as a file, or null when it is a regular file (links followed).
   */
  public static String notAFile(Path file) {
    Object a = attributes(file);
    return a instanceof String string ? string : null;
  }

  /**
   * The attributes of a regular file (links followed), or, as a string, why it is not one. One
   * {@code stat} serves both the check and the size.
   */
  private static Object attributes(Path file) {
    BasicFileAttributes a;
    try {
      a = Files.readAttributes(file, BasicFileAttributes.class);
    } catch (NoSuchFileException e) {
      return Files.isSymbolicLink(file)
          ? "is a symbolic link to nothing (no such file)"
          : "no such file";
    } catch (IOException e) {
      return "cannot be read: " + e.getClass().getSimpleName() + message(e);
    }
    if (a.isDirectory()) {
      return "is a directory, not a file";
    }
    if (!a.isRegularFile()) {
      return "is not a regular file (a device, a pipe or a socket); Cromus reads files";
    }
    return a;
  }

  /**
   * The file's text, which must be UTF-8 (a byte-order mark is kept for the parser to report). A
   * missing, unreadable, oversized or non-UTF-8 file is {@link Unreadable}, with the offset of the
   * first byte that is not UTF-8 and its line and column.
   */
  public static String read(Path file, long maxBytes) throws Unreadable {
    Object attributes = attributes(file);
    if (attributes instanceof String) {
      throw new Unreadable(file + ": " + attributes);
    }
    try {
      long size = ((BasicFileAttributes) attributes).size();
      if (size > maxBytes) {
        throw new Unreadable(file + ": " + size + " bytes is larger than the limit of " + maxBytes);
      }
      return decode(file.toString(), Files.readAllBytes(file));
    } catch (IOException e) {
      throw new Unreadable(file + ": " + e.getClass().getSimpleName() + message(e));
    }
  }

  /**
   * The UTF-8 text of {@code bytes}, or {@link Unreadable} naming the first byte that is not UTF-8:
   * its value, its offset from the start (0-based, in bytes), and its line and column.
   */
  static String decode(String name, byte[] bytes) throws Unreadable {
    // the JDK's decoder replaces every byte sequence that is not UTF-8 with U+FFFD: without one in
    // its text, the bytes are UTF-8 and that text is the answer (the common case, and the fast
    // one); with one, the checking decoder below finds the byte, or the U+FFFD was in the file
    String text = new String(bytes, StandardCharsets.UTF_8);
    if (text.indexOf('\uFFFD') < 0) {
      return text;
    }
    CharsetDecoder d =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult r = d.decode(in, out, true);
    if (!r.isError()) {
      r = d.flush(out);
    }
    if (r.isError()) {
      int offset = in.position();
      int line = 1;
      int column = 1;
      for (int i = 0; i < offset; i++) {
        if (bytes[i] == '\n') {
          line++;
          column = 1;
        } else if ((bytes[i] & 0xC0) != 0x80) {
          column++; // one column per character: continuation bytes do not count
        }
      }
      throw new Unreadable(
          name
              + ": not UTF-8 text: byte 0x"
              + String.format(Locale.ROOT, "%02X", bytes[offset] & 0xff)
              + " at offset "
              + offset
              + " (line "
              + line
              + ", column "
              + column
              + "); save the file as UTF-8");
    }
    out.flip();
    return out.toString();
  }

  /**
   * The name a file goes by in reports and artifacts: the path as given, with {@code /}; an
   * absolute path becomes relative to the working directory when it lies below it, else the file
   * name alone, so that no artifact carries a path of the machine that wrote it.
   */
  public static String logicalName(Path file) {
    Path p = file.normalize();
    if (p.isAbsolute()) {
      Path cwd = Path.of("").toAbsolutePath().normalize();
      if (p.startsWith(cwd) && !p.equals(cwd)) {
        p = cwd.relativize(p);
      } else if (p.getFileName() != null) {
        p = p.getFileName();
      }
    }
    String s = p.toString().replace('\\', '/');
    return s.isEmpty() ? file.toString().replace('\\', '/') : s;
  }

  private static String message(IOException e) {
    return e.getMessage() == null ? "" : ": " + e.getMessage();
  }
}
