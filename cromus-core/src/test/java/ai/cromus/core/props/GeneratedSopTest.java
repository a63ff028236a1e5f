package ai.cromus.core.props;

import static org.assertj.core.api.Assertions.assertThat;

import ai.cromus.core.CompileResult;
import ai.cromus.core.Cromus;
import ai.cromus.core.CromusJson;
import ai.cromus.core.WorkflowSource;
import ai.cromus.core.diagnostic.Severity;
import ai.cromus.core.scope.Scope;
import ai.cromus.core.workflow.Step;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties over generated annotated SOPs, one seed per case (the seed is in the test name and in
 * every failure message): every written step is read with its declared sizes and dependencies, no
 * error is reported, and compiling twice gives the same bytes.
 */
class GeneratedSopTest {
  static LongStream seeds() {
    return LongStream.rangeClosed(1, 40);
  }

  static final String[] KINDS = {"llm", "tool", "retrieval", "code", "human", "decision"};

  /** An annotated SOP of random shape: a DAG whose edges only point backwards. */
  static String generate(long seed, List<long[]> expected) {
    Random rnd = new Random(seed);
    int n = 1 + rnd.nextInt(30);
    StringBuilder sb = new StringBuilder("---\nname: generated-" + seed + "\nowner: Test\n---\n");
    sb.append("# Generated workflow ").append(seed).append("\n\n");
    for (int i = 1; i <= n; i++) {
      long in = 1L + rnd.nextInt(50_000);
      long out = 1L + rnd.nextInt(4_000);
      sb.append("## ").append(i).append(". Step number ").append(i).append('\n');
      sb.append("Handle part ").append(i).append(" of the work carefully.\n");
      sb.append("- kind: ").append(KINDS[rnd.nextInt(KINDS.length)]).append('\n');
      sb.append("- input: context, ~").append(String.format("%,d", in)).append(" tokens\n");
      sb.append("- output: JSON {x}, ").append(out).append(" tokens\n");
      List<Integer> deps = new ArrayList<>();
      for (int j = 1; j < i; j++) {
        if (rnd.nextInt(4) == 0) {
          deps.add(j);
        }
      }
      sb.append("- after: ")
          .append(
              deps.isEmpty()
                  ? "none"
                  : String.join(", ", deps.stream().map(String::valueOf).toArray(String[]::new)))
          .append("\n\n");
      expected.add(new long[] {in, out, deps.size()});
    }
    return sb.toString();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void everyGeneratedStepIsReadExactly(long seed) {
    List<long[]> expected = new ArrayList<>();
    String text = generate(seed, expected);
    Cromus engine = Cromus.defaultEngine();
    CompileResult r = engine.compileSource(WorkflowSource.sop("gen.md", text), Scope.defaults());
    assertThat(r.diagnostics()).as("seed %d", seed).noneMatch(d -> d.severity() == Severity.ERROR);
    assertThat(r.workflow().steps()).as("seed %d", seed).hasSize(expected.size());
    for (int i = 0; i < expected.size(); i++) {
      Step s = r.workflow().steps().get(i);
      assertThat(s.inputTokens().tokens())
          .as("seed %d step %d", seed, i)
          .isEqualTo(expected.get(i)[0]);
      assertThat(s.outputTokens().tokens())
          .as("seed %d step %d", seed, i)
          .isEqualTo(expected.get(i)[1]);
      assertThat(s.dependsOn()).as("seed %d step %d", seed, i).hasSize((int) expected.get(i)[2]);
    }
    CompileResult again =
        engine.compileSource(WorkflowSource.sop("gen.md", text), Scope.defaults());
    assertThat(again).as("seed %d", seed).isEqualTo(r);
    assertThat(CromusJson.write(again)).as("seed %d", seed).isEqualTo(CromusJson.write(r));
  }
}
