package ai.cromus.core.internal.spec;

import ai.cromus.core.internal.parse.Annotations;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.Block;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Document;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Markdown escaping for user text placed in generated files (SKILL.md, MEMORY.md), so that each
 * file parses, with commonmark, into exactly the structure Cromus writes: its headings and steps,
 * and the user's text inside them, nothing more.
 */
public final class Md {
  /** Commonmark as it is, with block source spans (immutable and thread-safe). */
  private static final Parser MARKDOWN =
      Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS).build();

  /** White space runs (linear: one attempt per run start consumes the run). */
  private static final Pattern WHITESPACE = Pattern.compile("\\s++");

  /**
   * Markdown punctuation that could start emphasis, code, links, HTML or a heading, and an {@code
   * &} that starts an entity or character reference (which commonmark would decode).
   */
  private static final Pattern INLINE_SPECIAL =
      Pattern.compile("[\\\\`*_\\[\\]<>#|!]|&(?=#?+[A-Za-z0-9]++;)");

  /** The longest run of backticks, for a fence that no line of the text can close. */
  private static final Pattern BACKTICKS = Pattern.compile("`++");

  /** The line that follows a block in a check: a paragraph, unless the block swallows it. */
  private static final String SENTINEL = "cromus-block-end";

  private Md() {}

  /**
   * One line of inline text: white space collapsed, Markdown punctuation that could start emphasis,
   * code, links, HTML or a heading escaped with a backslash, and so is an {@code &} that would
   * start an entity. Commonmark reads the result back as the collapsed text. It never starts a line
   * of a generated file (a label or a marker always comes first), so it cannot start a block.
   */
  public static String inline(String s) {
    String t = WHITESPACE.matcher(s).replaceAll(" ").strip();
    return INLINE_SPECIAL.matcher(t).replaceAll("\\\\$0");
  }

  /**
   * A block of prose kept as Markdown, escaped only where commonmark would read it as more than the
   * body of one section: a backslash goes before the marker of every heading in it (ATX or setext),
   * of every bullet item that reads as a step annotation ({@code - kind: tool}), and of every block
   * that would run past its end (an unclosed fence or HTML block). Each round parses the text with
   * commonmark and escapes what it finds, until nothing is left; in the worst case, after as many
   * rounds as the text has lines, the text becomes a fenced code block that no line of it can
   * close. The result, followed by a blank line and anything else, parses as the same blocks as on
   * its own.
   */
  public static String block(String s) {
    String text = s.replace("\r\n", "\n").replace('\r', '\n').strip();
    if (text.isEmpty()) {
      return text;
    }
    List<StringBuilder> lines = new ArrayList<>();
    for (String line : text.split("\n", -1)) {
      lines.add(new StringBuilder(line));
    }
    for (int round = 0; round <= lines.size() + 1; round++) {
      String current = join(lines);
      NavigableSet<long[]> escapes = problems(current, lines.size());
      if (escapes.isEmpty()) {
        return current;
      }
      // from the end, so that an insertion does not move the ones before it
      for (long[] at : escapes.descendingSet()) {
        StringBuilder line = lines.get((int) at[0]);
        int c = (int) Math.min(at[1], line.length());
        while (c < line.length() && (line.charAt(c) == ' ' || line.charAt(c) == '\t')) {
          c++;
        }
        line.insert(c, '\\');
      }
    }
    return fenced(text);
  }

  /**
   * The places to escape, as (line, column) pairs: the first line of a block that would run past
   * the text, the marker line of each heading, and each bullet item that reads as an annotation.
   */
  private static NavigableSet<long[]> problems(String text, int lineCount) {
    TreeSet<long[]> out =
        new TreeSet<>((a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(a[1], b[1]));
    Document doc = (Document) MARKDOWN.parse(text + "\n\n" + SENTINEL);
    int sentinelLine = lineCount + 1;
    Node last = doc.getLastChild();
    boolean swallowed =
        !(last instanceof Paragraph
            && last.getFirstChild() instanceof Text
            && SENTINEL.equals(((Text) last.getFirstChild()).getLiteral())
            && first(last).getLineIndex() == sentinelLine);
    Node culprit = null;
    // a walk of every block, first to last, without recursion
    Node n = doc.getFirstChild();
    while (n != null) {
      if (n instanceof Block && (swallowed || n != last)) {
        if (swallowed && covers(n, sentinelLine)) {
          culprit = n; // the deepest block that holds the line after the text
        }
        if (n instanceof Heading) {
          List<SourceSpan> spans = n.getSourceSpans();
          SourceSpan marker = spans.get(spans.size() - 1); // the # line, or the underline
          if (marker.getLineIndex() < lineCount) {
            out.add(new long[] {marker.getLineIndex(), marker.getColumnIndex()});
          }
        }
        if (n instanceof ListItem
            && n.getParent() instanceof BulletList
            && n.getParent().getParent() == doc
            && n.getFirstChild() instanceof Paragraph
            && Annotations.isAnnotation(plainText(n.getFirstChild()))) {
          SourceSpan marker = first(n);
          out.add(new long[] {marker.getLineIndex(), marker.getColumnIndex()});
        }
      }
      n = next(n, doc);
    }
    if (culprit != null && first(culprit).getLineIndex() < lineCount) {
      SourceSpan start = first(culprit);
      out.add(new long[] {start.getLineIndex(), start.getColumnIndex()});
    }
    return out;
  }

  /** The next node of a pre-order walk of {@code root}, or null. */
  private static Node next(Node n, Node root) {
    if (n.getFirstChild() != null && n instanceof Block) {
      return n.getFirstChild();
    }
    while (n != root) {
      if (n.getNext() != null) {
        return n.getNext();
      }
      n = n.getParent();
    }
    return null;
  }

  /**
   * The first source span of a block: the parser records spans for every block ({@link
   * IncludeSourceSpans#BLOCKS}), and commonmark has no span for "no line" (the line index of a span
   * cannot be negative).
   */
  private static SourceSpan first(Node n) {
    return n.getSourceSpans().get(0);
  }

  private static boolean covers(Node n, int line) {
    for (SourceSpan s : n.getSourceSpans()) {
      if (s.getLineIndex() == line) {
        return true;
      }
    }
    return false;
  }

  /** The literal text of a block's inline content. */
  private static String plainText(Node block) {
    StringBuilder sb = new StringBuilder();
    Node n = block.getFirstChild();
    while (n != null) {
      if (n instanceof Text) {
        sb.append(((Text) n).getLiteral());
      } else if (n instanceof Code) {
        sb.append(((Code) n).getLiteral());
      } else if (n instanceof HtmlInline) {
        sb.append(((HtmlInline) n).getLiteral());
      } else if (n instanceof SoftLineBreak || n instanceof HardLineBreak) {
        sb.append('\n');
      }
      if (n.getFirstChild() != null) {
        n = n.getFirstChild();
        continue;
      }
      while (n != block && n.getNext() == null) {
        n = n.getParent();
      }
      n = n == block ? null : n.getNext();
    }
    return sb.toString();
  }

  private static String join(List<StringBuilder> lines) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < lines.size(); i++) {
      if (i > 0) {
        sb.append('\n');
      }
      sb.append(lines.get(i));
    }
    return sb.toString();
  }

  /** {@code text} as a fenced code block whose fence is longer than any backtick run in it. */
  private static String fenced(String text) {
    int longest = 2;
    Matcher m = BACKTICKS.matcher(text);
    while (m.find()) {
      longest = Math.max(longest, m.end() - m.start());
    }
    String fence = "`".repeat(longest + 1);
    return fence + "\n" + text + "\n" + fence;
  }
}
