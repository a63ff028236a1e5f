package ai.cromus.core.internal.spec;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.commonmark.node.Block;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/** The heading outline of a Markdown text, with each section's blocks and file positions. */
public final class MarkdownOutline {
  private static final Parser PARSER =
      Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS).build();

  /** A heading and the blocks up to the next heading of the same or a higher level. */
  public static final class Section {
    final int level;
    final String title;
    final int line;
    final int column;
    final List<Node> blocks = new ArrayList<>();
    final List<Section> children = new ArrayList<>();

    Section(int level, String title, int line, int column) {
      this.level = level;
      this.title = title;
      this.line = line;
      this.column = column;
    }

    public int level() {
      return level;
    }

    public String title() {
      return title;
    }

    public int line() {
      return line;
    }

    public int column() {
      return column;
    }

    public List<Section> children() {
      return children;
    }

    /** The direct child section with this title (case-insensitive, trimmed), if any. */
    public Optional<Section> child(String title) {
      return children.stream().filter(c -> same(c.title, title)).findFirst();
    }

    /** The items of the first list in this section's own blocks, as plain text. */
    public List<String> listItems() {
      List<String> out = new ArrayList<>();
      for (Node b : blocks) {
        if (b instanceof ListBlock) {
          for (Node i = b.getFirstChild(); i != null; i = i.getNext()) {
            if (i instanceof ListItem) {
              out.add(MarkdownOutline.text(i).strip());
            }
          }
          return out;
        }
      }
      return out;
    }

    /** The plain text of this section's own blocks. */
    public String text() {
      StringBuilder sb = new StringBuilder();
      for (Node b : blocks) {
        sb.append(MarkdownOutline.text(b)).append('\n');
      }
      return sb.toString();
    }

    /** The raw literal of fenced or indented code blocks in this section. */
    public String code() {
      StringBuilder sb = new StringBuilder();
      for (Node b : blocks) {
        if (b instanceof FencedCodeBlock fencedCodeBlock) {
          sb.append(fencedCodeBlock.getLiteral());
        } else if (b instanceof IndentedCodeBlock indentedCodeBlock) {
          sb.append(indentedCodeBlock.getLiteral());
        }
      }
      return sb.toString();
    }
  }

  private final Section root = new Section(0, "", 1, 1);
  private final List<Section> all = new ArrayList<>();

  private MarkdownOutline() {}

  /** Parses {@code body}, whose first line is line {@code firstLine} of the file. */
  public static MarkdownOutline of(String body, int firstLine) {
    MarkdownOutline o = new MarkdownOutline();
    Node doc = PARSER.parse(body);
    List<Section> stack = new ArrayList<>();
    stack.add(o.root);
    for (Node n = doc.getFirstChild(); n != null; n = n.getNext()) {
      if (n instanceof Heading) {
        Heading h = (Heading) n;
        int line = firstLine;
        int column = 1;
        List<SourceSpan> spans = h.getSourceSpans();
        if (!spans.isEmpty()) {
          line = firstLine + spans.get(0).getLineIndex();
          column = spans.get(0).getColumnIndex() + 1;
        }
        Section s = new Section(h.getLevel(), text(h).strip(), line, column);
        while (stack.size() > 1 && stack.get(stack.size() - 1).level >= h.getLevel()) {
          stack.remove(stack.size() - 1);
        }
        stack.get(stack.size() - 1).children.add(s);
        stack.add(s);
        o.all.add(s);
      } else {
        stack.get(stack.size() - 1).blocks.add(n);
      }
    }
    return o;
  }

  /** Every heading, in document order. */
  public List<Section> headings() {
    return all;
  }

  /** Headings of one level, in order. */
  public List<Section> level(int level) {
    List<Section> out = new ArrayList<>();
    for (Section s : all) {
      if (s.level == level) {
        out.add(s);
      }
    }
    return out;
  }

  static boolean same(String a, String b) {
    return a.strip().equalsIgnoreCase(b.strip());
  }

  /** The plain text of a node: its text and code literals, blocks separated by new lines. */
  public static String text(Node node) {
    StringBuilder sb = new StringBuilder();
    collect(node, sb, 0);
    return sb.toString();
  }

  private static void collect(Node node, StringBuilder sb, int depth) {
    if (depth > 200) {
      return;
    }
    if (node instanceof Text text) {
      sb.append(text.getLiteral());
    } else if (node instanceof Code code) {
      sb.append(code.getLiteral());
    }
    for (Node c = node.getFirstChild(); c != null; c = c.getNext()) {
      collect(c, sb, depth + 1);
      if (c instanceof Block) {
        sb.append('\n');
      }
    }
  }
}
