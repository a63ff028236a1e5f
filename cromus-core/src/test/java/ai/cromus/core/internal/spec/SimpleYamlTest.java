package ai.cromus.core.internal.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The fast path of {@link YamlReader} ({@link SimpleYaml}) must build exactly the tree that
 * SnakeYAML composes: same kinds, positions, texts, styles and types. Checked on every YAML text of
 * the test resources and examples (front matter, fenced YAML, YAML files), on mutations of them,
 * and on generated documents around the edges of the subset.
 */
class SimpleYamlTest {
  private static final int LIMIT = 64 * 1024;

  private static final class Tally {
    int fast;
    int total;
  }

  /** Compares both paths on one text; returns whether the fast path took it. */
  private static boolean same(String yaml, int firstLine, int firstColumn) {
    YamlReader.Result full = YamlReader.compose(yaml, firstLine, firstColumn, LIMIT, 64);
    YamlReader.Result read = YamlReader.read(yaml, firstLine, firstColumn, LIMIT, 64);
    assertThat(describe(read)).as("%s", yaml).isEqualTo(describe(full));
    return SimpleYaml.parse(yaml, resolver(), firstLine, firstColumn, LIMIT) != null;
  }

  private static SimpleYaml.PlainResolver resolver() {
    return new SimpleYaml.PlainResolver();
  }

  @Test
  void thePlainResolverShortcutIsTheResolver() {
    SimpleYaml.PlainResolver plain = resolver();
    // off only if SnakeYAML changes its resolver (then results stay right, only slower)
    assertThat(plain.shortcuts()).as("resolver shortcuts on").isTrue();
    org.yaml.snakeyaml.resolver.Resolver full = new org.yaml.snakeyaml.resolver.Resolver();
    Random random = new Random(3L);
    String alphabet = "aAbnNoOyYtTfF~0123456789.-+_:<=!&*é eEx";
    for (int i = 0; i < 200_000; i++) {
      StringBuilder sb = new StringBuilder();
      int n = random.nextInt(8);
      for (int k = 0; k < n; k++) {
        sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String v = sb.toString();
      assertThat(plain.plain(v))
          .as("[%s]", v)
          .isEqualTo(full.resolve(org.yaml.snakeyaml.nodes.NodeId.scalar, v, true));
    }
    for (String v :
        List.of(
            "yes",
            "Yes",
            "YES",
            "no",
            "No",
            "NO",
            "true",
            "True",
            "TRUE",
            "false",
            "False",
            "FALSE",
            "on",
            "On",
            "ON",
            "off",
            "Off",
            "OFF",
            "~",
            "null",
            "Null",
            "NULL",
            "nO",
            "yEs",
            "Nul",
            "nulls",
            "offf",
            "o",
            "n",
            "N",
            "~x",
            "~~",
            "name",
            "owner",
            "tags",
            "fallback",
            "y",
            "Y",
            "No way",
            "null ",
            "0",
            "0.5",
            ".inf",
            "<<",
            "=",
            "!",
            "2026-07-01",
            "",
            " ",
            "  ",
            "\u0000",
            "\u0000null")) {
      assertThat(plain.plain(v))
          .as("[%s]", v)
          .isEqualTo(full.resolve(org.yaml.snakeyaml.nodes.NodeId.scalar, v, true));
    }
  }

  private static String describe(YamlReader.Result r) {
    StringBuilder sb = new StringBuilder();
    sb.append(r.problems()).append(' ');
    r.root().ifPresentOrElse(n -> describe(n, sb), () -> sb.append("none"));
    return sb.toString();
  }

  private static void describe(YamlNode n, StringBuilder sb) {
    sb.append(n.kind())
        .append('@')
        .append(n.line())
        .append(':')
        .append(n.column())
        .append(n.flow() ? " flow" : "")
        .append(n.plain() ? " plain" : "")
        .append(' ')
        .append(n.type())
        .append(" [")
        .append(n.text())
        .append("] ");
    sb.append('{');
    for (YamlNode.Entry e : n.entries()) {
      describe(e.key(), sb);
      sb.append(" => ");
      describe(e.value(), sb);
      sb.append(", ");
    }
    sb.append("} (");
    for (YamlNode i : n.items()) {
      describe(i, sb);
      sb.append(", ");
    }
    sb.append(')');
  }

  /** Every YAML text found in the test resources and the examples. */
  static List<String> corpus() throws IOException {
    Set<String> out = new LinkedHashSet<>();
    for (Path root : List.of(Path.of("src/test/resources"), Path.of("../examples"))) {
      List<Path> files;
      try (Stream<Path> s = Files.walk(root)) {
        files = s.filter(Files::isRegularFile).sorted().collect(Collectors.toList());
      }
      for (Path f : files) {
        String name = f.getFileName().toString();
        String text;
        try {
          text = Files.readString(f, StandardCharsets.UTF_8);
        } catch (IOException e) {
          continue;
        }
        text = text.replace("\r\n", "\n").replace('\r', '\n');
        if (name.endsWith(".yaml") || name.endsWith(".yml")) {
          out.add(text);
        } else if (name.endsWith(".md") || f.toString().contains("FuzzTestInputs")) {
          FrontMatter.skillsRef(text).frontMatter().ifPresent(fm -> out.add(fm.yaml()));
          FrontMatter.lines(text).ifPresent(fm -> out.add(fm.yaml()));
          FrontMatter.fencedYaml(text).ifPresent(fm -> out.add(fm.yaml()));
        }
      }
    }
    return new ArrayList<>(out);
  }

  @Test
  void sameTreeOnEveryYamlOfTheTestsAndExamples() throws IOException {
    List<String> corpus = corpus();
    Tally t = new Tally();
    for (String y : corpus) {
      t.total++;
      t.fast += same(y, 1, 4) ? 1 : 0;
      same(y, 2, 1);
    }
    assertThat(t.total).isGreaterThan(150);
    // the fast path must actually serve the ordinary files
    assertThat(t.fast).as("fast path taken").isGreaterThan(t.total / 3);
  }

  @Test
  void takesTheExamplesSkillFrontMatter() throws IOException {
    for (String p :
        List.of(
            "../examples/specs/refund-triage/SKILL.md",
            "../examples/specs/invalid/Refund--Triage/SKILL.md",
            "../examples/specs/invalid/invoice-review/SKILL.md")) {
      String text = Files.readString(Path.of(p), StandardCharsets.UTF_8);
      FrontMatter fm = FrontMatter.skillsRef(text).frontMatter().orElseThrow();
      assertThat(SimpleYaml.parse(fm.yaml(), resolver(), fm.line(), fm.column(), LIMIT))
          .as(p)
          .isNotNull();
      assertThat(same(fm.yaml(), fm.line(), fm.column())).isTrue();
    }
  }

  @Test
  void sameTreeOnMutations() throws IOException {
    List<String> corpus = corpus();
    Random random = new Random(20261125L);
    String alphabet = " \n\n  -:#'\"&*!|>{}[],?%@`\\\t~.0123456789abcnyNT_\u00e9\u2028\u0085\ufeff";
    int fast = 0;
    int total = 0;
    for (String y : corpus) {
      if (y.length() > 4000) {
        continue;
      }
      for (int m = 0; m < 25; m++) {
        StringBuilder sb = new StringBuilder(y);
        int edits = 1 + random.nextInt(3);
        for (int e = 0; e < edits && sb.length() > 0; e++) {
          int at = random.nextInt(sb.length() + 1);
          switch (random.nextInt(5)) {
            case 0:
              sb.insert(at, alphabet.charAt(random.nextInt(alphabet.length())));
              break;
            case 1:
              if (at < sb.length()) {
                sb.deleteCharAt(at);
              }
              break;
            case 2:
              sb.insert(at, "  ");
              break;
            case 3:
              {
                int ls = sb.lastIndexOf("\n", Math.max(0, at - 1)) + 1;
                int le = sb.indexOf("\n", at);
                if (le > ls) {
                  sb.insert(le + 1, sb.substring(ls, le + 1));
                }
                break;
              }
            default:
              if (at < sb.length()) {
                sb.setCharAt(at, alphabet.charAt(random.nextInt(alphabet.length())));
              }
          }
        }
        total++;
        fast += same(sb.toString(), 1, 4) ? 1 : 0;
      }
    }
    assertThat(total).isGreaterThan(1000);
    assertThat(fast).isGreaterThan(total / 10);
  }

  @Test
  void sameTreeOnGeneratedDocuments() {
    Random random = new Random(42L);
    String[] keys = {
      "name",
      "description",
      "metadata",
      "a",
      "b-c",
      "x_y",
      "k.v",
      "p/q",
      "9lives",
      "true",
      "null",
      "yes",
      "1",
      "2.5",
      "~",
      "on",
      "Off",
      "_",
      "a-",
      "key with space"
    };
    String[] scalars = {
      "x",
      "refund-triage",
      "Hello, world",
      "\"quoted\"",
      "'single'",
      "\"\"",
      "''",
      "\"a 'b' c\"",
      "'a \"b\" c'",
      "'it''s'",
      "\"esc\\n\"",
      "yes",
      "No",
      "true",
      "FALSE",
      "on",
      "~",
      "null",
      "Null",
      "1",
      "-1",
      "0x1F",
      "0o17",
      "017",
      "1_000",
      "1.5",
      ".5",
      "1e3",
      "1.0e+3",
      ".inf",
      "-.inf",
      ".NaN",
      "2026-07-01",
      "2026-07-01T10:00:00Z",
      "2026-7-1",
      "1:30",
      "190:20:30",
      "a:b",
      "a: b",
      "a #b",
      "a#b",
      "C#",
      "http://x.y/z",
      "<<",
      "=",
      "!tag x",
      "&a x",
      "*a",
      "[a, b]",
      "{a: b}",
      "|",
      ">",
      "- a",
      "-a",
      "?x",
      ":x",
      "%x",
      "@x",
      "`x`",
      "été",
      "ünï cödé",
      "a  b",
      "trailing   ",
      "\"open",
      "'open",
      "\"a\" b",
      "'a' #c",
      "12:30:00",
      "0",
      "+1",
      "1,000",
      "Yes",
      "Y",
      "n",
      "OFF",
      "0b101",
      "3.",
      "a\\b",
      "[gpt-5-4-mini, gemini-2-5-flash]",
      "[a,b]",
      "[ a , b ]",
      "[1, 2.5, yes]",
      "[a b]",
      "[a, [b]]",
      "[a,]",
      "[]",
      "[a] x",
      "[a]  ",
      "[-a]",
      "[a: b]",
      "[x/y, .5]",
      "[2026-01-01]",
      "[a, 'b']",
      "[null, ~, No]",
      "[a #b]",
      "[a]#",
      "[a, b"
    };
    int fast = 0;
    int total = 0;
    for (int d = 0; d < 6000; d++) {
      StringBuilder sb = new StringBuilder();
      if (random.nextInt(4) > 0) {
        sb.append('\n');
      }
      int rootIndent = random.nextInt(8) == 0 ? 2 : 0;
      generate(sb, random, keys, scalars, rootIndent, 0);
      if (random.nextInt(10) == 0) {
        sb.append("   ");
      }
      String y = sb.toString();
      total++;
      fast += same(y, 1, 4) ? 1 : 0;
      same(y, 3, 1);
    }
    // most generated documents leave the subset somewhere; several hundred stay in it
    assertThat(fast).isGreaterThan(total / 20);
  }

  private static void generate(
      StringBuilder sb, Random r, String[] keys, String[] scalars, int indent, int depth) {
    int n = 1 + r.nextInt(4);
    for (int i = 0; i < n; i++) {
      int ind = indent + (r.nextInt(30) == 0 ? 1 : 0);
      if (r.nextInt(12) == 0) {
        sb.append(r.nextBoolean() ? "\n" : "  \n");
      }
      sb.append(" ".repeat(ind)).append(keys[r.nextInt(keys.length)]);
      sb.append(r.nextInt(20) == 0 ? " :" : ":");
      int kind = r.nextInt(depth >= 3 ? 2 : 5);
      if (kind <= 1) {
        sb.append(" ".repeat(1 + (r.nextInt(6) == 0 ? 2 : 0)))
            .append(scalars[r.nextInt(scalars.length)]);
        if (r.nextInt(8) == 0) {
          sb.append("  ");
        }
        sb.append('\n');
      } else if (kind == 2) {
        if (r.nextInt(6) == 0) {
          sb.append(' ');
        }
        sb.append('\n');
      } else if (kind == 3) {
        sb.append('\n');
        generate(sb, r, keys, scalars, indent + 1 + r.nextInt(4), depth + 1);
      } else {
        sb.append('\n');
        int si = indent + (r.nextBoolean() ? 0 : 2);
        int items = 1 + r.nextInt(3);
        for (int k = 0; k < items; k++) {
          sb.append(" ".repeat(si)).append(r.nextInt(15) == 0 ? "-" : "- ");
          if (r.nextInt(10) == 0) {
            sb.append("k: v");
          } else {
            sb.append(scalars[r.nextInt(scalars.length)]);
          }
          sb.append('\n');
        }
      }
    }
  }

  @Test
  void edges() {
    for (String y :
        List.of(
            "",
            "\n",
            "\n\n  \n",
            "\nname: x",
            "\nname: x\n  more\n",
            "\nname: x\n  more: y\n",
            "\nk:\n  - a\n  b: c\n",
            "\nk:\n- a\nz: 1\n",
            "\nk:\n  - a\n z: 1\n",
            "\nm:\n  a: 1\n b: 2\n",
            "name: x\nother: y\n",
            " name: x\n",
            "\n# c\nname: x\n",
            "\nname: x # c\n",
            "\nname: \"a\"b\n",
            "\nname: 'a''b'\n",
            "\n- a\n- b\n",
            "\nx\n",
            "\na:\n  b:\n    c:\n      d: 1\n",
            "\na:\n  b:\n    - 1\n",
            "\na:\n  b:\n    c: 1\n",
            "\nname: x\nname: y\n",
            "\n...\n",
            "\n--- \n",
            "\nk: v\n\t\n",
            "\nk:\n    - a\n  - b\n")) {
      same(y, 1, 4);
      same(y, 1, 1);
    }
    // longer than the code point limit: SnakeYAML's path reports it
    assertThat(SimpleYaml.parse("\nk: v\n", resolver(), 1, 4, 3)).isNull();
  }
}
