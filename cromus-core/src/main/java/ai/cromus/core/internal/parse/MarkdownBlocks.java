package ai.cromus.core.internal.parse;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.regex.Pattern;
import org.commonmark.node.Block;
import org.commonmark.node.Code;
import org.commonmark.node.Document;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;

/** What the SOP reader asks of commonmark's blocks: their text, position and nature. */
final class MarkdownBlocks {
  /**
   * A paragraph that is a table row ({@code | a | b |}): commonmark, as Cromus uses it, reads a
   * table as a paragraph.
   */
  private static final Pattern TABLE_ROW = Pattern.compile("^[ \\t]*+\\|");

  private MarkdownBlocks() {}

  /**
   * Whether a block under a step heading is something the text of a procedure step is not made of:
   * code (fenced or indented), HTML, a thematic break, a heading below the step's, or a table.
   */
  static boolean notProcedure(Node n, String[] lines) {
    return n instanceof FencedCodeBlock
        || n instanceof IndentedCodeBlock
        || n instanceof HtmlBlock
        || n instanceof ThematicBreak
        || n instanceof Heading
        || (n instanceof Paragraph && TABLE_ROW.matcher(rawText(n, lines)).find());
  }

  static boolean hasLevel2Heading(Document doc) {
    for (Node n = doc.getFirstChild(); n != null; n = n.getNext()) {
      if (n instanceof Heading && ((Heading) n).getLevel() == 2) {
        return true;
      }
    }
    return false;
  }

  /** The block at or before {@code n} among its siblings, or null. */
  static Node lastBlock(Node n) {
    while (n != null && !(n instanceof Block)) {
      n = n.getPrevious();
    }
    return n;
  }

  static void appendRaw(StringBuilder sb, Node n, String[] lines) {
    appendLine(sb, rawText(n, lines).strip());
  }

  static void appendLine(StringBuilder sb, String text) {
    if (text.isEmpty()) {
      return;
    }
    if (sb.length() > 0) {
      sb.append("\n\n");
    }
    sb.append(text);
  }

  /** The source text of a block, exactly as written. */
  static String rawText(Node n, String[] lines) {
    List<SourceSpan> spans = n.getSourceSpans();
    if (spans.isEmpty()) {
      return plainText(n);
    }
    int first = spans.get(0).getLineIndex();
    int last = spans.get(spans.size() - 1).getLineIndex();
    StringBuilder sb = new StringBuilder();
    for (int i = first; i <= last && i < lines.length; i++) {
      if (sb.length() > 0) {
        sb.append('\n');
      }
      sb.append(lines[i]);
    }
    return sb.toString();
  }

  /**
   * The text content of a node (iterative: no recursion on deep trees). Inline HTML is text: it is
   * kept as written, never dropped.
   */
  static String plainText(Node root) {
    Node only = root.getFirstChild();
    if (only instanceof Text text && only.getNext() == null && only.getFirstChild() == null) {
      return text.getLiteral(); // the common case: one run of text
    }
    StringBuilder sb = new StringBuilder();
    Deque<Node> stack = new ArrayDeque<>();
    stack.push(root);
    while (!stack.isEmpty()) {
      Node n = stack.pop();
      if (n instanceof Text text) {
        sb.append(text.getLiteral());
      } else if (n instanceof Code code) {
        sb.append(code.getLiteral());
      } else if (n instanceof HtmlInline htmlInline) {
        sb.append(htmlInline.getLiteral());
      } else if (n instanceof SoftLineBreak || n instanceof HardLineBreak) {
        sb.append('\n');
      }
      for (Node c = n.getLastChild(); c != null; c = c.getPrevious()) {
        stack.push(c);
      }
    }
    return sb.toString();
  }

  /** The 1-based line of a block in the file, {@code off} being the lines before the body. */
  static int line(Node n, int off) {
    List<SourceSpan> spans = n.getSourceSpans();
    return (spans.isEmpty() ? 0 : spans.get(0).getLineIndex()) + 1 + off;
  }

  /** The 1-based column of a block. */
  static int column(Node n) {
    List<SourceSpan> spans = n.getSourceSpans();
    return (spans.isEmpty() ? 0 : spans.get(0).getColumnIndex()) + 1;
  }
}
