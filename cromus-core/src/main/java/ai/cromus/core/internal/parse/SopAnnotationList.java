package ai.cromus.core.internal.parse;

import static ai.cromus.core.internal.parse.MarkdownBlocks.appendLine;
import static ai.cromus.core.internal.parse.MarkdownBlocks.appendRaw;
import static ai.cromus.core.internal.parse.MarkdownBlocks.column;
import static ai.cromus.core.internal.parse.MarkdownBlocks.line;
import static ai.cromus.core.internal.parse.MarkdownBlocks.plainText;
import static ai.cromus.core.internal.parse.MarkdownBlocks.rawText;

import ai.cromus.core.diagnostic.CoreRule;
import ai.cromus.core.diagnostic.Diagnostic;
import ai.cromus.core.diagnostic.ImmutableDiagnostic;
import ai.cromus.core.diagnostic.Severity;
import ai.cromus.core.diagnostic.SourceLocation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import org.commonmark.node.BulletList;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;

/**
 * The blocks under a step heading: a bullet list with at least one known {@code key: value} item is
 * the step's annotations (each read by its handler); anything else is instructions.
 *
 * @param lines the lines of the SOP's body
 * @param off the lines before the body (front matter)
 */
// Error Prone: never compared or hashed; lines is the parser's own buffer, shared, not copied
@SuppressWarnings("ArrayRecordComponent")
record SopAnnotationList(String[] lines, int off, String source, List<Diagnostic> diags) {

  /** Reads one block under a step heading into {@code d}: annotations, or instructions. */
  void absorb(SopDraft d, Node n) {
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
          item(d, items.get(k), pairs.get(k), keys.get(k), seen);
        }
        return;
      }
    }
    appendRaw(d.instructions, n, lines);
  }

  /** One item of an annotation list: {@code key} is its canonical key, or null when unknown. */
  private void item(SopDraft d, ListItem item, String[] kv, String key, Set<String> seen) {
    SourceLocation at = SourceLocation.of(source, line(item, off), column(item));
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
      return;
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
      notRead(nested, kv[0], key);
      listItems = null;
      if (kv[1].isEmpty()) {
        return; // nothing else to read
      }
    }
    boolean ok = Annotations.apply(key, kv[1], listItems, at, d.b, d.pending, diags);
    d.kindDeclared |= ok && key.equals("kind");
    d.hasTools |= key.equals("tools");
    d.hasApprover |= key.equals("approver");
  }

  /** Warns that the text nested under an annotation is not read. */
  private void notRead(Node nested, String rawKey, String key) {
    diags.add(
        ImmutableDiagnostic.copyOf(
                Diagnostic.of(
                    CoreRule.ANNOTATION_VALUE,
                    SourceLocation.of(source, line(nested, off), column(nested)),
                    "The text nested under '" + rawKey.strip() + ":' is not read.",
                    Annotations.LIST_KEYS.contains(key)
                        ? "Nest a list of one item per line, or write "
                            + Annotations.LIST_FORMS.substring(2)
                            + "."
                        : "Write the value after the colon, and move other text out of"
                            + " the annotation list into the step's instructions."))
            .withSeverity(Severity.WARNING));
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
    Matcher m = Annotations.ANNOTATION.matcher(text);
    if (!m.matches()) {
      return null;
    }
    return new String[] {m.group("key"), m.group("value").replace('\n', ' ').strip()};
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
}
