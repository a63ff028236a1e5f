package ai.cromus.core.internal.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
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

/**
 * The streaming YAML writer: blocks that stay empty are taken back out, a list item's first key
 * goes on its dash line, and on seeded random trees (hostile strings included) what it writes reads
 * back with Jackson as the same tree without its empty lists and maps; the seed is in every failure
 * message.
 */
class YamlWriterTest {
  private static final ObjectMapper YAML =
      new ObjectMapper(new YAMLFactory()).enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
  private static final String[] STRINGS = {
    "plain",
    "",
    "a: b",
    "# not a comment",
    "---",
    "a --- b",
    "-",
    "--",
    "line\nbreak",
    "tab\there",
    "quote \" and \\ backslash",
    "yes",
    "null",
    "12",
    "1.5",
    "~",
    "é ü 漢字 😀",
    "\u0007 bell",
    "\u2028",
    "\uFEFF",
    "[1, 2]",
    "{a: 1}",
    "&anchor",
    "*alias",
    "!tag",
    "  spaced  ",
    "'single'"
  };

  @Test
  void blocksThatStayEmptyAreTakenBackOut() {
    StringBuilder sb = new StringBuilder();
    new YamlWriter(sb)
        .string("a", "x")
        .map("empty")
        .string("gone", null)
        .end()
        .list("items")
        .item()
        .end()
        .item()
        .map("nested")
        .number("n", 1)
        .end()
        .flag("f", true)
        .end()
        .end()
        .strings("none", List.of())
        .numbers("position", 3, 1)
        .map("outer")
        .map("inner")
        .end()
        .end();
    assertEquals(
        "a: \"x\"\nitems:\n  - nested:\n      n: 1\n    f: true\nposition:\n  - 3\n" + "  - 1\n",
        sb.toString());
  }

  @Test
  void theMapFormMatchesTheStream() {
    Map<String, Object> item = new LinkedHashMap<>();
    item.put("id", "s1");
    item.put("tools", List.of("a", "b"));
    item.put("extra", Map.of());
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("schema", "v1");
    root.put("steps", List.of(item, Map.of()));
    root.put("cost", new BigDecimal("0.0100"));
    StringBuilder sb = new StringBuilder();
    new YamlWriter(sb)
        .string("schema", "v1")
        .list("steps")
        .item()
        .string("id", "s1")
        .strings("tools", List.of("a", "b"))
        .map("extra")
        .end()
        .end()
        .item()
        .end()
        .end()
        .decimal("cost", new BigDecimal("0.0100"));
    assertEquals(sb.toString(), YamlWriter.write(root));
  }

  static LongStream seeds() {
    return LongStream.rangeClosed(1, 60);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void randomTreesReadBackAsWritten(long seed) throws Exception {
    Random r = new Random(seed);
    Map<String, Object> tree = map(r, 0);
    String yaml = YamlWriter.write(tree);
    Object read = YAML.readValue(yaml.isEmpty() ? "{}" : yaml, Object.class);
    assertEquals(
        normalize(withoutEmpty(tree)), normalize(read), "seed " + seed + ", YAML:\n" + yaml);
  }

  private static Map<String, Object> map(Random r, int depth) {
    Map<String, Object> m = new LinkedHashMap<>();
    int n = r.nextInt(5);
    for (int i = 0; i < n; i++) {
      m.put("k" + i + (r.nextBoolean() ? "_x" : "-y"), value(r, depth));
    }
    return m;
  }

  private static Object value(Random r, int depth) {
    switch (r.nextInt(depth > 3 ? 4 : 7)) {
      case 0:
        return STRINGS[r.nextInt(STRINGS.length)];
      case 1:
        return r.nextLong();
      case 2:
        return r.nextBoolean();
      case 3:
        return BigDecimal.valueOf(r.nextInt(1_000_000), r.nextInt(8));
      case 4:
      case 5:
        {
          List<Object> l = new ArrayList<>();
          int n = r.nextInt(4);
          for (int i = 0; i < n; i++) {
            l.add(r.nextBoolean() ? map(r, depth + 1) : STRINGS[r.nextInt(STRINGS.length)]);
          }
          return l;
        }
      default:
        return map(r, depth + 1);
    }
  }

  /** The tree as written: empty lists and maps left out, items that are empty maps too. */
  private static Object withoutEmpty(Object v) {
    if (v instanceof Map) {
      Map<String, Object> out = new LinkedHashMap<>();
      for (Map.Entry<?, ?> e : ((Map<?, ?>) v).entrySet()) {
        Object x = withoutEmpty(e.getValue());
        if (!isEmpty(e.getValue()) && !isEmpty(x)) {
          out.put((String) e.getKey(), x);
        }
      }
      return out;
    }
    if (v instanceof List) {
      List<Object> out = new ArrayList<>();
      for (Object o : (List<?>) v) {
        Object x = withoutEmpty(o);
        if (!isEmpty(o) && !isEmpty(x)) {
          out.add(x);
        }
      }
      return out;
    }
    return v;
  }

  private static boolean isEmpty(Object v) {
    return (v instanceof Map && ((Map<?, ?>) v).isEmpty())
        || (v instanceof List && ((List<?>) v).isEmpty());
  }

  /** Scalars as text (numbers by value), for comparing what Jackson reads with what was written. */
  private static Object normalize(Object v) {
    if (v instanceof Map) {
      Map<String, Object> out = new LinkedHashMap<>();
      ((Map<?, ?>) v).forEach((k, x) -> out.put(String.valueOf(k), normalize(x)));
      return out;
    }
    if (v instanceof List) {
      List<Object> out = new ArrayList<>();
      ((List<?>) v).forEach(x -> out.add(normalize(x)));
      return out;
    }
    if (v instanceof BigDecimal) {
      return ((BigDecimal) v).stripTrailingZeros().toPlainString();
    }
    if (v instanceof Number) {
      return new BigDecimal(v.toString()).stripTrailingZeros().toPlainString();
    }
    return String.valueOf(v);
  }
}
