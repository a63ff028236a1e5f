package ai.cromus.core.internal.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The one YAML writer: its format, and on seeded random trees with hostile strings as values
 * <em>and keys</em>, what it writes reads back as the same values and types with SnakeYAML's loader
 * and with PyYAML's safe loader (YAML 1.1 both: {@code yes}, {@code null}, {@code 010} and their
 * like must stay strings). A front matter never holds {@code ---} and splits as the Agent Skills
 * reference validator splits it. The seed is in every failure message.
 */
class YamlTextTest {
  static final String[] STRINGS = {
    "plain",
    "",
    "a: b",
    "# not a comment",
    "---",
    "a --- b",
    "-----",
    "-",
    "--",
    "...",
    "line\nbreak",
    "x\nschema",
    "tab\there",
    "cr\r\nlf",
    "quote \" and \\ backslash",
    "yes",
    "No",
    "on",
    "y",
    "null",
    "~",
    "12",
    "010",
    "0x1F",
    "1.5",
    "1e3",
    ".inf",
    "2001-12-14",
    "12:30:00",
    "<<",
    "=",
    "é ü 漢字 😀",
    "\u0007 bell \u001b[31m escape",
    "\u0085 next line",
    "\u2028 \u2029",
    "\uFEFF bom",
    "lone \uD800 surrogate",
    "[1, 2]",
    "{a: 1}",
    "&anchor",
    "*alias",
    "!tag",
    "!!python/object:os.system",
    "%YAML 1.1",
    "@at `tick`",
    "|",
    ">",
    "? key",
    "  spaced  ",
    "'single'",
    "\"double\"",
    "k" + "y".repeat(200),
  };

  private static final Yaml SNAKE = new Yaml(new SafeConstructor(new LoaderOptions()));

  @Test
  void blockStyleWithListsIndentedUnderTheirKeyAndEveryStringQuoted() {
    Map<String, Object> step = new LinkedHashMap<>();
    step.put("id", "s1");
    step.put("position", List.of(3, 1));
    step.put("cache", Map.of("tokens", 5L));
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("schema", "v1");
    root.put("steps", List.of(step));
    root.put("flag", true);
    root.put("cost", new BigDecimal("0.0100"));
    assertEquals(
        """
        schema: "v1"
        steps:
          - id: "s1"
            position:
              - 3
              - 1
            cache:
              tokens: 5
        flag: true
        cost: 0.0100
        """,
        YamlText.write(root));
  }

  @Test
  void numbersNeverCarryAnExponent() {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("a", new BigDecimal("1E+1"));
    root.put("b", new BigDecimal("1E-7"));
    root.put("c", 1e-7);
    root.put("d", 1.5e20);
    root.put("e", 0.1f);
    assertEquals(
        "a: 10\nb: 0.0000001\nc: 0.0000001\nd: 150000000000000000000\ne: 0.1\n",
        YamlText.write(root));
  }

  @Test
  void aKeyIsEscapedLikeAValue() {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("schema", "cromus.yaml/v1");
    root.put("x\nschema", "evil");
    root.put("yes", "no");
    String yaml = YamlText.write(root);
    Map<Object, Object> read = SNAKE.load(yaml);
    assertThat(read).containsOnlyKeys("schema", "x\nschema", "yes");
    assertThat(read.get("schema")).isEqualTo("cromus.yaml/v1");
    assertThat(read.get("yes")).isEqualTo("no");
  }

  @Test
  void unpairedSurrogatesAreWrittenAsReplacementCharacters() {
    String yaml = YamlText.write(Map.of("k\uDC00", "a\uD800b\uD83D\uDE00"));
    Map<Object, Object> read = SNAKE.load(yaml);
    assertThat(read).containsEntry("k\uFFFD", "a\uFFFDb\uD83D\uDE00");
  }

  @Test
  void otherValuesAreRefused() {
    assertThatThrownBy(() -> YamlText.write(Map.of("k", new Object())))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> YamlText.write(Map.of("k", Double.NaN)))
        .isInstanceOf(IllegalArgumentException.class);
    Map<Object, Object> bad = new LinkedHashMap<>();
    bad.put(1, "x");
    assertThatThrownBy(() -> YamlText.write(Map.of("k", bad)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aFrontMatterHoldsNoMarkerAndReadsBack() {
    Map<String, Object> fm = new LinkedHashMap<>();
    fm.put("name", "a---b");
    fm.put("description", "----- x --- y\n---\n...");
    String text = YamlText.frontMatter(fm);
    assertThat(text).startsWith("---\n").endsWith("\n---\n");
    String inner = text.substring(4, text.length() - 4);
    assertThat(inner).doesNotContain("---");
    assertThat((Map<?, ?>) SNAKE.load(inner)).isEqualTo(fm);
    assertThat(YamlText.frontMatter(Map.of())).isEqualTo("---\n---\n");
  }

  static LongStream seeds() {
    return LongStream.rangeClosed(1, 80);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void randomTreesReadBackWithSnakeYaml(long seed) {
    Random r = new Random(seed);
    Map<String, Object> tree = map(r, 0);
    String yaml = YamlText.write(tree);
    Object read = SNAKE.load(yaml);
    assertEquals(canon(tree), canon(read), "seed " + seed + ", YAML:\n" + yaml);
    Map<String, Object> strings = strings(r);
    String fm = YamlText.frontMatter(strings);
    // skills-ref: text.split("---", 2) must give the whole front matter as its middle part
    int close = fm.indexOf("---", 3);
    assertEquals(fm.length() - 4, close, "seed " + seed + ", front matter:\n" + fm);
    Object back = SNAKE.load(fm.substring(3, close));
    assertEquals(canon(strings), canon(back == null ? Map.of() : back), "seed " + seed);
  }

  /** All seeds in one python3 process: PyYAML reads what was written as it was written. */
  @Test
  void randomTreesReadBackWithPyYaml() throws Exception {
    assumeTrue(PyYaml.available(), "python3 with PyYAML is not installed");
    List<String> texts = new ArrayList<>();
    List<Object> expected = new ArrayList<>();
    for (long seed = 1; seed <= 80; seed++) {
      Random r = new Random(seed);
      Map<String, Object> tree = map(r, 0);
      texts.add(YamlText.write(tree));
      expected.add(canon(tree));
      Map<String, Object> strings = strings(r);
      String fm = YamlText.frontMatter(strings);
      texts.add(fm.substring(4, fm.length() - 4));
      expected.add(canon(strings));
    }
    List<JsonNode> read = PyYaml.load(texts);
    for (int i = 0; i < texts.size(); i++) {
      Object got = read.get(i).isNull() ? canon(Map.of()) : canonPy(read.get(i));
      assertEquals(expected.get(i), got, "seed " + (i / 2 + 1) + ", YAML:\n" + texts.get(i));
    }
  }

  private static Map<String, Object> strings(Random r) {
    Map<String, Object> m = new LinkedHashMap<>();
    int n = r.nextInt(6);
    for (int i = 0; i < n; i++) {
      m.put("key-" + i, STRINGS[r.nextInt(STRINGS.length)] + STRINGS[r.nextInt(STRINGS.length)]);
    }
    return m;
  }

  private static Map<String, Object> map(Random r, int depth) {
    Map<String, Object> m = new LinkedHashMap<>();
    int n = r.nextInt(5);
    for (int i = 0; i < n; i++) {
      String key =
          r.nextInt(3) == 0
              ? STRINGS[r.nextInt(STRINGS.length)]
              : "k" + i + (r.nextBoolean() ? "_x" : "-y");
      m.put(key, value(r, depth));
    }
    return m;
  }

  private static Object value(Random r, int depth) {
    switch (r.nextInt(depth > 3 ? 5 : 8)) {
      case 0, 1 -> {
        return STRINGS[r.nextInt(STRINGS.length)];
      }
      case 2 -> {
        return r.nextLong();
      }
      case 3 -> {
        return r.nextBoolean();
      }
      case 4 -> {
        return BigDecimal.valueOf(r.nextInt(1_000_000), r.nextInt(8) - 1);
      }
      case 5, 6 -> {
        List<Object> l = new ArrayList<>();
        int n = r.nextInt(4);
        for (int i = 0; i < n; i++) {
          l.add(r.nextBoolean() ? map(r, depth + 1) : value(r, depth + 1));
        }
        return l;
      }
      default -> {
        return map(r, depth + 1);
      }
    }
  }

  /**
   * A value with its type: strings as written (unpaired surrogates as U+FFFD), numbers by value.
   */
  static Object canon(Object v) {
    if (v == null) {
      return "null";
    }
    if (v instanceof Map) {
      Map<Object, Object> out = new LinkedHashMap<>();
      ((Map<?, ?>) v).forEach((k, x) -> out.put(canon(k), canon(x)));
      return out;
    }
    if (v instanceof List) {
      List<Object> out = new ArrayList<>();
      ((List<?>) v).forEach(x -> out.add(canon(x)));
      return out;
    }
    if (v instanceof String string) {
      return "s:"
          + string.replaceAll(
              "[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])|(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]",
              "\uFFFD");
    }
    if (v instanceof Boolean) {
      return "b:" + v;
    }
    if (v instanceof Number) {
      return "n:" + new BigDecimal(v.toString()).stripTrailingZeros().toPlainString();
    }
    return "other:" + v.getClass().getName() + ":" + v;
  }

  private static Object canonPy(JsonNode n) {
    if (n.isNull()) {
      return "null";
    }
    if (n.isTextual()) {
      return "s:" + n.textValue();
    }
    if (n.isBoolean()) {
      return "b:" + n.booleanValue();
    }
    if (n.isArray()) {
      List<Object> out = new ArrayList<>();
      n.forEach(x -> out.add(canonPy(x)));
      return out;
    }
    if (n.has("map")) {
      Map<Object, Object> out = new LinkedHashMap<>();
      n.get("map").forEach(p -> out.put(canonPy(p.get(0)), canonPy(p.get(1))));
      return out;
    }
    if (n.has("int") || n.has("float")) {
      String t = n.has("int") ? n.get("int").textValue() : n.get("float").textValue();
      return "n:" + new BigDecimal(t).stripTrailingZeros().toPlainString();
    }
    return "other:" + n;
  }
}
