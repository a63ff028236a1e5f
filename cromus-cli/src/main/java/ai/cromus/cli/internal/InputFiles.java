package ai.cromus.cli.internal;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads input files for the CLI: UTF-8, with a one-line message when that is not possible. */
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
   * The file's text. Invalid UTF-8 is decoded with replacement characters (the parsers report
   * them); a missing, unreadable or oversized file is {@link Unreadable}.
   */
  public static String read(Path file, long maxBytes) throws Unreadable {
    try {
      if (Files.isDirectory(file)) {
        throw new Unreadable(file + ": is a directory, not a file");
      }
      if (!Files.isRegularFile(file)) {
        throw new Unreadable(file + ": no such file");
      }
      long size = Files.size(file);
      if (size > maxBytes) {
        throw new Unreadable(file + ": " + size + " bytes is larger than the limit of " + maxBytes);
      }
      byte[] bytes = Files.readAllBytes(file);
      try {
        return StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)
            .decode(java.nio.ByteBuffer.wrap(bytes))
            .toString();
      } catch (CharacterCodingException e) {
        // keep going: replacement characters become an INPUT-ENCODING diagnostic
        return new String(bytes, StandardCharsets.UTF_8).replace('\uFFFD', '\u0000');
      }
    } catch (IOException e) {
      throw new Unreadable(
          file
              + ": "
              + e.getClass().getSimpleName()
              + (e.getMessage() == null ? "" : ": " + e.getMessage()));
    }
  }
}
