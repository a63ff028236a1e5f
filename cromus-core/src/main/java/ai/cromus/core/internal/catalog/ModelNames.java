package ai.cromus.core.internal.catalog;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How model names are normalized for lookup.
 *
 * <p>{@link #key} is the canonical form every id and alias is indexed under: trimmed, lower-case
 * (Locale.ROOT), with {@code .}, {@code _} and white space turned into single dashes, so {@code
 * Claude_Sonnet 4.6} and {@code claude-sonnet-4.6} both become {@code claude-sonnet-4-6}.
 *
 * <p>{@link #variants} lists the names a query may stand for once its decorations are removed, one
 * decoration at a time, in breadth-first order: a Vertex {@code @version} suffix, a Bedrock {@code
 * -v1:0} suffix, a {@code provider:} prefix, a {@code provider/} path, a Bedrock regional prefix
 * ({@code us.}, {@code eu.}, {@code apac.}, {@code au.}, {@code jp.}, {@code ca.}, {@code us-gov.},
 * {@code global.}), a Bedrock vendor prefix ({@code anthropic.}), and a date or channel suffix
 * ({@code -20250929}, {@code -2025-09-29}, {@code -0528}, {@code -05-20}, {@code -latest}, {@code
 * -preview}).
 */
public final class ModelNames {
  /** At most this many variants are generated per name, so any input is cheap. */
  static final int MAX_VARIANTS = 48;

  /** Names longer than this are not decomposed (they cannot be model names). */
  static final int MAX_LENGTH = 300;

  private static final Pattern AT_SUFFIX = Pattern.compile("^(.+)@[^@/:]*$");
  private static final Pattern BEDROCK_VERSION = Pattern.compile("^(.+?)(-v\\d+)?:\\d+$");
  private static final Pattern V_SUFFIX = Pattern.compile("^(.+)-v\\d+$");
  private static final Pattern PROVIDER_COLON = Pattern.compile("^[a-z0-9._-]+:(.+)$");
  private static final Pattern SLASH = Pattern.compile("^[^/]*/(.+)$");
  private static final Pattern REGION =
      Pattern.compile("^(?:us|eu|apac|au|jp|ca|us-gov|global)\\.(.+)$");
  private static final Pattern VENDOR_DOT = Pattern.compile("^[a-z][a-z0-9]*\\.([a-z].*)$");
  private static final Pattern SUFFIX =
      Pattern.compile(
          "^(.+?)[-.](?:\\d{8}|\\d{4}[-.]\\d{2}[-.]\\d{2}|\\d{4}|\\d{2}[-.]\\d{2}|\\d{2}[-.]\\d{4}|latest|preview)$");

  private static final List<Pattern> STRIPS =
      List.of(
          AT_SUFFIX, BEDROCK_VERSION, V_SUFFIX, PROVIDER_COLON, SLASH, REGION, VENDOR_DOT, SUFFIX);

  private ModelNames() {}

  /** A cheap pre-check that skips patterns which cannot match, so most names touch no regex. */
  private static boolean mayMatch(Pattern p, String s) {
    if (s.isEmpty()) {
      return false;
    }
    if (p == AT_SUFFIX) {
      return s.indexOf('@') > 0;
    }
    if (p == BEDROCK_VERSION || p == PROVIDER_COLON) {
      return s.indexOf(':') > 0;
    }
    if (p == V_SUFFIX) {
      return s.contains("-v");
    }
    if (p == SLASH) {
      return s.indexOf('/') >= 0;
    }
    if (p == REGION || p == VENDOR_DOT) {
      return s.indexOf('.') > 0;
    }
    char last = s.charAt(s.length() - 1);
    return Character.isDigit(last) || s.endsWith("latest") || s.endsWith("preview");
  }

  /** The canonical lookup key of a name. */
  public static String key(String name) {
    String s = name.trim().toLowerCase(Locale.ROOT);
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '.' || c == '_' || Character.isWhitespace(c)) {
        c = '-';
      }
      if (c == '-' && (sb.length() == 0 || sb.charAt(sb.length() - 1) == '-')) {
        continue;
      }
      sb.append(c);
    }
    while (sb.length() > 0 && sb.charAt(sb.length() - 1) == '-') {
      sb.setLength(sb.length() - 1);
    }
    return sb.toString();
  }

  /**
   * The canonical keys of {@code name} and of every undecorated form of it, the name itself first,
   * then shorter forms breadth-first; without duplicates.
   */
  public static List<String> variants(String name) {
    String start = name.trim().toLowerCase(Locale.ROOT).replace('_', '-');
    Set<String> keys = new LinkedHashSet<>();
    keys.add(key(start));
    if (start.length() > MAX_LENGTH) {
      return new ArrayList<>(keys);
    }
    Set<String> seen = new LinkedHashSet<>();
    Deque<String> queue = new ArrayDeque<>();
    queue.add(start);
    seen.add(start);
    while (!queue.isEmpty() && seen.size() < MAX_VARIANTS) {
      String s = queue.removeFirst();
      for (Pattern p : STRIPS) {
        if (!mayMatch(p, s)) {
          continue;
        }
        Matcher m = p.matcher(s);
        if (m.matches()) {
          String next = m.group(1);
          if (!next.isBlank() && next.length() < s.length() && seen.add(next)) {
            queue.addLast(next);
            String k = key(next);
            if (!k.isEmpty()) {
              keys.add(k);
            }
          }
        }
      }
    }
    return new ArrayList<>(keys);
  }
}
