package ai.cromus.bench;

import ai.cromus.core.CompileResult;
import ai.cromus.core.Cromus;
import ai.cromus.core.WorkflowSource;
import ai.cromus.core.scope.Scope;
import java.util.Locale;

/**
 * The heap a {@link CompileResult} keeps alive, for generated SOPs of a given size: compiles the
 * same text (a fresh copy each time) {@code count} times, holds every result, and divides the
 * growth of the used heap after full collections by {@code count}. Not a JMH benchmark: a size, not
 * a time.
 *
 * <pre>
 * java -cp cromus-bench/target/benchmarks.jar ai.cromus.bench.RetainedSize 10:400 1000:20 10000:3
 * </pre>
 *
 * <p>Each argument is {@code steps:count}.
 */
public final class RetainedSize {
  private RetainedSize() {}

  public static void main(String[] args) {
    Cromus engine = Cromus.defaultEngine();
    for (String arg : args) {
      String[] p = arg.split(":");
      int steps = Integer.parseInt(p[0]);
      int count = Integer.parseInt(p[1]);
      String text = GeneratedSop.of(steps, 42);
      engine.compileSource(WorkflowSource.sop("generated.md", text), Scope.defaults());
      CompileResult[] kept = new CompileResult[count];
      long before = usedAfterGc();
      for (int i = 0; i < count; i++) {
        // a copy of the text, so that no result shares its source string with another
        kept[i] =
            engine.compileSource(
                WorkflowSource.sop("generated.md", new String(text.toCharArray())),
                Scope.defaults());
      }
      long after = usedAfterGc();
      System.out.printf(
          Locale.ROOT,
          "%,d steps (%,d characters of SOP): %,.1f KB retained per CompileResult"
              + " (%d results held)%n",
          steps,
          text.length(),
          (after - before) / 1024.0 / count,
          kept.length);
    }
  }

  private static long usedAfterGc() {
    Runtime rt = Runtime.getRuntime();
    for (int i = 0; i < 4; i++) {
      System.gc();
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    return rt.totalMemory() - rt.freeMemory();
  }
}
