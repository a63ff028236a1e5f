package ai.cromus.core.internal.parse;

import static ai.cromus.core.internal.parse.MarkdownBlocks.appendRaw;
import static ai.cromus.core.internal.parse.MarkdownBlocks.hasLevel2Heading;
import static ai.cromus.core.internal.parse.MarkdownBlocks.lastBlock;
import static ai.cromus.core.internal.parse.MarkdownBlocks.line;
import static ai.cromus.core.internal.parse.MarkdownBlocks.notProcedure;
import static ai.cromus.core.internal.parse.MarkdownBlocks.plainText;
import static ai.cromus.core.internal.parse.MarkdownBlocks.rawText;

import ai.cromus.core.Limits;
import ai.cromus.core.diagnostic.CoreRule;
import ai.cromus.core.diagnostic.Diagnostic;
import ai.cromus.core.diagnostic.SourceLocation;
import ai.cromus.core.workflow.ImmutableWorkflow;
import ai.cromus.core.workflow.Parsed;
import ai.cromus.core.workflow.SourceFormat;
import ai.cromus.core.workflow.Workflow;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.Document;
import org.commonmark.node.Heading;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Reads SOPs in Markdown, annotated or plain, as docs/sop-format.md describes. The Markdown is
 * parsed by commonmark, with source spans for blocks.
 */
final class SopParser {
  /** Commonmark, as it is, with block source spans (immutable and thread-safe: one for all). */
  private static final Parser MARKDOWN =
      Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS).build();

  // Every expression here sees user text and is linear in it: they are anchored (matches, or ^
  // without MULTILINE), their pieces are disjoint and their quantifiers possessive.

  /** The marker of a numbered list item at the start of its text. */
  private static final Pattern LIST_MARKER = Pattern.compile("^\\s*+\\d{1,9}+[.)]\\s*+");

  /**
   * A numbered step heading. A step number is 1 to 6 digits followed by {@code .} or {@code )} and
   * white space ({@code 3. Title}, {@code 3) Title}, optionally then a dash or colon: {@code 3. —
   * Title}); after the word {@code Step} the number may also be followed by a dash or a colon, or
   * by white space alone ({@code Step 3 — Title}, {@code Step 3: Title}, {@code Step 3 Title}).
   * Anything else is title: {@code 3D render}, {@code 24h follow-up}, {@code 1.5x upscale}.
   */
  private static final Pattern STEP_NUMBER =
      Pattern.compile(
          "(?<n>\\d{1,6}+)[.)]\\s++(?:[-—–:]\\s++)?+(?<title>.*+)"
              + "|step\\s++(?<sn>\\d{1,6}+)(?:\\s*+[.):\\-—–]\\s*+|\\s++)(?<stitle>.*+)",
          Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

  /** Framing tokens added to every estimated prompt (system prompt and chat framing). */
  static final int FRAMING_TOKENS = 100;

  private final Limits limits;
  private final SopFrontMatter frontMatter;

  SopParser(Limits limits, SourceTrees trees) {
    this.limits = limits;
    this.frontMatter = new SopFrontMatter(trees);
  }

  Parsed<Workflow> parse(String source, String raw) {
    List<Diagnostic> diags = new ArrayList<>();
    ImmutableWorkflow.Builder wf = Workflow.builder().source(source);
    String text = TextInput.normalize(raw, source, limits, diags);
    if (text == null) {
      return Parsed.of(wf.name(fallbackName(source)).format(SourceFormat.SOP).build(), diags);
    }
    if (text.isBlank()) {
      diags.add(
          Diagnostic.of(
              CoreRule.INPUT_EMPTY,
              SourceLocation.start(source),
              "The SOP is empty.",
              "Write a title and at least one step."));
      return Parsed.of(wf.name(fallbackName(source)).format(SourceFormat.SOP).build(), diags);
    }
    SopFrontMatter.Result fm = frontMatter.split(text, source, diags);
    Document doc = (Document) MARKDOWN.parse(fm.body);
    checkNesting(doc, source, fm.bodyLineOffset, diags);
    Blocks read = new Blocks(fm, doc, source, diags);
    read.readAll();
    List<SopDraft> drafts = read.drafts;
    if (drafts.size() > limits.maxSteps()) {
      SopDraft first = drafts.get(limits.maxSteps());
      diags.add(
          Diagnostic.of(
              CoreRule.INPUT_TOO_MANY_STEPS,
              SourceLocation.of(source, first.line, 1),
              "The SOP has "
                  + drafts.size()
                  + " steps; the limit is "
                  + limits.maxSteps()
                  + ". Steps from here on are not read.",
              "Split the workflow, or raise Limits.maxSteps."));
      drafts = new ArrayList<>(drafts.subList(0, limits.maxSteps()));
    }
    boolean annotated = fm.present || drafts.stream().anyMatch(d -> d.annotated);
    wf.format(annotated ? SourceFormat.SOP : SourceFormat.PLAIN_SOP);
    checkShape(drafts, annotated, read, source, diags);
    fm.apply(wf, read.title, read.description.toString(), source, diags);
    wf.addAllSteps(SopSteps.finish(drafts, source, diags));
    return Parsed.of(wf.build(), diags);
  }

  /** The top-level blocks of an SOP's body, read in order into a title, a description and steps. */
  private static final class Blocks {
    final String[] lines;
    final int off;
    final Document doc;
    final String source;
    final List<Diagnostic> diags;
    final boolean headingSteps;
    final SopAnnotationList annotations;
    final List<SopDraft> drafts = new ArrayList<>();
    final StringBuilder description = new StringBuilder();
    String title;
    SopDraft current;
    int ignoredLine = -1;

    Blocks(SopFrontMatter.Result fm, Document doc, String source, List<Diagnostic> diags) {
      this.lines = fm.body.split("\n", -1);
      this.off = fm.bodyLineOffset;
      this.doc = doc;
      this.source = source;
      this.diags = diags;
      this.headingSteps = hasLevel2Heading(doc);
      this.annotations = new SopAnnotationList(lines, off, source, diags);
    }

    void readAll() {
      for (Node n = doc.getFirstChild(); n != null; n = n.getNext()) {
        block(n);
      }
      if (ignoredLine > 0) {
        diags.add(
            Diagnostic.of(
                CoreRule.IGNORED_CONTENT,
                SourceLocation.of(source, ignoredLine, 1),
                "Content before the first step is not part of any step.",
                "Move it under a step, or into the front matter's description."));
      }
    }

    private void block(Node n) {
      if (n instanceof Heading heading
          && heading.getLevel() == 1
          && title == null
          && drafts.isEmpty()) {
        title = plainText(n).strip();
        Headings.check(
            heading, lines, false, title, SourceLocation.of(source, line(n, off), 1), diags);
      } else if (headingSteps && n instanceof Heading heading && heading.getLevel() == 2) {
        current = newDraft(plainText(n).strip(), line(n, off), drafts);
        Headings.check(
            heading,
            lines,
            current.number != null,
            current.title,
            SourceLocation.of(source, line(n, off), 1),
            diags);
      } else if (!headingSteps && n instanceof OrderedList) {
        for (Node item = n.getFirstChild(); item != null; item = item.getNext()) {
          current = listDraft((ListItem) item, lines, off, drafts);
        }
      } else if (current != null && headingSteps) {
        current.notProcedure |= notProcedure(n, lines);
        annotations.absorb(current, n);
      } else if (current != null) {
        appendRaw(current.instructions, n, lines);
      } else if (n instanceof Paragraph) {
        if (description.length() > 0) {
          description.append('\n');
        }
        description.append(rawText(n, lines).strip());
      } else if (ignoredLine < 0) {
        ignoredLine = line(n, off);
      }
    }
  }

  /** Whether the SOP has what an SOP needs: a title, steps, and a shape an SOP has. */
  private static void checkShape(
      List<SopDraft> drafts,
      boolean annotated,
      Blocks read,
      String source,
      List<Diagnostic> diags) {
    int lineOffset = read.off;
    if (!annotated && !drafts.isEmpty()) {
      diags.add(
          Diagnostic.of(
              CoreRule.PLAIN_SOP,
              SourceLocation.start(source),
              "This is a plain SOP: "
                  + drafts.size()
                  + " steps were inferred from its "
                  + (read.headingSteps ? "level-2 headings" : "numbered list")
                  + ".",
              "Add front matter and '- key: value' annotations to pin down kinds, sizes and models."));
    }
    if (!annotated && read.headingSteps && !drafts.isEmpty()) {
      notAnSop(drafts, source, diags);
    }
    if (read.title == null) {
      diags.add(
          Diagnostic.of(
              CoreRule.NO_TITLE,
              SourceLocation.of(source, 1 + lineOffset, 1),
              "The SOP has no level-1 title.",
              "Start the SOP with '# Title'."));
    }
    if (drafts.isEmpty()) {
      diags.add(
          Diagnostic.of(
              CoreRule.NO_STEPS,
              SourceLocation.of(source, 1 + lineOffset, 1),
              "No steps were found.",
              "Write each step as a '## 1. Title' heading, or as an item of a numbered list."));
    }
  }

  /**
   * Warns when a document read as a plain SOP from its level-2 headings does not look like one:
   * none of its step headings is numbered, and at least half of its sections hold code, tables,
   * HTML or sub-headings (a README, a design note). An SOP has front matter, {@code ## 1. Title}
   * steps with {@code - key: value} annotations, a plain numbered list, or level-2 headings with
   * prose under them; each of those is left alone.
   */
  private static void notAnSop(List<SopDraft> drafts, String source, List<Diagnostic> diags) {
    int odd = 0;
    for (SopDraft d : drafts) {
      if (d.number != null) {
        return;
      }
      odd += d.notProcedure ? 1 : 0;
    }
    if (2 * odd < drafts.size()) {
      return;
    }
    diags.add(
        Diagnostic.of(
            CoreRule.NOT_AN_SOP,
            SourceLocation.of(source, drafts.get(0).line, 1),
            "This does not look like an SOP: it has no front matter, no annotations and no numbered"
                + " steps, and "
                + odd
                + " of its "
                + drafts.size()
                + " level-2 sections hold code, tables, HTML or sub-headings; each section was"
                + " read as a step.",
            "Cromus expects an SOP: front matter, '## 1. Title' steps with '- key: value'"
                + " annotations, a plain numbered list of steps, or '## ' headings with the"
                + " step's prose under each (see docs/sop-format.md). Number or annotate the"
                + " steps if this is an SOP."));
  }

  private static SopDraft newDraft(String heading, int line, List<SopDraft> drafts) {
    SopDraft d = new SopDraft();
    String[] numbered = stepNumber(heading);
    if (numbered != null && !numbered[1].isBlank()) {
      d.number = Integer.valueOf(numbered[0]);
      d.title = numbered[1].strip();
    } else {
      d.title = heading.isEmpty() ? "Step " + (drafts.size() + 1) : heading;
    }
    d.line = line;
    d.column = 1;
    drafts.add(d);
    return d;
  }

  /** The number and the title of a numbered step heading, or null (see {@link #STEP_NUMBER}). */
  static String[] stepNumber(String heading) {
    Matcher m = STEP_NUMBER.matcher(heading);
    if (!m.matches()) {
      return null;
    }
    return m.group("n") != null
        ? new String[] {m.group("n"), m.group("title")}
        : new String[] {m.group("sn"), m.group("stitle")};
  }

  private static SopDraft listDraft(ListItem item, String[] lines, int off, List<SopDraft> drafts) {
    SopDraft d = new SopDraft();
    String all = rawText(item, lines);
    // drop the list marker of the first line
    all = LIST_MARKER.matcher(all).replaceFirst("");
    String firstPara = item.getFirstChild() == null ? "" : plainText(item.getFirstChild());
    String firstLine = firstPara.strip();
    int nl = firstLine.indexOf('\n');
    if (nl >= 0) {
      firstLine = firstLine.substring(0, nl);
    }
    d.title = titleOf(firstLine);
    d.number = drafts.size() + 1;
    d.line = line(item, off);
    d.column = 1;
    d.instructions.append(all.strip());
    drafts.add(d);
    return d;
  }

  /** A title from a sentence: its first clause, at most 80 characters. */
  static String titleOf(String sentence) {
    String s = sentence.strip();
    int end = s.length();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if ((c == '.' || c == ':' || c == ';' || c == '!' || c == '?')
          && (i + 1 == s.length() || Character.isWhitespace(s.charAt(i + 1)))) {
        end = i;
        break;
      }
    }
    s = s.substring(0, end).strip();
    if (s.length() > 60) {
      int comma = s.indexOf(", ", 20);
      if (comma > 0 && comma <= 60) {
        s = s.substring(0, comma);
      } else {
        int cut = s.lastIndexOf(' ', 60);
        s = s.substring(0, cut > 20 ? cut : 60);
      }
    }
    return s.isEmpty() ? sentence.strip() : s;
  }

  /**
   * Reports nesting deeper than the limit (lists and quotes): the first block too deep in a walk of
   * the blocks from the last child to the first, without recursion or allocation.
   */
  private void checkNesting(Document doc, String source, int off, List<Diagnostic> diags) {
    Node n = doc;
    int depth = 0;
    while (true) {
      if (depth > limits.maxNesting()) {
        diags.add(
            Diagnostic.of(
                CoreRule.INPUT_TOO_DEEP,
                SourceLocation.of(source, line(n, off), 1),
                "Lists or quotes nest deeper than "
                    + limits.maxNesting()
                    + " levels; the deeper"
                    + " levels are read as plain text of their step.",
                "Flatten the nesting."));
        return;
      }
      Node child = lastBlock(n.getLastChild());
      if (child != null) {
        n = child;
        depth++;
        continue;
      }
      while (true) {
        if (n == doc) {
          return;
        }
        Node before = lastBlock(n.getPrevious());
        if (before != null) {
          n = before;
          break;
        }
        n = n.getParent();
        depth--;
      }
    }
  }

  static String fallbackName(String source) {
    String s = source.replace('\\', '/');
    s = s.substring(s.lastIndexOf('/') + 1);
    int dot = s.lastIndexOf('.');
    if (dot > 0) {
      s = s.substring(0, dot);
    }
    String slug = Slug.of(s, 64);
    return slug.isEmpty() ? "workflow" : slug;
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
