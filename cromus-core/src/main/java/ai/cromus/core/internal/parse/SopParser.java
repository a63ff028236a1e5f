package ai.cromus.core.internal.parse;

import ai.cromus.core.Limits;
import ai.cromus.core.diagnostic.CoreRule;
import ai.cromus.core.diagnostic.Diagnostic;
import ai.cromus.core.diagnostic.ImmutableDiagnostic;
import ai.cromus.core.diagnostic.Severity;
import ai.cromus.core.diagnostic.SourceLocation;
import ai.cromus.core.workflow.ImmutableStep;
import ai.cromus.core.workflow.ImmutableWorkflow;
import ai.cromus.core.workflow.Parsed;
import ai.cromus.core.workflow.SourceFormat;
import ai.cromus.core.workflow.SourcePosition;
import ai.cromus.core.workflow.Step;
import ai.cromus.core.workflow.StepKind;
import ai.cromus.core.workflow.TokenCount;
import ai.cromus.core.workflow.Workflow;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.Block;
import org.commonmark.node.BulletList;
import org.commonmark.node.Document;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
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

  /** A step reference by number, as {@code after:} gives it. */
  private static final Pattern STEP_REF = Pattern.compile("\\d{1,6}+");

  /** Framing tokens added to every estimated prompt (system prompt and chat framing). */
  static final int FRAMING_TOKENS = 100;

  private final Limits limits;
  private final SopFrontMatter frontMatter;

  SopParser(Limits limits, SourceTrees trees) {
    this.limits = limits;
    this.frontMatter = new SopFrontMatter(trees);
  }

  /** One step as read, before ids and references are resolved. */
  private static final class Draft {
    final ImmutableStep.Builder b = Step.builder();
    final Annotations.Pending pending = new Annotations.Pending();
    String title;
    Integer number;
    int line;
    int column;
    final StringBuilder instructions = new StringBuilder();
    boolean kindDeclared;
    boolean annotated;
    boolean hasTools;
    boolean hasApprover;

    /** The section holds what a step of a procedure does not: code, a table, HTML, headings. */
    boolean notProcedure;

    Step built;
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
    String body = fm.body;
    int lineOffset = fm.bodyLineOffset;
    String[] lines = body.split("\n", -1);
    Document doc = (Document) MARKDOWN.parse(body);
    checkNesting(doc, source, lineOffset, diags);

    String title = null;
    List<Draft> drafts = new ArrayList<>();
    StringBuilder description = new StringBuilder();
    boolean headingSteps = hasLevel2Heading(doc);
    Draft current = null;
    int ignoredLine = -1;
    for (Node n = doc.getFirstChild(); n != null; n = n.getNext()) {
      int line = line(n, lineOffset);
      if (n instanceof Heading
          && ((Heading) n).getLevel() == 1
          && title == null
          && drafts.isEmpty()) {
        title = plainText(n).strip();
        continue;
      }
      if (headingSteps && n instanceof Heading && ((Heading) n).getLevel() == 2) {
        current = newDraft(plainText(n).strip(), line, drafts, source, diags);
        continue;
      }
      if (!headingSteps && n instanceof OrderedList) {
        for (Node item = n.getFirstChild(); item != null; item = item.getNext()) {
          current =
              listDraft(
                  (ListItem) item, ((OrderedList) n), lines, lineOffset, drafts, source, diags);
        }
        continue;
      }
      if (current != null) {
        if (headingSteps) {
          current.notProcedure |= notProcedure(n, lines);
          absorb(current, n, lines, lineOffset, source, diags);
        } else {
          appendRaw(current.instructions, n, lines);
        }
        continue;
      }
      if (n instanceof Paragraph) {
        if (description.length() > 0) {
          description.append('\n');
        }
        description.append(rawText(n, lines).strip());
      } else if (ignoredLine < 0) {
        ignoredLine = line;
      }
    }
    if (ignoredLine > 0) {
      diags.add(
          Diagnostic.of(
              CoreRule.IGNORED_CONTENT,
              SourceLocation.of(source, ignoredLine, 1),
              "Content before the first step is not part of any step.",
              "Move it under a step, or into the front matter's description."));
    }
    if (drafts.size() > limits.maxSteps()) {
      Draft first = drafts.get(limits.maxSteps());
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
    if (!annotated && !drafts.isEmpty()) {
      diags.add(
          Diagnostic.of(
              CoreRule.PLAIN_SOP,
              SourceLocation.start(source),
              "This is a plain SOP: "
                  + drafts.size()
                  + " steps were inferred from its "
                  + (headingSteps ? "level-2 headings" : "numbered list")
                  + ".",
              "Add front matter and '- key: value' annotations to pin down kinds, sizes and models."));
    }
    if (!annotated && headingSteps && !drafts.isEmpty()) {
      notAnSop(drafts, source, diags);
    }
    if (title == null) {
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
    fm.apply(wf, title, description.toString(), source, diags);
    wf.addAllSteps(finish(drafts, source, diags));
    return Parsed.of(wf.build(), diags);
  }

  /**
   * A paragraph that is a table row ({@code | a | b |}): commonmark, as Cromus uses it, reads a
   * table as a paragraph.
   */
  private static final Pattern TABLE_ROW = Pattern.compile("^[ \\t]*+\\|");

  /**
   * Whether a block under a step heading is something the text of a procedure step is not made of:
   * code (fenced or indented), HTML, a thematic break, a heading below the step's, or a table.
   */
  private static boolean notProcedure(Node n, String[] lines) {
    return n instanceof FencedCodeBlock
        || n instanceof IndentedCodeBlock
        || n instanceof HtmlBlock
        || n instanceof ThematicBreak
        || n instanceof Heading
        || (n instanceof Paragraph && TABLE_ROW.matcher(rawText(n, lines)).find());
  }

  /**
   * Warns when a document read as a plain SOP from its level-2 headings does not look like one:
   * none of its step headings is numbered, and at least half of its sections hold code, tables,
   * HTML or sub-headings (a README, a design note). An SOP has front matter, {@code ## 1. Title}
   * steps with {@code - key: value} annotations, a plain numbered list, or level-2 headings with
   * prose under them; each of those is left alone.
   */
  private static void notAnSop(List<Draft> drafts, String source, List<Diagnostic> diags) {
    int odd = 0;
    for (Draft d : drafts) {
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

  private Draft newDraft(
      String heading, int line, List<Draft> drafts, String source, List<Diagnostic> diags) {
    Draft d = new Draft();
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

  private Draft listDraft(
      ListItem item,
      OrderedList list,
      String[] lines,
      int off,
      List<Draft> drafts,
      String source,
      List<Diagnostic> diags) {
    Draft d = new Draft();
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

  /** Reads one block under a step heading: annotations, or instructions. */
  private void absorb(
      Draft d, Node n, String[] lines, int off, String source, List<Diagnostic> diags) {
    if (n instanceof BulletList) {
      List<ListItem> items = new ArrayList<>();
      List<String[]> pairs = new ArrayList<>();
      List<String> keys = new ArrayList<>();
      boolean anyKnown = false;
      for (Node i = n.getFirstChild(); i != null; i = i.getNext()) {
        items.add((ListItem) i);
        String[] kv = keyValue((ListItem) i);
        pairs.add(kv);
        String key = kv == null ? null : Annotations.canonical(kv[0]);
        keys.add(key);
        anyKnown |= key != null;
      }
      if (anyKnown) {
        Set<String> seen = new HashSet<>();
        for (int k = 0; k < items.size(); k++) {
          ListItem item = items.get(k);
          String[] kv = pairs.get(k);
          int line = line(item, off);
          SourceLocation at = SourceLocation.of(source, line, column(item));
          String key = keys.get(k);
          if (key == null) {
            if (kv != null) {
              String near = Annotations.nearest(kv[0]);
              diags.add(
                  Diagnostic.of(
                      CoreRule.ANNOTATION_KEY,
                      at,
                      "Unknown annotation '" + kv[0].strip() + "'; it is kept as instructions.",
                      near == null
                          ? "Known keys: " + String.join(", ", Annotations.KEYS) + "."
                          : "Did you mean '" + near + "'?"));
            }
            appendLine(d.instructions, rawText(item, lines).strip());
            continue;
          }
          if (!seen.add(key) && !key.equals("tools") && !key.equals("fallback")) {
            diags.add(
                Diagnostic.of(
                    CoreRule.ANNOTATION_DUPLICATE,
                    at,
                    "Annotation '" + key + "' is given twice; the last value wins.",
                    "Keep one '" + key + "'."));
          }
          d.annotated = true;
          Node nested = item.getFirstChild().getNext();
          List<String> listItems = nested == null ? null : nestedItems(nested);
          if (nested != null && (listItems == null || !Annotations.LIST_KEYS.contains(key))) {
            diags.add(
                ImmutableDiagnostic.copyOf(
                        Diagnostic.of(
                            CoreRule.ANNOTATION_VALUE,
                            SourceLocation.of(source, line(nested, off), column(nested)),
                            "The text nested under '" + kv[0].strip() + ":' is not read.",
                            Annotations.LIST_KEYS.contains(key)
                                ? "Nest a list of one item per line, or write "
                                    + Annotations.LIST_FORMS.substring(2)
                                    + "."
                                : "Write the value after the colon, and move other text out of"
                                    + " the annotation list into the step's instructions."))
                    .withSeverity(Severity.WARNING));
            listItems = null;
            if (kv[1].isEmpty()) {
              continue; // nothing else to read
            }
          }
          boolean ok = Annotations.apply(key, kv[1], listItems, at, d.b, d.pending, diags);
          d.kindDeclared |= ok && key.equals("kind");
          d.hasTools |= key.equals("tools");
          d.hasApprover |= key.equals("approver");
        }
        return;
      }
    }
    appendRaw(d.instructions, n, lines);
  }

  /**
   * The key and value of an annotation item, {@code key: value}: a key of up to 31 letters, spaces,
   * underscores and hyphens starting with a letter; or null.
   */
  private static String[] keyValue(ListItem item) {
    Node first = item.getFirstChild();
    if (!(first instanceof Paragraph)) {
      return null;
    }
    return keyValue(plainText(first).strip());
  }

  /**
   * The items of a list nested under an annotation item: the text of each item of {@code block}
   * when it is a list whose items each hold one paragraph, and nothing follows it; else null.
   */
  private static List<String> nestedItems(Node block) {
    if (!(block instanceof BulletList || block instanceof OrderedList) || block.getNext() != null) {
      return null;
    }
    List<String> out = new ArrayList<>();
    for (Node i = block.getFirstChild(); i != null; i = i.getNext()) {
      Node p = i.getFirstChild();
      if (!(p instanceof Paragraph) || p.getNext() != null) {
        return null;
      }
      out.add(plainText(p).replace('\n', ' ').strip());
    }
    return out;
  }

  /** {@link #keyValue(ListItem)} on the item's text. */
  static String[] keyValue(String text) {
    Matcher m = Annotations.ANNOTATION.matcher(text);
    if (!m.matches()) {
      return null;
    }
    return new String[] {m.group("key"), m.group("value").replace('\n', ' ').strip()};
  }

  /** Ids, references, kinds and token estimates, once every step is read. */
  private List<Step> finish(List<Draft> drafts, String source, List<Diagnostic> diags) {
    Set<String> taken = new HashSet<>();
    Map<Integer, String> byNumber = new HashMap<>();
    Map<String, String> bySlug = new HashMap<>();
    // explicit ids first, so that generated ids never steal them
    for (Draft d : drafts) {
      if (d.pending.id != null) {
        if (!taken.add(d.pending.id)) {
          String renamed = Slug.unique(d.pending.id, taken);
          diags.add(
              Diagnostic.of(
                  CoreRule.DUPLICATE_STEP_ID,
                  d.pending.idAt,
                  "Step id '"
                      + d.pending.id
                      + "' is used twice; this step is renamed '"
                      + renamed
                      + "'.",
                  "Give every step its own id."));
          d.pending.id = renamed;
          taken.add(renamed);
        }
      }
    }
    int position = 0;
    for (Draft d : drafts) {
      position++;
      if (d.pending.id == null) {
        String slug = Slug.id(d.title, 6, 48);
        d.pending.id = Slug.unique(slug.isEmpty() ? "step-" + position : slug, taken);
        taken.add(d.pending.id);
      }
      byNumber.putIfAbsent(d.number != null ? d.number : position, d.pending.id);
      byNumber.putIfAbsent(-position, d.pending.id);
      bySlug.putIfAbsent(Slug.of(d.title, 48), d.pending.id);
    }
    // output estimates first: inputs of later steps build on them
    Map<String, Long> outputs = new HashMap<>();
    List<Draft> ordered = new ArrayList<>(drafts);
    String previous = null;
    position = 0;
    for (Draft d : ordered) {
      position++;
      SourcePosition pos = SourcePosition.of(d.line, d.column);
      SourceLocation at = SourceLocation.of(source, d.line, d.column);
      String instructions = d.instructions.toString().strip();
      if (instructions.isEmpty() && !d.annotated) {
        diags.add(
            Diagnostic.of(
                CoreRule.EMPTY_INSTRUCTIONS,
                at,
                "Step '" + d.pending.id + "' has no instructions and no annotations.",
                "Say what the step does, or add annotations such as '- kind: tool'."));
      }
      d.b.id(d.pending.id).title(d.title).instructions(instructions).position(pos);
      if (!d.kindDeclared) {
        StepKind kind;
        String why;
        if (d.hasApprover) {
          kind = StepKind.HUMAN;
          why = "it names an approver";
        } else if (d.hasTools) {
          kind = StepKind.TOOL;
          why = "it names tools";
        } else {
          KindInference.Inferred inf = KindInference.infer(d.title, instructions);
          kind = inf.kind;
          why =
              inf.phrase.isEmpty()
                  ? "no verb of the table matched (confidence low)"
                  : "the verb '" + inf.phrase + "' (confidence " + inf.confidence + ")";
        }
        d.b.kind(kind).kindDeclared(false);
        diags.add(
            Diagnostic.of(
                CoreRule.INFER_KIND,
                at,
                "Step '"
                    + d.pending.id
                    + "' is taken as kind '"
                    + kind.id()
                    + "' from "
                    + why
                    + ".",
                "Add '- kind: " + kind.id() + "' (or the right kind) to pin it down."));
      }
      List<String> deps = new ArrayList<>();
      if (d.pending.afterDeclared) {
        for (String ref : d.pending.after) {
          deps.add(resolve(ref, byNumber, bySlug, taken));
        }
        d.b.dependenciesDeclared(true);
      } else {
        if (previous != null) {
          deps.add(previous);
          diags.add(
              Diagnostic.of(
                  CoreRule.INFER_DEPENDENCY,
                  at,
                  "Step '" + d.pending.id + "' is taken to follow '" + previous + "'.",
                  "Add '- after: ...' with the steps it needs, or '- after: none'."));
        }
        d.b.dependenciesDeclared(false);
      }
      d.b.addAllDependsOn(dedupe(deps));
      previous = d.pending.id;
      Step partial = d.b.build();
      d.built = partial;
      outputs.put(
          partial.id(),
          partial.outputTokens().declared()
              ? partial.outputTokens().tokens()
              : TokenEstimates.output(partial));
    }
    List<Step> steps = new ArrayList<>(drafts.size());
    for (Draft d : ordered) {
      Step s = d.built;
      // the draft's builder still holds every value: set the estimates and build again
      ImmutableStep.Builder b = d.b;
      SourceLocation at = SourceLocation.of(source, d.line, d.column);
      List<String> estimated = new ArrayList<>();
      boolean changed = !s.outputTokens().declared() || !s.inputTokens().declared();
      if (!s.outputTokens().declared()) {
        long out = outputs.get(s.id());
        b.outputTokens(TokenCount.estimated(out, TokenEstimates.outputMethod(s)));
        if (out > 0) {
          estimated.add("output " + out);
        }
      }
      if (!s.inputTokens().declared()) {
        long in = TokenEstimates.input(s, outputs);
        b.inputTokens(TokenCount.estimated(in, TokenEstimates.inputMethod(s)));
        if (in > 0) {
          estimated.add("input " + in);
        }
      }
      if (!estimated.isEmpty()) {
        diags.add(
            Diagnostic.of(
                CoreRule.INFER_TOKENS,
                at,
                "Step '"
                    + s.id()
                    + "' sizes are estimated ("
                    + String.join(" tokens, ", estimated)
                    + " tokens) at "
                    + Sizes.CHARS_PER_TOKEN
                    + " characters per token.",
                "Declare them: '- input: ..., ~N tokens' and '- output: ..., ~N tokens'."));
      }
      steps.add(changed ? b.build() : s);
    }
    return steps;
  }

  private static List<String> dedupe(List<String> deps) {
    return new ArrayList<>(new java.util.LinkedHashSet<>(deps));
  }

  /** A reference as written: a step number, an id, or a title; unresolved refs stay as written. */
  private static String resolve(
      String ref, Map<Integer, String> byNumber, Map<String, String> bySlug, Set<String> ids) {
    String r = ref.strip();
    if (STEP_REF.matcher(r).matches()) {
      String id = byNumber.get(Integer.valueOf(r));
      return id != null ? id : r;
    }
    if (ids.contains(r)) {
      return r;
    }
    String slug = Slug.of(r, 48);
    if (ids.contains(slug)) {
      return slug;
    }
    String bySlugId = bySlug.get(slug);
    return bySlugId != null ? bySlugId : r;
  }

  private static boolean hasLevel2Heading(Document doc) {
    for (Node n = doc.getFirstChild(); n != null; n = n.getNext()) {
      if (n instanceof Heading && ((Heading) n).getLevel() == 2) {
        return true;
      }
    }
    return false;
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

  /** The block at or before {@code n} among its siblings, or null. */
  private static Node lastBlock(Node n) {
    while (n != null && !(n instanceof Block)) {
      n = n.getPrevious();
    }
    return n;
  }

  private static void appendRaw(StringBuilder sb, Node n, String[] lines) {
    appendLine(sb, rawText(n, lines).strip());
  }

  private static void appendLine(StringBuilder sb, String text) {
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

  /** The text content of a node (iterative: no recursion on deep trees). */
  static String plainText(Node root) {
    Node only = root.getFirstChild();
    if (only instanceof Text && only.getNext() == null && only.getFirstChild() == null) {
      return ((Text) only).getLiteral(); // the common case: one run of text
    }
    StringBuilder sb = new StringBuilder();
    Deque<Node> stack = new ArrayDeque<>();
    stack.push(root);
    while (!stack.isEmpty()) {
      Node n = stack.pop();
      if (n instanceof Text) {
        sb.append(((Text) n).getLiteral());
      } else if (n instanceof org.commonmark.node.Code) {
        sb.append(((org.commonmark.node.Code) n).getLiteral());
      } else if (n instanceof org.commonmark.node.SoftLineBreak
          || n instanceof org.commonmark.node.HardLineBreak) {
        sb.append('\n');
      }
      for (Node c = n.getLastChild(); c != null; c = c.getPrevious()) {
        stack.push(c);
      }
    }
    return sb.toString();
  }

  private static int line(Node n, int off) {
    List<SourceSpan> spans = n.getSourceSpans();
    return (spans.isEmpty() ? 0 : spans.get(0).getLineIndex()) + 1 + off;
  }

  private static int column(Node n) {
    List<SourceSpan> spans = n.getSourceSpans();
    return (spans.isEmpty() ? 0 : spans.get(0).getColumnIndex()) + 1;
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
