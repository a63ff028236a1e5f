package ai.cromus.bench;

import ai.cromus.core.CompileResult;
import ai.cromus.core.Cromus;
import ai.cromus.core.WorkflowSource;
import ai.cromus.core.workflow.Parsed;
import ai.cromus.core.workflow.Workflow;
import java.util.concurrent.TimeUnit;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Parse and compile time of generated annotated SOPs of 10 to 10,000 steps, beside commonmark's own
 * parse of the same text (the floor any Markdown-based compiler stands on).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
// compiling touches much code: on 2 cores C2 needs about 15 iterations of 2 s to settle
@Warmup(iterations = 20, time = 2)
@Measurement(iterations = 10, time = 2)
@Fork(1)
public class CompileBenchmark {
  @Param({"10", "100", "1000", "10000"})
  public int steps;

  private String text;
  private WorkflowSource source;
  private Cromus engine;
  private Parser commonmark;

  @Setup
  public void setUp() {
    text = GeneratedSop.of(steps, 42);
    source = WorkflowSource.sop("generated.md", text);
    engine = Cromus.defaultEngine();
    commonmark = Parser.builder().build();
  }

  @Benchmark
  public Node commonmarkParse() {
    return commonmark.parse(text);
  }

  @Benchmark
  public Parsed<Workflow> cromusParse() {
    return engine.parse(source);
  }

  @Benchmark
  public CompileResult cromusCompile() {
    return engine.compileSource(source, ai.cromus.core.scope.Scope.defaults());
  }
}
