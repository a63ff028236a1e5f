package ai.cromus.core.internal.yaml;

import java.util.Locale;
import java.util.Optional;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * A YAML block found in a Markdown file, and the one place that finds it: its text, where it
 * starts, and the body after it.
 *
 * <p>{@link #lines} is how Markdown tools read front matter (SOPs, ETHOS.md, MEMORY.md, AGENTS.md):
 * the file opens with a line {@code ---} and the block ends at the next line that is {@code ---} or
 * {@code ...} <em>at column 0</em>. An indented {@code ---} (inside a block scalar, say) is YAML
 * content, never the end. {@link #skillsRef} is how the Agent Skills reference validator splits a
 * SKILL.md, on purpose: its verdict is the one Cromus predicts. {@link #fencedYaml} finds a fenced
 * code block of YAML as commonmark reads it.
 *
 * @param yaml the YAML text
 * @param line 1-based line of the YAML text's first character
 * @param column 1-based column of the YAML text's first character
 * @param body the text after the block
 * @param bodyLine 1-based line where the body starts
 */
public record FrontMatter(String yaml, int line, int column, String body, int bodyLine) {

  /** Why there is no front matter. */
  public enum Failure {
    /** The text does not open with the marker. */
    NOT_STARTED,
    /** The text opens with the marker, but no closing marker follows. */
    NOT_CLOSED
  }

  /** A front matter, or the reason there is none. */
  public record Split(Optional<FrontMatter> frontMatter, Optional<Failure> failure) {
    private static final Split NOT_STARTED =
        new Split(Optional.empty(), Optional.of(Failure.NOT_STARTED));
    private static final Split NOT_CLOSED =
        new Split(Optional.empty(), Optional.of(Failure.NOT_CLOSED));

    static Split of(FrontMatter f) {
      return new Split(Optional.of(f), Optional.empty());
    }

    /** The body line offset: the number of lines before the body (0 without front matter). */
    public int bodyLineOffset() {
      return frontMatter.map(f -> f.bodyLine() - 1).orElse(0);
    }
  }

  private static final Parser MARKDOWN =
      Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS).build();

  /**
   * Front matter as Markdown tools read it: after an optional byte-order mark, a first line {@code
   * ---}, then a closing line {@code ---} or {@code ...} at column 0 (white space may follow either
   * marker). {@link Failure#NOT_CLOSED} when the opening line has no closing line.
   */
  public static Split lines(String text) {
    int start = text.startsWith("\uFEFF") ? 1 : 0;
    int nl = text.indexOf('\n', start);
    int firstEnd = nl < 0 ? text.length() : nl;
    if (!isMarker(text, start, firstEnd, "---")) {
      return Split.NOT_STARTED;
    }
    if (nl < 0) {
      return Split.NOT_CLOSED;
    }
    int pos = nl + 1;
    int line = 2;
    while (pos <= text.length()) {
      int end = text.indexOf('\n', pos);
      int lineEnd = end < 0 ? text.length() : end;
      if (isMarker(text, pos, lineEnd, "---") || isMarker(text, pos, lineEnd, "...")) {
        String yaml = text.substring(nl + 1, pos);
        String body = end < 0 ? "" : text.substring(end + 1);
        return Split.of(new FrontMatter(yaml, 2, 1, body, line + 1));
      }
      if (end < 0) {
        break;
      }
      pos = end + 1;
      line++;
    }
    return Split.NOT_CLOSED;
  }

  /** True when {@code text[from, to)} is {@code marker} at its start, then only white space. */
  private static boolean isMarker(String text, int from, int to, String marker) {
    if (!text.startsWith(marker, from) || from + marker.length() > to) {
      return false;
    }
    for (int i = from + marker.length(); i < to; i++) {
      char c = text.charAt(i);
      if (c != ' ' && c != '\t' && c != '\r') {
        return false;
      }
    }
    return true;
  }

  /**
   * Front matter delimited exactly as the reference validator {@code skills-ref} does it ({@code
   * split("---", 2)}): the text must start with {@code ---}; it is split on the next {@code ---},
   * wherever it is.
   */
  public static Split skillsRef(String text) {
    if (!text.startsWith("---")) {
      return Split.NOT_STARTED;
    }
    int close = text.indexOf("---", 3);
    if (close < 0) {
      return Split.NOT_CLOSED;
    }
    String yaml = text.substring(3, close);
    String body = text.substring(close + 3);
    return Split.of(new FrontMatter(yaml, 1, 4, body, lineOf(text, close + 3)));
  }

  /**
   * The first fenced code block whose info string is {@code yaml} or {@code yml}, as commonmark
   * reads the text (fences of three or more backticks or tildes, indented at most three spaces,
   * closed by a fence at least as long); its body is empty.
   */
  public static Optional<FrontMatter> fencedYaml(String text) {
    Node doc = MARKDOWN.parse(text);
    FencedCodeBlock[] found = new FencedCodeBlock[1];
    doc.accept(
        new AbstractVisitor() {
          @Override
          public void visit(FencedCodeBlock block) {
            if (found[0] == null) {
              String info = block.getInfo() == null ? "" : block.getInfo().strip();
              int space = info.indexOf(' ');
              String lang = (space < 0 ? info : info.substring(0, space)).toLowerCase(Locale.ROOT);
              if (lang.equals("yaml") || lang.equals("yml")) {
                found[0] = block;
              }
            }
          }
        });
    FencedCodeBlock b = found[0];
    if (b == null || b.getSourceSpans().isEmpty()) {
      return Optional.empty();
    }
    int fenceLine = b.getSourceSpans().get(0).getLineIndex() + 1;
    int lastLine = b.getSourceSpans().get(b.getSourceSpans().size() - 1).getLineIndex() + 1;
    return Optional.of(new FrontMatter(b.getLiteral(), fenceLine + 1, 1, "", lastLine + 1));
  }

  /** The 1-based line of a character offset. */
  public static int lineOf(String text, int offset) {
    int line = 1;
    int end = Math.min(offset, text.length());
    for (int i = text.indexOf('\n'); i >= 0 && i < end; i = text.indexOf('\n', i + 1)) {
      line++;
    }
    return line;
  }
}
