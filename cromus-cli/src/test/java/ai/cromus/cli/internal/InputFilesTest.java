package ai.cromus.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link InputFiles#decode} takes the JDK's fast decoding when its text holds no U+FFFD (issue 23):
 * on seeded byte strings (UTF-8 text of every plane, text with U+FFFD itself, random bytes,
 * truncated and overlong sequences, encoded surrogates), it must accept exactly what a strict UTF-8
 * decoder accepts, with the same text.
 */
class InputFilesTest {
  static LongStream seeds() {
    return LongStream.range(0, 400);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void acceptsExactlyWhatAStrictDecoderAccepts(long seed) {
    Random random = new Random(seed);
    byte[] bytes = bytes(random);
    String strict;
    try {
      strict =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
    } catch (CharacterCodingException e) {
      assertThatThrownBy(() -> InputFiles.decode("f", bytes))
          .as("seed %d", seed)
          .isInstanceOf(InputFiles.Unreadable.class)
          .hasMessageStartingWith("f: not UTF-8 text: byte 0x");
      return;
    }
    try {
      assertThat(InputFiles.decode("f", bytes)).as("seed %d", seed).isEqualTo(strict);
    } catch (InputFiles.Unreadable e) {
      throw new AssertionError("seed " + seed + ": " + e.getMessage(), e);
    }
  }

  private static byte[] bytes(Random random) {
    StringBuilder text = new StringBuilder();
    int n = random.nextInt(60);
    for (int i = 0; i < n; i++) {
      switch (random.nextInt(6)) {
        case 0 -> text.append((char) ('a' + random.nextInt(26)));
        case 1 -> text.append('\uFFFD');
        case 2 -> text.appendCodePoint(0x80 + random.nextInt(0x800 - 0x80));
        case 3 -> text.appendCodePoint(0x10000 + random.nextInt(0x10FFFF - 0x10000));
        case 4 -> text.append((char) (0xE000 + random.nextInt(0x1000)));
        default -> text.append("\r\n\t\u00e9\ufeff");
      }
    }
    byte[] b = text.toString().getBytes(StandardCharsets.UTF_8);
    switch (random.nextInt(5)) {
      case 0 -> {
        return b; // valid
      }
      case 1 -> {
        if (b.length > 0) {
          b[random.nextInt(b.length)] = (byte) (0x80 + random.nextInt(0x80)); // a stray byte
        }
        return b;
      }
      case 2 -> {
        // truncated, overlong or surrogate sequences
        byte[][] bad = {
          {(byte) 0xE2, (byte) 0x82},
          {(byte) 0xC0, (byte) 0xAF},
          {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
          {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
          {(byte) 0xFF},
          {(byte) 0xEF, (byte) 0xBF, (byte) 0xBD}
        };
        byte[] x = bad[random.nextInt(bad.length)];
        int at = b.length == 0 ? 0 : random.nextInt(b.length);
        byte[] out = new byte[b.length + x.length];
        System.arraycopy(b, 0, out, 0, at);
        System.arraycopy(x, 0, out, at, x.length);
        System.arraycopy(b, at, out, at + x.length, b.length - at);
        return out;
      }
      default -> {
        byte[] r = new byte[random.nextInt(40)];
        random.nextBytes(r);
        return random.nextBoolean() ? r : b;
      }
    }
  }
}
