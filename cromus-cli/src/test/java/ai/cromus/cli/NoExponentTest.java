package ai.cromus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ai.cromus.core.CompileResult;
import ai.cromus.core.Cromus;
import ai.cromus.core.CromusJson;
import ai.cromus.core.WorkflowSource;
import ai.cromus.core.export.ExportBundle;
import ai.cromus.core.export.Exporter;
import ai.cromus.core.money.Money;
import ai.cromus.core.scope.Budget;
import ai.cromus.core.scope.Scope;
import ai.cromus.core.spec.Artifacts;
import ai.cromus.core.workflow.Step;
import ai.cromus.core.workflow.StepKind;
import ai.cromus.core.workflow.TokenCount;
import ai.cromus.core.workflow.Workflow;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * No output of any kind prints a number with an exponent ({@code 1E+1}, {@code 1.7E-6}): every
 * example compiled as text, JSON and SARIF with and without every example scope, validated,
 * exported to every target, diffed, its generated artifacts, the catalog listing; and the same for
 * seeded random SOPs full of round and tiny numbers.
 */
class NoExponentTest {
  /**
   * A decimal number with an exponent, standing alone: not part of a word, an id, a version or a
   * UUID ({@code 12e45678-...}, {@code gpt-4e}).
   */
  static final Pattern EXPONENT =
      Pattern.compile(
          "(?<![\\w.\\-#/])[-+]?\\$?(?:\\d+(?:\\.\\d*)?|\\.\\d+)[eE][-+]?\\d+(?![\\w.\\-])");

  static final Path EXAMPLES = Path.of("../examples");

  @TempDir Path tmp;

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = CromusCommand.execute(new PrintWriter(out), new PrintWriter(err), args);
    return new Run(code, out.toString(), err.toString());
  }

  /** Every number with an exponent in {@code text}, with its line. */
  static List<String> exponents(String text) {
    List<String> found = new ArrayList<>();
    Matcher m = EXPONENT.matcher(text);
    while (m.find()) {
      int from = text.lastIndexOf('\n', m.start()) + 1;
      int to = text.indexOf('\n', m.end());
      found.add(m.group() + " in: " + text.substring(from, to < 0 ? text.length() : to).strip());
    }
    return found;
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "latency_budget_seconds: \"1E+1\"",
        "\"usd\" : 1.7E-6,",
        "costs $1E+2 a run",
        "| 2.5e3 |",
        "ratio=1e-7)"
      })
  void theDetectorFindsAnExponent(String text) {
    assertThat(exponents(text)).hasSize(1);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "\"id\" : \"12e45678-90ab-4cde-8f01-234567e89abc\"",
        "gpt-4e and llama-3e2 and v1e2 and e2e",
        "0.0000017 10 1,000 $0.0210 1.5x",
        "file-2e3.md ./1e5 #1e3"
      })
  void theDetectorLeavesOtherTextAlone(String text) {
    assertThat(exponents(text)).isEmpty();
  }

  static List<Path> inputs() throws IOException {
    List<Path> files = new ArrayList<>();
    for (String dir : List.of("sops", "workflows", "specs")) {
      try (Stream<Path> s = Files.walk(EXAMPLES.resolve(dir))) {
        s.filter(Files::isRegularFile)
            .filter(p -> p.toString().matches(".*\\.(md|json|yaml|yml)$"))
            .forEach(files::add);
      }
    }
    files.sort(null);
    return files;
  }

  static List<Path> scopes() throws IOException {
    try (Stream<Path> s = Files.list(EXAMPLES.resolve("scopes"))) {
      return s.sorted().collect(Collectors.toList());
    }
  }

  /** Every output of every command for {@code file}, by a name that says where it came from. */
  Map<String, String> outputsOf(Path file, String tag) throws IOException {
    Map<String, String> out = new LinkedHashMap<>();
    List<Path> scopes = new ArrayList<>(scopes());
    scopes.add(0, null);
    for (Path scope : scopes) {
      for (String format : List.of("text", "json", "sarif")) {
        List<String> args =
            new ArrayList<>(List.of("compile", file.toString(), "--format", format));
        if (scope != null) {
          args.add("--scope");
          args.add(scope.toString());
        }
        if (format.equals("text")) {
          args.add("--verbose");
        }
        Run r = run(args.toArray(new String[0]));
        out.put(String.join(" ", args), r.out() + r.err());
      }
    }
    Path dir = tmp.resolve("export-" + tag);
    Run r = run("export", file.toString(), "--target", "all", "--out", dir.toString());
    out.put("export " + file, r.out() + r.err());
    if (Files.isDirectory(dir)) {
      try (Stream<Path> s = Files.walk(dir)) {
        for (Path p : s.filter(Files::isRegularFile).sorted().collect(Collectors.toList())) {
          out.put("export " + file + ": " + dir.relativize(p), Files.readString(p));
        }
      }
    }
    CompileResult c =
        Cromus.defaultEngine()
            .compileSource(
                WorkflowSource.of(file.toString(), Files.readString(file, StandardCharsets.UTF_8)),
                Scope.defaults());
    c.artifacts().ifPresent(a -> out.putAll(artifacts(file.toString(), a)));
    return out;
  }

  static Map<String, String> artifacts(String name, Artifacts a) {
    return Map.of(
        name + " SKILL.md", a.skillMd(),
        name + " cromus.yaml", a.cromusYaml(),
        name + " ETHOS.md", a.ethosMd(),
        name + " MEMORY.md", a.memoryMd());
  }

  static void assertNoExponent(Map<String, String> outputs, String context) {
    assertThat(outputs).isNotEmpty();
    for (Map.Entry<String, String> e : outputs.entrySet()) {
      assertThat(exponents(e.getValue())).as("%s: %s", context, e.getKey()).isEmpty();
    }
  }

  @Test
  void noExampleOutputHasAnExponent() throws IOException {
    int n = 0;
    for (Path file : inputs()) {
      assertNoExponent(outputsOf(file, Integer.toString(n++)), file.toString());
    }
    Map<String, String> more = new LinkedHashMap<>();
    for (String format : List.of("text", "json", "sarif")) {
      Run r =
          run(
              "validate",
              EXAMPLES.resolve("specs").toString(),
              "--policy",
              EXAMPLES.resolve("specs/cromus.policy.yml").toString(),
              "--format",
              format,
              "--verbose");
      more.put("validate --format " + format, r.out() + r.err());
    }
    for (String format : List.of("text", "json", "markdown")) {
      Run r =
          run(
              "diff",
              EXAMPLES.resolve("sops/plain-refund-triage.md").toString(),
              EXAMPLES.resolve("sops/refund-triage.md").toString(),
              "--format",
              format);
      more.put("diff --format " + format, r.out() + r.err());
    }
    for (String format : List.of("text", "json")) {
      Run r = run("models", "--format", format);
      more.put("models --format " + format, r.out() + r.err());
    }
    assertNoExponent(more, "validate, diff, models");
  }

  @Test
  void decimalsWithExponentsInAWorkflowBuiltInCodeArePrintedPlain() {
    Workflow wf =
        Workflow.builder()
            .name("built-in-code")
            .runsPerMonth(1_000_000)
            .budget(
                Budget.builder()
                    .perRun(Money.usd(new BigDecimal("1E-7")))
                    .perMonth(Money.usd(new BigDecimal("1E+2")))
                    .build())
            .addSteps(
                Step.builder()
                    .id("classify")
                    .title("Classify")
                    .kind(StepKind.LLM)
                    .inputTokens(TokenCount.declared(10))
                    .outputTokens(TokenCount.declared(1))
                    .latencyBudgetSeconds(new BigDecimal("1E+1"))
                    .build(),
                Step.builder()
                    .id("reply")
                    .title("Reply")
                    .kind(StepKind.LLM)
                    .addDependsOn("classify")
                    .latencyBudgetSeconds(new BigDecimal("2.5E-3"))
                    .build())
            .build();
    Cromus engine = Cromus.defaultEngine();
    CompileResult r = engine.compile(wf, Scope.defaults());
    Map<String, String> out = new LinkedHashMap<>(artifacts("built-in-code", r.artifacts().get()));
    out.put("report", CromusJson.write(r));
    out.put("workflow", CromusJson.write(wf));
    for (Exporter e : engine.exporters()) {
      ExportBundle bundle = engine.export(r, e.id());
      bundle.files().forEach(f -> out.put(e.id() + ": " + f.path(), f.text()));
      bundle.diagnostics().forEach(d -> out.put(e.id() + ": " + d, d.message()));
    }
    assertNoExponent(out, "a workflow built in code");
  }

  /** An SOP whose numbers are the ones BigDecimal likes to print with an exponent. */
  static String randomSop(Random random) {
    String[] latencies = {"10s", "20s", "100s", "1 min", "10 min", "100ms", "1000ms", "0.5s"};
    String[] budgets = {"100", "1000", "10", "0.00001", "0.0000001", "20", "0.10", "100.000"};
    String[] sizes = {"1,000 tokens", "10k tokens", "100 tokens", "~2000 tokens", "2 pages"};
    StringBuilder b =
        new StringBuilder("---\nname: round-numbers\nowner: Ops\n")
            .append(random.nextBoolean() ? "runs_per_day: " : "runs_per_month: ")
            .append(new String[] {"10", "100", "1000", "10000", "1"}[random.nextInt(5)])
            .append("\nbudget:\n  per_run_usd: ")
            .append(budgets[random.nextInt(budgets.length)])
            .append("\n  per_month_usd: ")
            .append(budgets[random.nextInt(budgets.length)])
            .append("\n---\n# Round numbers\n\nA workflow full of round numbers.\n");
    String[] kinds = {"llm", "llm", "tool", "retrieval", "code", "human"};
    for (int i = 1, n = 1 + random.nextInt(6); i <= n; i++) {
      b.append("\n## ").append(i).append(". Step ").append(i).append("\nDo step ").append(i);
      b.append(".\n- kind: ").append(kinds[random.nextInt(kinds.length)]);
      b.append("\n- input: text, ").append(sizes[random.nextInt(sizes.length)]);
      b.append("\n- output: text, ").append(sizes[random.nextInt(sizes.length)]);
      b.append("\n- latency: ").append(latencies[random.nextInt(latencies.length)]);
      if (random.nextBoolean()) {
        b.append("\n- retry: ").append(random.nextInt(4));
      }
      if (random.nextBoolean()) {
        b.append("\n- loop: up to ").append(10 * (1 + random.nextInt(10))).append(" times");
      }
      b.append('\n');
    }
    return b.toString();
  }

  @Test
  void seededRoundNumbersNeverPrintAnExponent() throws IOException {
    long seed = new Random().nextLong();
    Random random = new Random(seed);
    for (int i = 0; i < 6; i++) {
      Path file = tmp.resolve("round-" + i + ".md");
      Files.writeString(file, randomSop(random));
      assertNoExponent(
          outputsOf(file, "seeded-" + i),
          "seed " + seed + " (" + file.getFileName() + ")\n" + Files.readString(file));
    }
  }
}
