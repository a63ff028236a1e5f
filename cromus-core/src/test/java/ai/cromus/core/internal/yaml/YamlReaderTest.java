package ai.cromus.core.internal.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import ai.cromus.core.Limits;
import ai.cromus.core.internal.yaml.YamlReader.Bounds;
import ai.cromus.core.internal.yaml.YamlReader.Document;
import ai.cromus.core.internal.yaml.YamlReader.Duplicates;
import ai.cromus.core.internal.yaml.YamlReader.Failure;
import ai.cromus.core.internal.yaml.YamlReader.Note;
import java.time.Duration;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * The one reader of located YAML and the JSON reader beside it: one node type, positions, types and
 * styles as SnakeYAML reports them, their bounds and their policies for duplicate keys, in both
 * formats.
 */
class YamlReaderTest {
  static final Bounds LENIENT = new Bounds(1_000, 8, 100, 20, Duplicates.LAST_WINS, true);
  static final Bounds STRICT = new Bounds(1_000, 8, 100, 20, Duplicates.FIRST_WINS, false);
  static final Bounds KEEP = new Bounds(1_000, 8, 100, 20, Duplicates.KEEP, false);

  static Document yaml(Bounds b, String text) {
    return new YamlReader(b).read(text);
  }

  static Document json(Bounds b, String text) {
    return new JsonReader(b).read(text);
  }

  @Test
  void scalarsKeepTheirTypeAndStyle() {
    YamlNode root =
        yaml(LENIENT, "a: 12\nb: \"12\"\nc: 0.5\nd: true\ne: x\nf:\ng: 2001-12-14\nh: 010\n")
            .root()
            .get();
    assertThat(root.member("a").isNumber()).isTrue();
    assertThat(root.member("a").plain()).isTrue();
    assertThat(root.member("b").isString()).isTrue();
    assertThat(root.member("b").plain()).isFalse();
    assertThat(root.member("c").type()).isEqualTo(YamlNode.ScalarType.FLOAT);
    assertThat(root.member("d").type()).isEqualTo(YamlNode.ScalarType.BOOL);
    assertThat(root.member("e").isString()).isTrue();
    assertThat(root.member("f").isNull()).isTrue();
    assertThat(root.member("f").isValue()).isFalse();
    assertThat(root.member("g").type()).isEqualTo(YamlNode.ScalarType.TIMESTAMP);
    assertThat(root.member("h").type()).isEqualTo(YamlNode.ScalarType.INT);
    assertThat(root.member("h").text()).isEqualTo("010");
    YamlNode j = json(LENIENT, "{\"a\": 12, \"b\": \"12\", \"c\": null, \"d\": 1.5}").root().get();
    assertThat(j.member("a").isNumber()).isTrue();
    assertThat(j.member("b").isString()).isTrue();
    assertThat(j.member("c").isNull()).isTrue();
    assertThat(j.member("d").type()).isEqualTo(YamlNode.ScalarType.FLOAT);
    assertThat(j.flow()).isTrue();
  }

  @Test
  void positionsAreOneBasedAndShifted() {
    YamlNode root = new YamlReader(STRICT).read("a: 1\nb:\n  - x\n", 5, 1).root().get();
    assertThat(root.keyNode("b").line()).isEqualTo(6);
    assertThat(root.keyNode("b").column()).isEqualTo(1);
    YamlNode item = root.member("b").items().get(0);
    assertThat(item.line()).isEqualTo(7);
    assertThat(item.column()).isEqualTo(5);
    // only the first line is shifted by the first column (front matter after "---" on line 1)
    YamlNode inline = new YamlReader(STRICT).read("a: 1\nb: 2\n", 1, 4).root().get();
    assertThat(inline.keyNode("a").column()).isEqualTo(4);
    assertThat(inline.keyNode("b").column()).isEqualTo(1);
    YamlNode j = json(STRICT, "{\n  \"a\": [1,\n    2]}").root().get();
    assertThat(j.keyNode("a").line()).isEqualTo(2);
    assertThat(j.member("a").items().get(1).line()).isEqualTo(3);
    assertThat(j.member("a").items().get(1).column()).isEqualTo(5);
  }

  @Test
  void lastWinsKeepsTheLaterValueAtTheEndAndNotesIt() {
    for (String text : new String[] {"a: 1\nb: 2\na: 3\n", "{\"a\": 1,\n\"b\": 2,\n\"a\": 3}"}) {
      Document d = text.startsWith("{") ? json(LENIENT, text) : yaml(LENIENT, text);
      YamlNode root = d.root().get();
      assertThat(root.entries()).extracting(YamlNode.Entry::name).containsExactly("b", "a");
      assertThat(root.member("a").text()).isEqualTo("3");
      assertThat(root.keyNode("a").line()).isEqualTo(3);
      assertThat(d.notes()).containsExactly(new Note(Note.Kind.DUPLICATE_KEY, "a", 3, 1));
    }
  }

  @Test
  void firstWinsKeepsTheFirstValueInBothFormats() {
    Document y = yaml(STRICT, "a: 1\na: 2\n");
    assertThat(y.failure()).isEmpty();
    assertThat(y.root().get().member("a").text()).isEqualTo("1");
    assertThat(y.notes()).containsExactly(new Note(Note.Kind.DUPLICATE_KEY, "a", 2, 1));
    Document j = json(STRICT, "{\"a\": 1, \"a\": 2}");
    assertThat(j.root().get().member("a").text()).isEqualTo("1");
    assertThat(j.notes()).containsExactly(new Note(Note.Kind.DUPLICATE_KEY, "a", 1, 10));
  }

  @Test
  void keepKeepsEveryEntryAndEntryGivesTheLast() {
    YamlNode root = yaml(KEEP, "a: 1\na: 2\n").root().get();
    assertThat(root.entries()).hasSize(2);
    assertThat(root.member("a").text()).isEqualTo("2");
  }

  @Test
  void valuesPastTheBoundAreRefusedAtTheFirstOneTooMany() {
    for (Duplicates dup : Duplicates.values()) {
      Bounds b = new Bounds(1_000, 8, 6, 20, dup, false);
      assertThat(json(b, "[1, 2, 3, 4, 5]").failure()).isEmpty();
      Failure j = json(b, "[1, 2, 3, 4, 5, 6]").failure().get();
      assertThat(j.kind()).isEqualTo(Failure.Kind.TOO_MANY_NODES);
      assertThat(j.column()).isEqualTo(17);
      Failure y =
          new YamlReader(b).read("a:\n  - 1\n  - 2\n  - 3\n  - 4\n  - 5\n", 3, 1).failure().get();
      assertThat(y.kind()).isEqualTo(Failure.Kind.TOO_MANY_NODES);
      assertThat(y.line()).isEqualTo(8);
      assertThat(y.column()).isEqualTo(5);
    }
  }

  @Test
  void nestingAndSizeAreBoundedInBothFormats() {
    for (Bounds b : new Bounds[] {LENIENT, STRICT}) {
      assertThat(json(b, "[".repeat(10) + "]".repeat(10)).failure().get().isLimit()).isTrue();
      assertThat(yaml(b, "a: " + "[".repeat(10) + "]".repeat(10)).failure().get().kind())
          .isEqualTo(Failure.Kind.TOO_DEEP);
      assertThat(json(b, "[" + "1,".repeat(600) + "1]").failure().get().kind())
          .isEqualTo(Failure.Kind.TOO_LARGE);
      assertThat(yaml(b, "a: " + "x".repeat(1_000)).failure().get().kind())
          .isEqualTo(Failure.Kind.TOO_LARGE);
    }
  }

  @Test
  void anAliasRepeatsTheNodeItNamesAndIsNotedWhereItIsWritten() {
    Document d = yaml(STRICT, "a: &x [1, 2]\nb: *x\nc: &s text\nd: *s\n");
    YamlNode root = d.root().get();
    assertThat(root.member("b").strings()).containsExactly("1", "2");
    assertThat(root.member("d").text()).isEqualTo("text");
    assertThat(d.notes())
        .containsExactly(
            new Note(Note.Kind.ANCHOR, "x", 1, 4),
            new Note(Note.Kind.ALIAS, "x", 2, 4),
            new Note(Note.Kind.ANCHOR, "s", 3, 4),
            new Note(Note.Kind.ALIAS, "s", 4, 4));
  }

  @Test
  void aliasesCannotExpandPastTheBoundNorRecurse() {
    StringBuilder bomb = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
    for (int i = 1; i < 10; i++) {
      bomb.append("a").append(i).append(": &a").append(i).append(" [*a").append(i - 1);
      bomb.append(", *a").append(i - 1).append("]\n");
    }
    Bounds b = new Bounds(10_000, 16, 1_000, 50, Duplicates.KEEP, false);
    Document d =
        Assertions.assertTimeoutPreemptively(
            Duration.ofSeconds(10), () -> new YamlReader(b).read(bomb.toString()));
    assertThat(d.failure().get().kind()).isEqualTo(Failure.Kind.TOO_MANY_NODES);
    // SnakeYAML's own alias limit
    Bounds few = new Bounds(10_000, 16, 1_000_000, 3, Duplicates.KEEP, false);
    assertThat(new YamlReader(few).read(bomb.toString()).failure().get().kind())
        .isEqualTo(Failure.Kind.LIMIT);
    Document recursive = yaml(STRICT, "a: &a [1, *a]\n");
    assertThat(recursive.failure().get().kind()).isEqualTo(Failure.Kind.TOO_DEEP);
  }

  @Test
  void tagsOutsideTheStandardTypesAreNotedAndReadAsText() {
    Document d = new YamlReader(STRICT).read("a: !foo bar\n", 2, 1);
    assertThat(d.root().get().member("a").text()).isEqualTo("bar");
    assertThat(d.root().get().member("a").type()).isEqualTo(YamlNode.ScalarType.OTHER);
    assertThat(d.notes()).containsExactly(new Note(Note.Kind.TAG, "!foo", 2, 4));
    assertThat(YamlReader.isCustomTag("!foo")).isTrue();
    assertThat(YamlReader.isCustomTag("tag:yaml.org,2002:python/object/apply:os.system")).isTrue();
    assertThat(YamlReader.isCustomTag("tag:yaml.org,2002:binary")).isFalse();
    assertThat(yaml(STRICT, "a: ! x\nb: !!str 5\nc: !!int 5\n<<: {}\n").notes()).isEmpty();
    assertThat(yaml(STRICT, "a: !!binary aGVsbG8=\nb: !!set {x}\n").notes())
        .extracting(Note::text)
        .containsExactly("tag:yaml.org,2002:binary", "tag:yaml.org,2002:set");
  }

  @Test
  void contentAfterTheDocument() {
    Failure f = yaml(LENIENT, "a: 1\n---\nb: 2\n").failure().get();
    assertThat(f.kind()).isEqualTo(Failure.Kind.MORE_THAN_ONE_DOCUMENT);
    assertThat(f.line()).isEqualTo(2);
    assertThat(json(LENIENT, "{\"a\": 1} {\"b\": 2}").failure().get().kind())
        .isEqualTo(Failure.Kind.MORE_THAN_ONE_DOCUMENT);
    // without singleDocument, later YAML documents are not read, and content after JSON is noted
    assertThat(yaml(STRICT, "a: 1\n---\nb: [\n").root().get().entries())
        .extracting(YamlNode.Entry::name)
        .containsExactly("a");
    Document j = json(STRICT, "{\"a\": 1} {\"b\": 2}");
    assertThat(j.root().get().entries()).extracting(YamlNode.Entry::name).containsExactly("a");
    assertThat(j.notes()).containsExactly(new Note(Note.Kind.EXTRA_CONTENT, "", 1, 10));
  }

  @Test
  void syntaxErrorsHaveTheParsersMessageAndPosition() {
    Failure f = new YamlReader(STRICT).read("a: 1\n b: [\n", 3, 1).failure().get();
    assertThat(f.kind()).isEqualTo(Failure.Kind.SYNTAX);
    assertThat(f.line()).isBetween(3, 5);
    assertThat(f.message()).isNotBlank().doesNotContain("\n");
    Failure j = json(STRICT, "{\"a\": }").failure().get();
    assertThat(j.kind()).isEqualTo(Failure.Kind.SYNTAX);
    assertThat(j.column()).isEqualTo(7);
  }

  @Test
  void anEmptyTextHasNoRootAndNoFailure() {
    for (String text : new String[] {"", "# only a comment\n"}) {
      Document d = yaml(STRICT, text);
      assertThat(d.root()).isEmpty();
      assertThat(d.failure()).isEmpty();
    }
    assertThat(json(STRICT, "  ").root()).isEmpty();
  }

  @Test
  void workflowBoundsScaleWithTheStepLimit() {
    assertThat(Bounds.of(Limits.DEFAULTS).maxNodes()).isEqualTo(1_000_000);
    assertThat(Bounds.of(Limits.builder().maxSteps(10).build()).maxNodes()).isEqualTo(100_000);
    assertThat(Bounds.of(Limits.builder().maxSteps(Integer.MAX_VALUE).build()).maxNodes())
        .isEqualTo(Integer.MAX_VALUE);
    assertThat(Bounds.of(Limits.DEFAULTS).maxDepth()).isEqualTo(64);
    assertThat(Bounds.of(Limits.DEFAULTS).duplicates()).isEqualTo(Duplicates.FIRST_WINS);
    assertThat(Bounds.spec(Limits.DEFAULTS).duplicates()).isEqualTo(Duplicates.KEEP);
  }
}
