package ai.cromus.core.internal.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.cromus.core.Cromus;
import ai.cromus.core.WorkflowSource;
import ai.cromus.core.diagnostic.Diagnostic;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Random;
import java.util.stream.LongStream;
import org.commonmark.node.Block;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Document;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The SOP's Markdown parse with inline parsing on demand gives commonmark's own tree wherever it
 * parsed inlines, and the tree the reader gets never holds an unparsed block where the reader
 * looks, so the whole SOP reader never meets one. Seeded random documents mix every block construct
 * with text drawn from all ASCII punctuation, markup, tabs, trailing spaces, NUL and non-ASCII; the
 * seed is in every failure.
 */
class SopMarkdownTest {
  private static final Cromus ENGINE = Cromus.builder().build();
  private static final String[] LINES = {
    "# ",
    "## ",
    "### ",
    "- ",
    "- kind: ",
    "* ",
    "+ ",
    "1. ",
    "2) ",
    "",
    "    ",
    "> ",
    "\t",
    "  - ",
    "   ",
    "",
    ""
  };
  private static final String[] BLOCKS = {
    "",
    "---",
    "===",
    "```",
    "~~~",
    "<div>",
    "</div>",
    "[ref]: /url \"title\"",
    "[x]: /x",
    "***",
    "## closed ##",
    "#",
    "-",
    "1."
  };
  private static final String PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";
  private static final String OTHER = "é—\u00a0😀\0\t";

  /**
   * Near misses of the two literal uses of special characters (intraword underscores, a bare [])
   * and the markup each special character starts.
   */
  private static final String[] TOKENS = {
    "a_b",
    "x__y",
    "_a",
    "a_",
    "a_ b",
    "é_a",
    "1_2",
    "items[]",
    "[]",
    "![]",
    "[](x)",
    "[][x]",
    "[x]",
    "[]]",
    "[[]",
    "a[] b[]",
    "\\[]",
    "_[]_",
    "*em*",
    "**strong**",
    "_em_",
    "`code`",
    "&amp;",
    "<b>",
    "\\*",
    "![i](x)"
  };

  static LongStream seeds() {
    return LongStream.rangeClosed(1, 60);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void theFastTreeIsCommonmarksWhereverItParsedInlines(long seed) {
    Random r = new Random(seed);
    for (int i = 0; i < 200; i++) {
      String doc = document(r);
      String why = "seed " + seed + ", document " + i + ": " + escape(doc);
      Document fast = (Document) SopMarkdown.FAST.parse(doc);
      Document full = (Document) SopMarkdown.FULL.parse(doc);
      sameWhereParsed(fast, full, why);
      Document chosen = SopMarkdown.parse(doc);
      assertFalse(SopMarkdown.readsDeferred(chosen), why);
      sameWhereParsed(chosen, full, why);
      // the whole SOP reader on the same text, as a body and under a step: nothing it reads
      // is left unparsed (that would be an internal error)
      for (String sop : new String[] {doc, "# T\n\n## 1. Step\n" + doc}) {
        for (Diagnostic d : ENGINE.parse(WorkflowSource.sop("g.md", sop)).diagnostics()) {
          assertNotEquals("CROMUS-INTERNAL-ERROR", d.rule(), why + ": " + d);
        }
      }
    }
  }

  @Test
  void aPlainAnnotatedSopIsParsedOnce() {
    String doc =
        "# Refund triage\n\nTriage refund requests.\n\n## 1. Classify the ticket\n"
            + "Read the ticket and decide whether it is a refund request.   \n"
            + "- kind: llm\n- model: claude-sonnet-4-6\n- input: ticket text, ~800 tokens\n\n"
            + "## 2. Approve\nA manager approves refunds above 100 EUR.\n- approver: Finance lead\n"
            + "- after: 1\n";
    Document fast = (Document) SopMarkdown.FAST.parse(doc);
    assertFalse(SopMarkdown.readsDeferred(fast));
    Heading step = (Heading) fast.getFirstChild().getNext().getNext();
    assertEquals("1. Classify the ticket", ((Text) step.getFirstChild()).getLiteral());
    sameWhereParsed(fast, (Document) SopMarkdown.FULL.parse(doc), "plain SOP");
  }

  @Test
  void markupWhereTheReaderLooksIsParsedByCommonmark() {
    for (String doc :
        new String[] {
          "## 1. Check *the* record\nBody.\n",
          "## 1. Check\n- tools: `crm.lookup`\n",
          "1. First line\n   second line\n",
          "## Fees &amp; taxes\n",
          "- kind: llm\\\n"
        }) {
      assertTrue(SopMarkdown.readsDeferred((Document) SopMarkdown.FAST.parse(doc)), doc);
      Document chosen = SopMarkdown.parse(doc);
      assertFalse(SopMarkdown.readsDeferred(chosen), doc);
      sameWhereParsed(chosen, (Document) SopMarkdown.FULL.parse(doc), doc);
    }
  }

  @Test
  void markupTheReaderDoesNotReadStaysUnparsed() {
    String doc = "## 1. Check\nRead the *record* and `keep` it.\nSecond line.\n- kind: code\n";
    Document fast = (Document) SopMarkdown.FAST.parse(doc);
    assertFalse(SopMarkdown.readsDeferred(fast));
    assertSame(
        SopMarkdown.Deferred.class, fast.getFirstChild().getNext().getFirstChild().getClass());
  }

  @Test
  void intrawordUnderscoresAndBareBracketsAreLiteral() {
    for (String doc :
        new String[] {
          "## 1. Check legal_line and x__y\n",
          "- output: JSON {lines[], events[]}, ~40 tokens\n",
          "- a[] b[]\n"
        }) {
      Document fast = (Document) SopMarkdown.FAST.parse(doc);
      assertTrue(SopMarkdown.literal(doc, true), doc);
      assertFalse(SopMarkdown.readsDeferred(fast), doc);
      sameWhereParsed(fast, (Document) SopMarkdown.FULL.parse(doc), doc);
    }
    for (String s :
        new String[] {"_a", "a_", "a_ b", "[x]", "[](x)", "[][x]", "![]", "[]]", "a_\nb"}) {
      assertFalse(SopMarkdown.literal(s, true), s);
    }
  }

  @Test
  void trailingSpacesAndTabsAreTrimmedAsCommonmarkDoes() {
    for (String doc : new String[] {"## a \t \n", "- b\t\n", "c  \t  ", "##    \n", "- \n"}) {
      Document fast = (Document) SopMarkdown.FAST.parse(doc);
      sameWhereParsed(fast, (Document) SopMarkdown.FULL.parse(doc), escape(doc));
    }
  }

  static String document(Random r) {
    StringBuilder sb = new StringBuilder();
    int lines = 1 + r.nextInt(14);
    for (int l = 0; l < lines; l++) {
      if (r.nextInt(6) == 0) {
        sb.append(BLOCKS[r.nextInt(BLOCKS.length)]);
      } else {
        sb.append(LINES[r.nextInt(LINES.length)]).append(inline(r));
      }
      sb.append(r.nextInt(10) == 0 ? "  \n" : "\n");
    }
    return sb.toString();
  }

  private static String inline(Random r) {
    StringBuilder sb = new StringBuilder();
    int n = r.nextInt(24);
    int markup = r.nextInt(3); // a third of the lines are plain words
    for (int i = 0; i < n; i++) {
      int k = r.nextInt(20);
      if (markup > 0 && k == 2) {
        sb.append(TOKENS[r.nextInt(TOKENS.length)]);
      } else if (markup > 0 && k == 0) {
        sb.append(PUNCTUATION.charAt(r.nextInt(PUNCTUATION.length())));
      } else if (markup > 0 && k == 1) {
        sb.append(OTHER.charAt(r.nextInt(OTHER.length())));
      } else if (k < 5) {
        sb.append(' ');
      } else {
        sb.append((char) ('a' + r.nextInt(26)));
      }
    }
    return sb.toString();
  }

  /**
   * Walks both trees together (without recursion): the same nodes with the same values and source
   * spans, except that below a {@link SopMarkdown.Deferred} marker only commonmark's tree has the
   * inlines.
   */
  static void sameWhereParsed(Node fast, Node full, String why) {
    Deque<Node[]> pairs = new ArrayDeque<>();
    pairs.push(new Node[] {fast, full});
    while (!pairs.isEmpty()) {
      Node[] p = pairs.pop();
      assertEquals(describe(p[1]), describe(p[0]), why);
      Node f = p[0].getFirstChild();
      Node g = p[1].getFirstChild();
      if (f instanceof SopMarkdown.Deferred) {
        assertEquals(null, f.getNext(), why);
        for (Node c = g; c != null; c = c.getNext()) {
          assertFalse(c instanceof Block, why + ": a block below an unparsed one");
        }
        continue;
      }
      while (f != null || g != null) {
        assertTrue(
            f != null && g != null, why + ": a child more in one tree, below " + describe(p[1]));
        pairs.push(new Node[] {f, g});
        f = f.getNext();
        g = g.getNext();
      }
    }
  }

  private static String describe(Node n) {
    StringBuilder sb = new StringBuilder(n.getClass().getSimpleName()).append(n.getSourceSpans());
    if (n instanceof Text) {
      sb.append(' ').append(escape(((Text) n).getLiteral()));
    } else if (n instanceof Code) {
      sb.append(' ').append(escape(((Code) n).getLiteral()));
    } else if (n instanceof HtmlInline) {
      sb.append(' ').append(escape(((HtmlInline) n).getLiteral()));
    } else if (n instanceof HtmlBlock) {
      sb.append(' ').append(escape(((HtmlBlock) n).getLiteral()));
    } else if (n instanceof Heading) {
      sb.append(' ').append(((Heading) n).getLevel());
    } else if (n instanceof FencedCodeBlock) {
      FencedCodeBlock c = (FencedCodeBlock) n;
      sb.append(' ').append(escape(c.getInfo())).append(' ').append(escape(c.getLiteral()));
    } else if (n instanceof IndentedCodeBlock) {
      sb.append(' ').append(escape(((IndentedCodeBlock) n).getLiteral()));
    } else if (n instanceof Link) {
      sb.append(' ').append(((Link) n).getDestination()).append(' ').append(((Link) n).getTitle());
    } else if (n instanceof Image) {
      sb.append(' ').append(((Image) n).getDestination());
    } else if (n instanceof LinkReferenceDefinition) {
      sb.append(' ').append(((LinkReferenceDefinition) n).getLabel());
    } else if (n instanceof OrderedList) {
      sb.append(' ').append(((OrderedList) n).getMarkerStartNumber());
    } else if (n instanceof BulletList) {
      sb.append(' ').append(((BulletList) n).getMarker());
    } else if (n instanceof ListItem) {
      sb.append(' ').append(((ListItem) n).getContentIndent());
    }
    return sb.toString();
  }

  private static String escape(String s) {
    return s == null
        ? "null"
        : s.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t").replace("\0", "\\0");
  }
}
