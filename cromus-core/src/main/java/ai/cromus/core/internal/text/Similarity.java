package ai.cromus.core.internal.text;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** Nearest-name suggestions ("did you mean") by Levenshtein distance. */
public final class Similarity {
  private Similarity() {}

  /**
   * Up to {@code max} candidates closest to {@code query}, closest first, ties by name; only
   * candidates within a distance of half the query's length (at least 2) are returned.
   */
  public static List<String> nearest(String query, Collection<String> candidates, int max) {
    int limit = Math.max(2, query.length() / 2);
    List<String[]> scored = new ArrayList<>();
    for (String c : candidates) {
      int d = distance(query, c, limit);
      if (d <= limit) {
        scored.add(new String[] {String.format("%08d", d), c});
      }
    }
    scored.sort(Comparator.<String[], String>comparing(a -> a[0]).thenComparing(a -> a[1]));
    List<String> out = new ArrayList<>();
    for (String[] s : scored) {
      if (out.size() == max) {
        break;
      }
      out.add(s[1]);
    }
    return out;
  }

  /** The single nearest candidate, or null. */
  public static String nearestOne(String query, Collection<String> candidates) {
    List<String> n = nearest(query, candidates, 1);
    return n.isEmpty() ? null : n.get(0);
  }

  /**
   * Levenshtein distance, giving up (returning {@code limit + 1}) once it exceeds {@code limit}.
   */
  public static int distance(String a, String b, int limit) {
    if (Math.abs(a.length() - b.length()) > limit) {
      return limit + 1;
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
      if (rowMin > limit) {
        return limit + 1;
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
