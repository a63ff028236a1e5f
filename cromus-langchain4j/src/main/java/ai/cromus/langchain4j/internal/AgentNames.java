package ai.cromus.langchain4j.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Step ids from agent names, and the nearest names for a misspelt one. */
public final class AgentNames {
  private static final int MAX_ID = 64;

  private AgentNames() {}

  /**
   * A kebab-case id: camel case split, accents dropped, every run of other characters one hyphen,
   * at most 64 characters; {@code fallback} when nothing is left.
   */
  public static String slug(String name, String fallback) {
    String s = name == null ? "" : name;
    s = s.replaceAll("([a-z0-9])([A-Z])", "$1-$2");
    s = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    s = s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    if (s.length() > MAX_ID) {
      s = s.substring(0, MAX_ID).replaceAll("-+$", "");
    }
    return s.isEmpty() ? fallback : s;
  }

  /** Up to {@code limit} names within a third of the name's length in edits, nearest first. */
  public static List<String> nearest(String name, Collection<String> names, int limit) {
    List<String[]> scored = new ArrayList<>();
    String n = name.toLowerCase(Locale.ROOT);
    int max = Math.max(2, n.length() / 3);
    for (String candidate : names) {
      int d = distance(n, candidate.toLowerCase(Locale.ROOT), max);
      if (d <= max) {
        scored.add(new String[] {String.format(Locale.ROOT, "%05d", d), candidate});
      }
    }
    scored.sort(Comparator.<String[], String>comparing(a -> a[0]).thenComparing(a -> a[1]));
    List<String> out = new ArrayList<>();
    for (int i = 0; i < scored.size() && i < limit; i++) {
      out.add(scored.get(i)[1]);
    }
    return out;
  }

  /** Levenshtein distance, or {@code max + 1} once it is certain to be above {@code max}. */
  static int distance(String a, String b, int max) {
    if (Math.abs(a.length() - b.length()) > max) {
      return max + 1;
    }
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      int rowMin = cur[0];
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
        rowMin = Math.min(rowMin, cur[j]);
      }
      if (rowMin > max) {
        return max + 1;
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
