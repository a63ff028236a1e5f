package ai.cromus.core.internal.parse;

import ai.cromus.core.diagnostic.CoreRule;
import ai.cromus.core.diagnostic.Diagnostic;
import ai.cromus.core.diagnostic.SourceLocation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;

/**
 * What a heading says and what its title keeps. A title is the heading's text as Markdown reads it
 * (escapes and entities resolved, emphasis and code markers removed) with inline HTML kept as
 * written; every writer escapes a title for its own format, so a generated SKILL.md reads back to
 * the same title. Whatever of the heading as written is not in the title is said in a diagnostic:
 * {@code SOP-TITLE-LINK-TARGET} when a link or image target is left out, else {@code
 * SOP-TITLE-MARKUP}. Linear in the length of the heading, without regular expressions.
 */
final class Headings {
  private Headings() {}

  /**
   * The heading exactly as its author wrote it: the raw content CommonMark defines (an ATX heading
   * without its opening {@code #} run and its optional closing {@code #} run; a setext heading
   * without its underline), stripped of surrounding spaces and tabs; null when the heading carries
   * no source span. {@code lines} are the lines of the text the heading is a top-level block of.
   */
  static String written(Heading heading, String[] lines) {
    List<SourceSpan> spans = heading.getSourceSpans();
    if (spans.isEmpty()) {
      return null;
    }
    int first = spans.get(0).getLineIndex();
    int last = spans.get(spans.size() - 1).getLineIndex();
    if (first < 0 || last >= lines.length) {
      return null;
    }
    if (first == last) {
      return atx(lines[first]);
    }
    // setext: the content lines, then the underline
    StringBuilder sb = new StringBuilder();
    for (int i = first; i < last; i++) {
      if (sb.length() > 0) {
        sb.append('\n');
      }
      sb.append(strip(lines[i], 0, lines[i].length()));
    }
    return sb.toString();
  }

  /** The content of one ATX heading line, {@code ## Title ##}: {@code Title}. */
  static String atx(String line) {
    int i = 0;
    while (i < line.length() && i < 3 && line.charAt(i) == ' ') {
      i++;
    }
    while (i < line.length() && line.charAt(i) == '#') {
      i++;
    }
    int end = line.length();
    while (end > i && isBlank(line.charAt(end - 1))) {
      end--;
    }
    int hashes = end;
    while (hashes > i && line.charAt(hashes - 1) == '#') {
      hashes--;
    }
    // a closing run of # is preceded by a space or a tab, or is all the heading holds
    if (hashes < end && (hashes == i || isBlank(line.charAt(hashes - 1)))) {
      end = hashes;
    }
    return strip(line, i, end);
  }

  /**
   * Adds a diagnostic at {@code at} when {@code title}, read from {@code heading}, lacks a
   * character of the heading as written (both without the step number when {@code numbered}): what
   * was left out is quoted, so nothing of the heading is dropped silently. {@code lines} are the
   * lines of the text the heading is a top-level block of.
   */
  static void check(
      Heading heading,
      String[] lines,
      boolean numbered,
      String title,
      SourceLocation at,
      List<Diagnostic> diags) {
    String written = written(heading, lines);
    if (written == null || covers(title, written)) {
      return;
    }
    String[] number = numbered ? SopParser.stepNumber(written) : null;
    if (number != null) {
      written = number[1].strip();
      if (covers(title, written)) {
        return;
      }
    }
    List<String> targets = new ArrayList<>();
    for (Node n = heading.getFirstChild(); n != null; n = next(n, heading)) {
      String target =
          n instanceof Link
              ? ((Link) n).getDestination()
              : n instanceof Image ? ((Image) n).getDestination() : null;
      if (target != null
          && !target.isEmpty()
          && !title.contains(target)
          && !(target.startsWith("mailto:") && title.contains(target.substring(7)))
          && !targets.contains(target)) {
        targets.add(target);
      }
    }
    String quoted = "written '" + quote(written) + "', read as the title '" + quote(title) + "'";
    if (!targets.isEmpty()) {
      diags.add(
          Diagnostic.of(
              CoreRule.TITLE_LINK_TARGET,
              at,
              "The target of a link or image in this heading is not part of its title: "
                  + "'"
                  + quote(String.join("', '", targets))
                  + "' ("
                  + quoted
                  + ").",
              "Move the link into the step's instructions, where it is kept as written."));
    } else {
      diags.add(
          Diagnostic.of(
              CoreRule.TITLE_MARKUP,
              at,
              "Markdown in this heading is not part of its title: " + quoted + ".",
              "Write the heading as plain text to keep every character in the title."));
    }
  }

  /** Whether every non-space character of {@code written} occurs in {@code title} as often. */
  static boolean covers(String title, String written) {
    Map<Integer, Integer> need = new HashMap<>();
    written.codePoints().filter(Headings::counts).forEach(cp -> need.merge(cp, 1, Integer::sum));
    if (need.isEmpty()) {
      return true;
    }
    title
        .codePoints()
        .filter(Headings::counts)
        .forEach(cp -> need.computeIfPresent(cp, (k, v) -> v == 1 ? null : v - 1));
    return need.isEmpty();
  }

  private static boolean counts(int cp) {
    return !Character.isWhitespace(cp) && !Character.isSpaceChar(cp);
  }

  /** On one line, whole: a heading is bounded by the input limits, and nothing is cut. */
  private static String quote(String s) {
    return s.replace('\n', ' ');
  }

  /** The next node of a walk of {@code root}'s descendants (iterative: no recursion). */
  private static Node next(Node n, Node root) {
    if (n.getFirstChild() != null) {
      return n.getFirstChild();
    }
    while (n != root && n.getNext() == null) {
      n = n.getParent();
    }
    return n == root ? null : n.getNext();
  }

  private static String strip(String s, int from, int to) {
    while (from < to && isBlank(s.charAt(from))) {
      from++;
    }
    while (to > from && isBlank(s.charAt(to - 1))) {
      to--;
    }
    return s.substring(from, to);
  }

  private static boolean isBlank(char c) {
    return c == ' ' || c == '\t';
  }
}
