package ai.cromus.langchain4j.internal;

import ai.cromus.core.CompileResult;
import ai.cromus.core.diagnostic.Diagnostic;
import ai.cromus.core.diagnostic.Severity;
import ai.cromus.core.money.Money;
import ai.cromus.core.simulation.PlanSimulation;
import ai.cromus.core.simulation.StepSimulation;
import ai.cromus.core.workflow.Step;
import ai.cromus.langchain4j.CalibrationReport;
import ai.cromus.langchain4j.RunCalibration;
import ai.cromus.langchain4j.StepCalibration;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The readable reports: plain text, deterministic, the same on any JVM and locale. */
public final class Reports {
  private Reports() {}

  /** Exact dollars, e.g. {@code $0.00083}. */
  public static String usd(Money m) {
    return (m.isNegative() ? "-$" : "$") + m.amount().abs().toPlainString();
  }

  /** A ratio with two decimals (HALF_EVEN), e.g. {@code 1.25x}. */
  public static String ratio(Optional<BigDecimal> r) {
    return r.map(x -> x.setScale(2, RoundingMode.HALF_EVEN).toPlainString() + "x").orElse("-");
  }

  /** A decimal shown with at most two decimals (HALF_EVEN), trailing zeros dropped. */
  public static String number(BigDecimal x) {
    BigDecimal r = x.setScale(2, RoundingMode.HALF_EVEN).stripTrailingZeros();
    return r.scale() < 0 ? r.setScale(0).toPlainString() : r.toPlainString();
  }

  /** The verdict report of {@code CromusAgentic.report} and {@code CromusVerdictException}. */
  public static String verdict(CompileResult r) {
    StringBuilder sb = new StringBuilder();
    sb.append("Cromus verdict ")
        .append(r.verdict().status().name())
        .append(" for workflow '")
        .append(r.workflow().name())
        .append("' (")
        .append(r.workflow().source())
        .append(")");
    r.catalogVersion().ifPresent(v -> sb.append(", catalog ").append(v));
    sb.append('\n');
    for (String reason : r.verdict().reasons()) {
      sb.append("  - ").append(reason).append('\n');
    }
    if (r.simulation().isPresent()) {
      PlanSimulation plan = r.simulation().get().declared();
      sb.append("Declared plan: ")
          .append(usd(plan.perRun()))
          .append(" per run, ")
          .append(usd(plan.perMonth()))
          .append(" per month (")
          .append(r.simulation().get().runsPerMonth())
          .append(" runs)\n");
      List<String[]> rows = new ArrayList<>();
      rows.add(
          new String[] {
            "step",
            "kind",
            "model",
            "channel",
            "input",
            "output",
            "reasoning",
            "calls",
            "cost per run"
          });
      for (StepSimulation s : plan.steps()) {
        Optional<Step> step = r.workflow().step(s.stepId());
        rows.add(
            new String[] {
              s.stepId(),
              step.map(x -> x.kind().id()).orElse(""),
              s.model().orElse("-"),
              s.channel().orElse("-"),
              Long.toString(s.inputTokens()) + (s.estimated() ? "~" : ""),
              Long.toString(s.outputTokens()) + (s.estimated() ? "~" : ""),
              Long.toString(s.reasoningTokens()),
              number(s.expectedCalls()),
              usd(s.cost())
            });
      }
      sb.append(
          table(rows, new boolean[] {false, false, false, false, true, true, true, true, true}));
      sb.append("  (tokens per call; ~ estimated; reasoning is the simulation's allowance)\n");
    } else {
      sb.append("No simulation: no catalog, or no step could be read.\n");
    }
    List<Diagnostic> shown = new ArrayList<>();
    int infos = 0;
    for (Diagnostic d : r.diagnostics()) {
      if (d.severity().isAtLeast(Severity.WARNING)) {
        shown.add(d);
      } else {
        infos++;
      }
    }
    if (!shown.isEmpty()) {
      sb.append("Errors and warnings:\n");
      for (Diagnostic d : shown) {
        sb.append("  ").append(line(d)).append('\n');
      }
    }
    if (infos > 0) {
      sb.append("(").append(infos).append(" info diagnostics not shown)\n");
    }
    return sb.toString();
  }

  /** The calibration report as text. */
  public static String calibration(CalibrationReport c) {
    StringBuilder sb = new StringBuilder();
    sb.append("Calibration of workflow '")
        .append(c.workflow())
        .append("' over ")
        .append(c.runsObserved())
        .append(c.runsObserved() == 1 ? " run" : " runs");
    c.catalogVersion().ifPresent(v -> sb.append(" (catalog ").append(v).append(")"));
    sb.append(": predicted per run against the mean actual per run\n");
    List<String[]> rows = new ArrayList<>();
    rows.add(
        new String[] {
          "step", "model", "calls", "input tokens", "output+reasoning", "cost", "cost ratio"
        });
    for (StepCalibration s : c.steps()) {
      rows.add(
          new String[] {
            s.stepId(),
            s.model().orElse("-"),
            number(s.predictedCalls()) + " / " + number(s.actualCalls()),
            number(s.predictedInputTokens()) + " / " + number(s.actualInputTokens()),
            number(s.predictedOutputTokens()) + " / " + number(s.actualOutputTokens()),
            usd(s.predictedCost()) + " / " + usd(s.actualCost()),
            ratio(s.costRatio())
          });
    }
    rows.add(
        new String[] {
          "total",
          "",
          "",
          "",
          "",
          usd(c.predictedPerRun()) + " / " + usd(c.actualPerRun()),
          ratio(c.costRatio())
        });
    sb.append(table(rows, new boolean[] {false, false, true, true, true, true, true}));
    if (!c.runs().isEmpty()) {
      sb.append("Runs:\n");
      List<String[]> runs = new ArrayList<>();
      runs.add(new String[] {"run", "calls", "input", "output", "predicted", "actual", "ratio"});
      for (RunCalibration r : c.runs()) {
        runs.add(
            new String[] {
              r.run(),
              Integer.toString(r.calls()),
              Long.toString(r.inputTokens()),
              Long.toString(r.outputTokens()),
              usd(r.predicted()),
              usd(r.actual())
                  + (r.unpricedCalls() > 0 ? " (" + r.unpricedCalls() + " unpriced)" : ""),
              ratio(r.ratio())
            });
      }
      sb.append(table(runs, new boolean[] {false, true, true, true, true, true, true}));
    }
    if (!c.observedSizes().isEmpty()) {
      sb.append("Observed sizes of one call (CromusAgentic.sizes, or the sizes file below):\n");
      for (String line : c.sizesYaml().split("\n")) {
        if (!line.startsWith("#")) {
          sb.append("  ").append(line).append('\n');
        }
      }
    }
    return sb.toString();
  }

  /** One diagnostic on one line. */
  public static String line(Diagnostic d) {
    return d.severity().id()
        + " "
        + d.rule()
        + " "
        + d.source()
        + ":"
        + d.line()
        + ":"
        + d.column()
        + " "
        + d.message()
        + d.hint().map(h -> " " + h).orElse("");
  }

  /** Columns padded to their widest cell; right-aligned where asked. */
  public static String table(List<String[]> rows, boolean[] right) {
    int cols = rows.get(0).length;
    int[] w = new int[cols];
    for (String[] row : rows) {
      for (int i = 0; i < cols; i++) {
        w[i] = Math.max(w[i], row[i].length());
      }
    }
    StringBuilder sb = new StringBuilder();
    for (String[] row : rows) {
      StringBuilder line = new StringBuilder("  ");
      for (int i = 0; i < cols; i++) {
        String cell = row[i];
        String pad = " ".repeat(w[i] - cell.length());
        line.append(right[i] ? pad + cell : cell + pad);
        if (i < cols - 1) {
          line.append("  ");
        }
      }
      sb.append(line.toString().stripTrailing()).append('\n');
    }
    return sb.toString();
  }
}
