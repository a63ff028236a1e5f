package ai.cromus.export.internal;

import static org.assertj.core.api.Assertions.assertThat;

import ai.cromus.core.diagnostic.Diagnostic;
import ai.cromus.core.diagnostic.SourceLocation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Names: valid for each target, keywords avoided, unique with a suffix and a diagnostic. */
class NamesTest {
  static final SourceLocation AT = SourceLocation.start("t.md");

  @Test
  void pythonIdentifiersAvoidKeywordsDigitsAndDunders() {
    assertThat(Names.python("classify-the-request")).isEqualTo("classify_the_request");
    assertThat(Names.python("if")).isEqualTo("if_");
    assertThat(Names.python("None")).isEqualTo("none");
    assertThat(Names.python("class")).isEqualTo("class_");
    assertThat(Names.python("1st step")).isEqualTo("step_1st_step");
    assertThat(Names.python("__start__")).isEqualTo("step__start");
    assertThat(Names.python("\"\"\"")).isEqualTo("step");
    assertThat(Names.python("Ünïcode ünits")).isEqualTo("n_code_nits");
  }

  @Test
  void toolNamesFitTheirCharsets() {
    assertThat(Names.claudeTool("orders.lookup")).isEqualTo("orders_lookup");
    assertThat(Names.mcpTool("orders.lookup")).isEqualTo("orders.lookup");
    assertThat(Names.mcpTool("a b/c")).isEqualTo("a_b_c");
  }

  @Test
  void collisionsGetASuffixAndADiagnostic() {
    List<Diagnostic> out = new ArrayList<>();
    Names names = new Names(Names::python, 64, Set.of("graph"));
    assertThat(names.name("a-b", AT, out)).isEqualTo("a_b");
    assertThat(names.name("a b", AT, out)).isEqualTo("a_b_2");
    assertThat(names.name("A_B", AT, out)).isEqualTo("a_b_3");
    assertThat(names.name("graph", AT, out)).isEqualTo("graph_2");
    assertThat(out).hasSize(3).allMatch(d -> d.rule().equals("EXPORT-NAME-COLLISION"));
  }

  @Test
  void randomNamesAreAlwaysValidAndUnique() {
    long seed = 99L;
    Random rnd = new Random(seed);
    Names names = new Names(Names::python, 20, Names.PYTHON_RESERVED);
    Set<String> seen = new HashSet<>();
    List<Diagnostic> out = new ArrayList<>();
    for (int i = 0; i < 500; i++) {
      String raw = PythonLiteralTest.randomText(rnd);
      String n = names.name(raw, AT, out);
      assertThat(n)
          .as("seed " + seed + ", raw " + raw)
          .matches("[a-z_][a-z0-9_]{0,19}")
          .isNotIn(Names.PYTHON_RESERVED)
          .doesNotStartWith("__");
      assertThat(seen.add(n)).as("seed " + seed + " unique " + n).isTrue();
    }
  }
}
