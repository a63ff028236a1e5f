package ai.cromus.core.internal.tree;

import static org.assertj.core.api.Assertions.assertThat;

import ai.cromus.core.Limits;
import ai.cromus.core.internal.tree.TreeReader.Bounds;
import ai.cromus.core.internal.tree.TreeReader.Document;
import ai.cromus.core.internal.tree.TreeReader.Duplicates;
import ai.cromus.core.internal.tree.TreeReader.Failure;
import ai.cromus.core.internal.tree.TreeReader.Note;
import org.junit.jupiter.api.Test;

/** The one reader of located YAML and JSON: its bounds and policies, in both formats. */
class TreeReaderTest {
  static final TreeReader LENIENT =
      new TreeReader(new Bounds(1_000, 8, 100, 64, Duplicates.LAST_WINS, true));
  static final TreeReader STRICT =
      new TreeReader(new Bounds(1_000, 8, 100, 64, Duplicates.REFUSED, false));

  @Test
  void scalarsKeepWhetherTheyWereNumbersOrStrings() {
    Node root = LENIENT.read("a: 12\nb: \"12\"\nc: 0.5\nd: true\ne: x\n", true, 0).root().get();
    assertThat(root.get("a").isNumber()).isTrue();
    assertThat(root.get("c").isNumber()).isTrue();
    assertThat(root.get("b").isNumber()).isFalse();
    assertThat(root.get("b").isString()).isTrue();
    assertThat(root.get("d").isNumber()).isFalse();
    assertThat(root.get("d").isString()).isFalse();
    assertThat(root.get("e").isString()).isTrue();
    Node json = LENIENT.read("{\"a\": 12, \"b\": \"12\"}", false, 0).root().get();
    assertThat(json.get("a").isNumber()).isTrue();
    assertThat(json.get("b").isNumber()).isFalse();
  }

  @Test
  void positionsAreOneBasedAndShiftedByTheLineOffset() {
    Node root = STRICT.read("a: 1\nb:\n  - x\n", true, 4).root().get();
    assertThat(root.keyLine("b")).isEqualTo(6);
    assertThat(root.keyColumn("b")).isEqualTo(1);
    Node item = root.get("b").items().get(0);
    assertThat(item.line()).isEqualTo(7);
    assertThat(item.column()).isEqualTo(5);
  }

  @Test
  void lastWinsKeepsTheLaterValueInItsPlaceAndReportsIt() {
    for (String text : new String[] {"a: 1\nb: 2\na: 3\n", "{\"a\": 1,\n\"b\": 2,\n\"a\": 3}"}) {
      Document d = LENIENT.read(text, !text.startsWith("{"), 0);
      Node root = d.root().get();
      assertThat(root.entries().keySet()).as(text).containsExactly("b", "a");
      assertThat(root.get("a").text()).isEqualTo("3");
      assertThat(root.keyLine("a")).isEqualTo(3);
      assertThat(d.notes()).containsExactly(new Note(Note.Kind.DUPLICATE_KEY, "a", 3, 1));
    }
  }

  @Test
  void refusedDuplicatesMakeYamlUnreadableAndKeepTheFirstJsonValue() {
    Document yaml = STRICT.read("a: 1\na: 2\n", true, 0);
    assertThat(yaml.root()).isEmpty();
    assertThat(yaml.failure().get().kind()).isEqualTo(Failure.Kind.UNREADABLE);
    Document json = STRICT.read("{\"a\": 1, \"a\": 2}", false, 0);
    assertThat(json.root().get().get("a").text()).isEqualTo("1");
    assertThat(json.notes()).containsExactly(new Note(Note.Kind.DUPLICATE_KEY, "a", 1, 10));
  }

  @Test
  void valuesPastTheBoundAreRefusedAtTheFirstOneTooMany() {
    for (Duplicates dup : Duplicates.values()) {
      TreeReader r = new TreeReader(new Bounds(1_000, 8, 6, 64, dup, false));
      assertThat(r.read("[1, 2, 3, 4, 5]", false, 0).failure()).isEmpty();
      Failure json = r.read("[1, 2, 3, 4, 5, 6]", false, 0).failure().get();
      assertThat(json.kind()).isEqualTo(Failure.Kind.TOO_MANY_NODES);
      assertThat(json.column()).isEqualTo(17);
      Failure yaml = r.read("a:\n  - 1\n  - 2\n  - 3\n  - 4\n  - 5\n", true, 2).failure().get();
      assertThat(yaml.kind()).isEqualTo(Failure.Kind.TOO_MANY_NODES);
      assertThat(yaml.line()).isEqualTo(8);
      assertThat(yaml.column()).isEqualTo(5);
    }
  }

  @Test
  void nestingSizeAndAliasesAreBoundedInBothFormats() {
    for (TreeReader r : new TreeReader[] {LENIENT, STRICT}) {
      assertThat(r.read("[".repeat(9) + "]".repeat(9), false, 0).failure().get().kind())
          .isEqualTo(Failure.Kind.STREAM_LIMIT);
      assertThat(r.read("a: " + "[".repeat(9) + "]".repeat(9), true, 0).failure().get().kind())
          .isEqualTo(Failure.Kind.STREAM_LIMIT);
      assertThat(r.read("[" + "1,".repeat(600) + "1]", false, 0).failure().get().kind())
          .isEqualTo(Failure.Kind.TOO_LARGE);
      assertThat(r.read("a: " + "x".repeat(1_000), true, 0).failure().get().kind())
          .isEqualTo(Failure.Kind.TOO_LARGE);
      // aliases are never expanded: an alias reads as its anchor's name
      assertThat(r.read("a: &x [1]\nb: *x\n", true, 0).root().get().get("b").text()).isEqualTo("x");
    }
  }

  @Test
  void customTagsAreNotedAndReadAsPlainData() {
    for (TreeReader r : new TreeReader[] {LENIENT, STRICT}) {
      Document d = r.read("a: !foo bar\n", true, 1);
      assertThat(d.root().get().get("a").text()).isEqualTo("bar");
      assertThat(d.notes()).containsExactly(new Note(Note.Kind.CUSTOM_TAG, "foo", 2, 4));
    }
  }

  @Test
  void onlyTagsOutsideTheYamlTypeRepositoryAreCustom() {
    String plain =
        "a: ! x\nb: !!str 5\nc: !!int 5\nd: !!binary aGVsbG8=\ne: !!set {x}\n"
            + "f: !!timestamp 2001-12-14\ng: !!map {x: 1}\n";
    assertThat(STRICT.read(plain, true, 0).notes()).isEmpty();
    Document d =
        STRICT.read("a: !!python/object/apply:os.system [ls]\nb: !<tag:x.com,2000:y> 1\n", true, 0);
    assertThat(d.notes())
        .extracting(Note::text)
        .containsExactly("tag:yaml.org,2002:python/object/apply:os.system", "tag:x.com,2000:y");
  }

  @Test
  void contentAfterTheDocument() {
    Failure f = LENIENT.read("a: 1\n---\nb: 2\n", true, 0).failure().get();
    assertThat(f.kind()).isEqualTo(Failure.Kind.MORE_THAN_ONE_DOCUMENT);
    assertThat(f.line()).isEqualTo(3);
    assertThat(LENIENT.read("{\"a\": 1} {\"b\": 2}", false, 0).failure().get().kind())
        .isEqualTo(Failure.Kind.MORE_THAN_ONE_DOCUMENT);
    // without singleDocument, later YAML documents are not read, and content after JSON is noted
    assertThat(STRICT.read("a: 1\n---\nb: 2\n", true, 0).root().get().entries())
        .containsOnlyKeys("a");
    Document json = STRICT.read("{\"a\": 1} {\"b\": 2}", false, 0);
    assertThat(json.root().get().entries()).containsOnlyKeys("a");
    assertThat(json.notes()).containsExactly(new Note(Note.Kind.EXTRA_CONTENT, "", 1, 10));
  }

  @Test
  void anEmptyTextHasNoRootAndNoFailure() {
    for (String text : new String[] {"", "# only a comment\n"}) {
      Document d = STRICT.read(text, true, 0);
      assertThat(d.root()).isEmpty();
      assertThat(d.failure()).isEmpty();
    }
  }

  @Test
  void workflowBoundsScaleWithTheStepLimit() {
    assertThat(Bounds.of(Limits.DEFAULTS).maxNodes()).isEqualTo(1_000_000);
    assertThat(Bounds.of(Limits.builder().maxSteps(10).build()).maxNodes()).isEqualTo(100_000);
    assertThat(Bounds.of(Limits.builder().maxSteps(Integer.MAX_VALUE).build()).maxNodes())
        .isEqualTo(Integer.MAX_VALUE);
    assertThat(Bounds.of(Limits.DEFAULTS).maxDepth()).isEqualTo(64);
  }
}
