package ai.cromus.core.internal.parse;

import ai.cromus.core.Limits;
import ai.cromus.core.diagnostic.CoreRule;
import ai.cromus.core.diagnostic.Diagnostic;
import ai.cromus.core.diagnostic.SourceLocation;
import ai.cromus.core.internal.text.Texts;
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
import java.util.regex.Pattern;
import org.commonmark.node.Block;
import org.commonmark.node.BulletList;
import org.commonmark.node.Document;
import org.commonmark.node.Heading;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;

/**
 * Reads SOPs in Markdown, annotated or plain, as SOP-FORMAT.md describes. The Markdown is parsed by
 * {@link SopMarkdown}: commonmark, with inline parsing only where it is read.
 */
final class SopParser {
  private static final Pattern LIST_MARKER = Pattern.compile("^\\s*\\d{1,9}[.)]\\s*");

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
    Document doc = SopMarkdown.parse(body);
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

  /**
   * The number and the rest of a numbered step heading ({@code 3. Title}, {@code Step 3 — Title},
   * {@code 3) Title}), or null: an optional {@code step} and spaces, 1 to 6 digits, spaces, one of
   * {@code . ) : - — –}, spaces, one of {@code - — – :} and spaces, then the rest.
   */
  static String[] stepNumber(String heading) {
    int n = heading.length();
    int i = 0;
    if (n > 4
        && heading.regionMatches(true, 0, "step", 0, 4)
        && Texts.isRegexSpace(heading.charAt(4))) {
      int j = 5;
      while (j < n && Texts.isRegexSpace(heading.charAt(j))) {
        j++;
      }
      if (j < n && Texts.isAsciiDigit(heading.charAt(j))) {
        i = j;
      }
    }
    int start = i;
    while (i < n && i - start < 6 && Texts.isAsciiDigit(heading.charAt(i))) {
      i++;
    }
    if (i == start) {
      return null;
    }
    String number = heading.substring(start, i);
    i = spaces(heading, i);
    if (i < n && ".):-—–".indexOf(heading.charAt(i)) >= 0) {
      i = spaces(heading, i + 1);
    }
    if (i < n && "-—–:".indexOf(heading.charAt(i)) >= 0) {
      i = spaces(heading, i + 1);
    }
    return new String[] {number, heading.substring(i)};
  }

  private static int spaces(String s, int i) {
    while (i < s.length() && Texts.isRegexSpace(s.charAt(i))) {
      i++;
    }
    return i;
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
          if (key.equals("kind")) {
            d.kindDeclared = true;
          }
          if (key.equals("tools")) {
            d.hasTools = true;
          }
          if (key.equals("approver")) {
            d.hasApprover = true;
          }
          boolean ok = Annotations.apply(key, kv[1], at, d.b, d.pending, diags);
          if (!ok && key.equals("kind")) {
            d.kindDeclared = false;
          }
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

  /** {@link #keyValue(ListItem)} on the item's text. */
  static String[] keyValue(String text) {
    int n = text.length();
    if (n == 0 || !Texts.isAsciiLetter(text.charAt(0))) {
      return null;
    }
    int i = 1;
    while (i < n && i < 31 && keyChar(text.charAt(i))) {
      i++;
    }
    if (i == n || text.charAt(i) != ':') {
      return null;
    }
    String value = text.substring(i + 1).replace('\n', ' ').strip();
    return new String[] {text.substring(0, i), value};
  }

  private static boolean keyChar(char c) {
    return Texts.isAsciiLetter(c) || c == ' ' || c == '_' || c == '-';
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
    if (ai.cromus.core.internal.text.Texts.isDigits(r, 1, 6)) {
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
      if (n instanceof SopMarkdown.Deferred) {
        throw new IllegalStateException("inline content read but not parsed");
      }
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
