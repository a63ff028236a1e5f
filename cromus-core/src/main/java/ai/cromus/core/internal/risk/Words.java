package ai.cromus.core.internal.risk;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits the text of a step into what the vocabulary reads: the first sentence, clauses and words
 * of prose, and the segments and words of a tool name. Every loop is linear in the text; nothing
 * here uses a regular expression.
 */
final class Words {
  /** Longest first sentence read, in characters. */
  static final int MAX_SENTENCE = 400;

  /** Longest tool name read, in characters. */
  static final int MAX_TOOL = 200;

  private Words() {}

  /** The text up to its first sentence end ({@code . ! ?} or a line break), at most 400 chars. */
  static String firstSentence(String text) {
    int end = Math.min(text.length(), MAX_SENTENCE);
    for (int i = 0; i < end; i++) {
      char c = text.charAt(i);
      if (c == '!' || c == '?' || c == '\n' || (c == '.' && endsSentence(text, i))) {
        return text.substring(0, i);
      }
    }
    return text.substring(0, end);
  }

  /** A period ends a sentence unless a letter or digit follows it ({@code e.g}, {@code 1.5}). */
  private static boolean endsSentence(String text, int i) {
    return i + 1 >= text.length() || !Character.isLetterOrDigit(text.charAt(i + 1));
  }

  /**
   * The clauses of a sentence, each as lower-case words: split at {@code , ; : ( ) —} and before
   * {@code and}, {@code or}, {@code then}.
   */
  static List<List<String>> clauses(String sentence) {
    List<List<String>> out = new ArrayList<>();
    List<String> current = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    for (int i = 0; i <= sentence.length(); i++) {
      char c = i < sentence.length() ? sentence.charAt(i) : ' ';
      if (Character.isLetterOrDigit(c) || c == '$' || (c == '-' && word.length() > 0)) {
        word.append(Character.toLowerCase(c));
        continue;
      }
      String w = word.toString().toLowerCase(Locale.ROOT);
      word.setLength(0);
      if (w.equals("and") || w.equals("or") || w.equals("then")) {
        flush(out, current);
        current = new ArrayList<>();
      } else if (!w.isEmpty()) {
        current.add(w);
      }
      if (c == ',' || c == ';' || c == ':' || c == '(' || c == ')' || c == '—') {
        flush(out, current);
        current = new ArrayList<>();
      }
    }
    flush(out, current);
    return out;
  }

  private static void flush(List<List<String>> out, List<String> clause) {
    if (!clause.isEmpty()) {
      out.add(clause);
    }
  }

  /**
   * The segments of a tool name ({@code .}, {@code :}, {@code /}, white space), each as its
   * lower-case words ({@code _}, {@code -} and camelCase split words).
   */
  static List<List<String>> segments(String name) {
    String n = name.length() > MAX_TOOL ? name.substring(0, MAX_TOOL) : name;
    List<List<String>> out = new ArrayList<>();
    List<String> segment = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    for (int i = 0; i <= n.length(); i++) {
      char c = i < n.length() ? n.charAt(i) : '.';
      boolean boundary = c == '.' || c == ':' || c == '/' || Character.isWhitespace(c);
      boolean camel = Character.isUpperCase(c) && i > 0 && Character.isLowerCase(n.charAt(i - 1));
      if (boundary || !Character.isLetterOrDigit(c) || camel) {
        if (word.length() > 0) {
          segment.add(word.toString().toLowerCase(Locale.ROOT));
          word.setLength(0);
        }
        if (boundary && !segment.isEmpty()) {
          out.add(segment);
          segment = new ArrayList<>();
        }
        if (!camel) {
          continue;
        }
      }
      word.append(c);
    }
    return out;
  }
}
