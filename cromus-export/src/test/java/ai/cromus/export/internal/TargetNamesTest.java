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

/** TargetNames: valid for each target, keywords avoided, unique with a suffix and a diagnostic. */
class TargetNamesTest {
  static final SourceLocation AT = SourceLocation.start("t.md");

  @Test
  void pythonIdentifiersAvoidKeywordsDigitsAndDunders() {
    assertThat(TargetNames.python("classify-the-request")).isEqualTo("classify_the_request");
    assertThat(TargetNames.python("if")).isEqualTo("if_");
    assertThat(TargetNames.python("None")).isEqualTo("none");
    assertThat(TargetNames.python("class")).isEqualTo("class_");
    assertThat(TargetNames.python("1st step")).isEqualTo("step_1st_step");
    assertThat(TargetNames.python("__start__")).isEqualTo("step__start");
    assertThat(TargetNames.python("\"\"\"")).isEqualTo("step");
    assertThat(TargetNames.python("Ünïcode ünits")).isEqualTo("n_code_nits");
  }

  @Test
  void toolNamesFitTheirCharsets() {
    assertThat(TargetNames.claudeTool("orders.lookup")).isEqualTo("orders_lookup");
    assertThat(TargetNames.mcpTool("orders.lookup")).isEqualTo("orders.lookup");
    assertThat(TargetNames.mcpTool("a b/c")).isEqualTo("a_b_c");
  }

  @Test
  void collisionsGetASuffixAndADiagnostic() {
    List<Diagnostic> out = new ArrayList<>();
    TargetNames names = new TargetNames(TargetNames::python, 64, Set.of("graph"));
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
    TargetNames names = new TargetNames(TargetNames::python, 20, TargetNames.PYTHON_RESERVED);
    Set<String> seen = new HashSet<>();
    List<Diagnostic> out = new ArrayList<>();
    for (int i = 0; i < 500; i++) {
      String raw = PythonLiteralTest.randomText(rnd);
      String n = names.name(raw, AT, out);
      assertThat(n)
          .as("seed " + seed + ", raw " + raw)
          .matches("[a-z_][a-z0-9_]{0,19}")
          .isNotIn(TargetNames.PYTHON_RESERVED)
          .doesNotStartWith("__");
      assertThat(seen.add(n)).as("seed " + seed + " unique " + n).isTrue();
    }
  }
}
