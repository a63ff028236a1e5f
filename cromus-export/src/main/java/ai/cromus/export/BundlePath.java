package ai.cromus.export;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Locale;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * File names that never leave an export folder. Exporters build every path from {@link
 * #segment(String)}; writers check every path of any bundle, a third party's included, with {@link
 * #isSafe(String)} before they write it.
 */
@API(status = STABLE, since = "0.1")
public final class BundlePath {
  private static final int MAX_SEGMENT = 100;
  private static final Set<String> RESERVED =
      Set.of(
          "CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7",
          "COM8", "COM9", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9");

  private BundlePath() {}

  /**
   * One safe path segment from any text: separators, drive colons, characters Windows forbids and
   * control characters become {@code _}; {@code .} and {@code ..}, leading dots, trailing dots and
   * spaces and reserved device names (CON, NUL, COM1 and so on, with any extension) are defused; at
   * most 100 characters; never empty.
   */
  public static String segment(String raw) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < raw.length() && b.length() < MAX_SEGMENT; ) {
      int cp = raw.codePointAt(i);
      i += Character.charCount(cp);
      boolean bad =
          cp < 0x20
              || cp == 0x7f
              || "/\\:*?\"<>|".indexOf(cp) >= 0
              || (Character.isSurrogate((char) cp) && cp < 0x10000)
              || Character.getType(cp) == Character.FORMAT
              || cp == 0x2028
              || cp == 0x2029;
      b.appendCodePoint(bad ? '_' : cp);
    }
    String s = b.toString();
    while (s.endsWith(".") || s.endsWith(" ")) {
      s = s.substring(0, s.length() - 1);
    }
    while (s.startsWith(".") || s.startsWith(" ")) {
      s = "_" + s.substring(1);
    }
    if (s.isEmpty()) {
      return "_";
    }
    String stem = s.contains(".") ? s.substring(0, s.indexOf('.')) : s;
    if (RESERVED.contains(stem.trim().toUpperCase(Locale.ROOT))) {
      s = "_" + s;
    }
    return s;
  }

  /**
   * True when {@code path} is relative, uses {@code /} separators, has no empty, {@code .} or
   * {@code ..} segment, no drive or absolute prefix, no backslash, control character or reserved
   * device name, so that it resolves inside any folder it is written to.
   */
  public static boolean isSafe(String path) {
    if (path == null || path.isEmpty() || path.startsWith("/") || path.length() > 1024) {
      return false;
    }
    for (String seg : path.split("/", -1)) {
      if (seg.isEmpty() || seg.equals(".") || seg.equals("..")) {
        return false;
      }
      String normal = segment(seg);
      boolean dotfile =
          seg.startsWith(".")
              && seg.length() > 1
              && !seg.startsWith("..")
              && normal.equals("_" + seg.substring(1));
      if (!normal.equals(seg) && !dotfile) {
        return false;
      }
    }
    return true;
  }
}
