package ai.cromus.core.internal.parse;

import java.util.List;
import org.commonmark.node.BulletList;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Document;
import org.commonmark.node.Heading;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.InlineParser;
import org.commonmark.parser.InlineParserContext;
import org.commonmark.parser.InlineParserFactory;
import org.commonmark.parser.Parser;
import org.commonmark.parser.SourceLine;
import org.commonmark.parser.SourceLines;

/**
 * The commonmark parse of an SOP's body, with inline parsing only where its result is read.
 *
 * <p>The SOP reader reads the inline content of a few blocks (headings and the first paragraph of a
 * list item) and takes every other block as its source lines. More than half of commonmark's parse
 * of a typical SOP is inline parsing. So the body is first parsed with an inline parser that
 * settles the one case whose answer is certain without parsing: one line that commonmark reads as
 * literal text (see {@link #literal}) becomes one {@link Text} node holding the line without its
 * trailing spaces and tabs, which is exactly what commonmark makes of it. Any other block gets a
 * {@link Deferred} marker instead of its inlines. A body with markup anywhere is parsed by
 * commonmark alone, once; so is a body where a block the reader reads holds a marker (a line of
 * plain text over several lines), after the first parse: the reader never sees a tree that differs
 * from commonmark's where it looks. Commonmark offers no public way to run its own inline parser on
 * one block, so the fallback is a whole parse. Both parsers are built once and shared (commonmark
 * parsers are immutable and thread-safe).
 */
final class SopMarkdown {
  /**
   * The characters commonmark 0.32's inline parser acts on: the emphasis delimiters, the triggers
   * of its inline content parsers (backslash, backtick, entity, autolink and HTML), the link and
   * image brackets, the line break, and NUL (its scanner's end of input; the block parser replaces
   * NUL before, so this is only a guard). {@code SopMarkdownTest} checks the fast path against
   * commonmark's own parse, so an upgrade that adds one fails the build.
   */
  static final String SPECIAL = "*_\\`&<[]!\n\0";

  private static final boolean[] IS_SPECIAL = new boolean[128];

  static {
    for (int i = 0; i < SPECIAL.length(); i++) {
      IS_SPECIAL[SPECIAL.charAt(i)] = true;
    }
  }

  /** Commonmark with its own inline parser. */
  static final Parser FULL = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS).build();

  /** Commonmark with inline parsing of plain lines only. */
  static final Parser FAST =
      Parser.builder()
          .includeSourceSpans(IncludeSourceSpans.BLOCKS)
          .inlineParserFactory(new PlainLines())
          .build();

  private SopMarkdown() {}

  /** Marks a block whose inline content was not parsed. */
  static final class Deferred extends CustomNode {}

  /**
   * The body parsed, with the inline content of every block the SOP reader reads exactly as
   * commonmark's own parser gives it.
   */
  static Document parse(String body) {
    if (!literal(body, true)) {
      return (Document) FULL.parse(body); // markup somewhere: one parse, commonmark's
    }
    Document doc = (Document) FAST.parse(body);
    return readsDeferred(doc) ? (Document) FULL.parse(body) : doc;
  }

  /**
   * Whether a block the SOP reader reads the inlines of holds a marker: a heading at the top level,
   * or the first block of an item of a list at the top level. (The reader reads a subset of these.)
   */
  static boolean readsDeferred(Document doc) {
    for (Node n = doc.getFirstChild(); n != null; n = n.getNext()) {
      if (n instanceof Heading) {
        if (deferred(n)) {
          return true;
        }
      } else if (n instanceof BulletList || n instanceof OrderedList) {
        for (Node item = n.getFirstChild(); item != null; item = item.getNext()) {
          if (item instanceof ListItem
              && item.getFirstChild() != null
              && deferred(item.getFirstChild())) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static boolean deferred(Node block) {
    Node first = block.getFirstChild();
    return first instanceof Deferred;
  }

  /**
   * Whether commonmark's inline parser reads {@code s} as literal text: it holds none of the {@link
   * #SPECIAL} characters, except two uses that commonmark leaves as they are. A run of underscores
   * between two ASCII letters or digits can neither open nor close emphasis ({@code legal_line}). A
   * bare {@code []} (no other bracket in the text, not after {@code !} and not before {@code (} or
   * {@code [}) is no link: a link label needs a non-blank character, and an inline link or a full
   * reference needs what follows. Line breaks are allowed when {@code newlines} is true (the whole
   * body, before it is split into blocks).
   */
  static boolean literal(CharSequence s, boolean newlines) {
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c >= 128 || !IS_SPECIAL[c]) {
        continue;
      }
      if (c == '\n' && newlines) {
        continue;
      }
      if (c == '_') {
        int end = i;
        while (end < n && s.charAt(end) == '_') {
          end++;
        }
        if (i == 0 || end == n || !asciiAlnum(s.charAt(i - 1)) || !asciiAlnum(s.charAt(end))) {
          return false;
        }
        i = end - 1;
        continue;
      }
      if (c == '['
          && i + 1 < n
          && s.charAt(i + 1) == ']'
          && (i == 0 || s.charAt(i - 1) != '!')
          && (i + 2 == n || (s.charAt(i + 2) != '(' && s.charAt(i + 2) != '['))) {
        i++;
        continue;
      }
      return false;
    }
    return true;
  }

  private static boolean asciiAlnum(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  /**
   * The inline content commonmark makes of one line read as literal text: one text node, without
   * the trailing spaces and tabs (commonmark trims both at the end of the last line). Null when the
   * content is not one such line.
   */
  static String plainLine(SourceLines lines) {
    List<SourceLine> all = lines.getLines();
    if (all.size() != 1) {
      return null;
    }
    CharSequence content = all.get(0).getContent();
    if (!literal(content, false)) {
      return null;
    }
    int end = content.length();
    while (end > 0 && (content.charAt(end - 1) == ' ' || content.charAt(end - 1) == '\t')) {
      end--;
    }
    return content.subSequence(0, end).toString();
  }

  private static final class PlainLines implements InlineParserFactory, InlineParser {
    @Override
    public InlineParser create(InlineParserContext context) {
      return this;
    }

    @Override
    public void parse(SourceLines lines, Node block) {
      if (lines.isEmpty()) {
        return;
      }
      String plain = plainLine(lines);
      if (plain == null) {
        block.appendChild(new Deferred());
        return;
      }
      if (lines.getLines().get(0).getContent().length() == 0) {
        return; // commonmark makes no node of an empty line
      }
      Text text = new Text(plain);
      text.setSourceSpans(lines.getSourceSpans());
      block.appendChild(text);
    }
  }
}
