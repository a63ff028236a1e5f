package ai.cromus.core.internal.json;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import java.util.Locale;

/**
 * JSON escapes for every control character: the C0 range (which JSON requires, {@code \n} style
 * where one exists), DEL and the C1 range (which JSON allows raw, but a terminal may obey), and the
 * line and paragraph separators U+2028/U+2029. Other characters are written as they are.
 */
final class ControlEscapes extends CharacterEscapes {
  private static final long serialVersionUID = 1L;

  private final int[] ascii;

  ControlEscapes() {
    ascii = standardAsciiEscapesForJSON();
    ascii[0x7f] = ESCAPE_STANDARD;
  }

  @Override
  public int[] getEscapeCodesForAscii() {
    return ascii;
  }

  @Override
  public SerializableString getEscapeSequence(int ch) {
    if ((ch >= 0x80 && ch <= 0x9f) || ch == 0x2028 || ch == 0x2029) {
      return new SerializedString(String.format(Locale.ROOT, "\\u%04X", ch));
    }
    return null;
  }
}
