package ai.cromus.core.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@link Unicode#normalize} is {@link Normalizer#normalize} for every form, on seeded text. */
class UnicodeTest {
  static LongStream seeds() {
    return LongStream.range(0, 300);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void isTheJdksNormalization(long seed) {
    Random random = new Random(seed);
    StringBuilder sb = new StringBuilder();
    boolean ascii = random.nextBoolean();
    for (int n = random.nextInt(40); n > 0; n--) {
      if (ascii || random.nextInt(4) > 0) {
        sb.append((char) random.nextInt(0x80));
      } else {
        // accents, ligatures, full-width and compatibility forms, Hangul, combining marks
        int[] pool = {0xE9, 0x301, 0xFB01, 0xFF21, 0x2460, 0xAC00, 0x1100, 0x2126, 0x212B, 0x1E9B};
        sb.appendCodePoint(
            random.nextBoolean()
                ? pool[random.nextInt(pool.length)]
                : 0x80 + random.nextInt(0x2FF80));
      }
    }
    String s = sb.toString();
    for (Normalizer.Form form : Normalizer.Form.values()) {
      assertThat(Unicode.normalize(s, form))
          .as("seed %d, %s", seed, form)
          .isEqualTo(Normalizer.normalize(s, form));
    }
  }

  @Test
  void asciiIsReturnedAsItIs() {
    String s = "refund-triage 1.0 ~!@#$%^&*()_+\t\n\u007f";
    for (Normalizer.Form form : Normalizer.Form.values()) {
      assertThat(Unicode.normalize(s, form)).isSameAs(s);
    }
  }
}
