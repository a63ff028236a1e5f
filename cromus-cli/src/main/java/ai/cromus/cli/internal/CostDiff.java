package ai.cromus.cli.internal;

import ai.cromus.core.CompileResult;
import ai.cromus.core.croms.Croms;
import ai.cromus.core.croms.CromsFinding;
import ai.cromus.core.money.Money;
import ai.cromus.core.report.TerminalText;
import ai.cromus.core.simulation.CostMode;
import ai.cromus.core.simulation.PlanSimulation;
import ai.cromus.core.simulation.Simulation;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The change in cost per plan and in Croms between two versions of a workflow, as text, JSON or
 * Markdown (a pull-request comment). Deltas are new minus old, exact.
 */
public final class CostDiff {
  private final String oldName;
  private final String newName;
  private final CompileResult before;
  private final CompileResult after;

  public CostDiff(String oldName, CompileResult before, String newName, CompileResult after) {
    this.oldName = oldName;
    this.newName = newName;
    this.before = before;
    this.after = after;
  }

  /** True when both versions were simulated. */
  public boolean comparable() {
    return before.simulation().isPresent() && after.simulation().isPresent();
  }

  private List<String[]> planNames() {
    List<String[]> out = new ArrayList<>();
    out.add(new String[] {"declared", null});
    for (CostMode m : CostMode.values()) {
      out.add(new String[] {m.id(), m.name()});
    }
    return out;
  }

  private static PlanSimulation plan(Simulation s, String[] name) {
    return name[1] == null ? s.declared() : s.mode(CostMode.valueOf(name[1]));
  }

  static String signed(Money m) {
    return (m.isNegative() ? "" : "+") + m.display();
  }

  static String signed(BigDecimal b) {
    return (b.signum() < 0 ? "" : "+") + b.toPlainString();
  }

  /** {@code +$12.30} or {@code -$18.00}: a monthly delta to the cent. */
  static String signedMonth(Money m) {
    return (m.isNegative() ? "-$" : "+$") + m.rounded(2).abs().toPlainString();
  }

  static String run(PlanSimulation p) {
    return p.feasible() ? p.perRun().display() : "n/a";
  }

  private Set<String> kinds(Croms c) {
    return c.findings().stream()
        .map(f -> f.kind() + " " + String.join(",", f.steps()))
        .collect(Collectors.toCollection(LinkedHashSet::new));
  }

  public ObjectNode json() {
    ObjectNode root = Json.object();
    root.put("old", oldName);
    root.put("new", newName);
    Simulation a = before.simulation().get();
    Simulation b = after.simulation().get();
    root.put("runsPerMonthOld", a.runsPerMonth());
    root.put("runsPerMonthNew", b.runsPerMonth());
    ObjectNode declared = root.putObject("declared");
    ObjectNode modes = root.putObject("modes");
    for (String[] name : planNames()) {
      PlanSimulation pa = plan(a, name);
      PlanSimulation pb = plan(b, name);
      ObjectNode n = name[1] == null ? declared : modes.putObject(name[0]);
      n.put("perRunUsdOld", pa.perRun().amount());
      n.put("perRunUsdNew", pb.perRun().amount());
      n.put("perRunUsdDelta", pb.perRun().minus(pa.perRun()).amount());
      n.put("perMonthUsdOld", pa.perMonth().amount());
      n.put("perMonthUsdNew", pb.perMonth().amount());
      n.put("perMonthUsdDelta", pb.perMonth().minus(pa.perMonth()).amount());
      n.put("latencySecondsDelta", pb.latencySeconds().subtract(pa.latencySeconds()));
      LoopText.diffJson(n, pa, pb);
    }
    if (before.croms().isPresent() && after.croms().isPresent()) {
      Croms ca = before.croms().get();
      Croms cb = after.croms().get();
      ObjectNode c = root.putObject("croms");
      c.put("totalOld", ca.total());
      c.put("totalNew", cb.total());
      c.put("totalDelta", cb.total().subtract(ca.total()));
      c.put("labelOld", ca.label().id());
      c.put("labelNew", cb.label().id());
      c.put("wasteUsdPerMonthDelta", cb.wasteUsdPerMonth().minus(ca.wasteUsdPerMonth()).amount());
      Set<String> ka = kinds(ca);
      Set<String> kb = kinds(cb);
      ArrayNode added = c.putArray("findingsAdded");
      cb.findings().stream()
          .filter(f -> !ka.contains(f.kind() + " " + String.join(",", f.steps())))
          .forEach(f -> added.add(finding(f)));
      ArrayNode removed = c.putArray("findingsRemoved");
      ca.findings().stream()
          .filter(f -> !kb.contains(f.kind() + " " + String.join(",", f.steps())))
          .forEach(f -> removed.add(finding(f)));
    }
    ObjectNode v = root.putObject("verdict");
    v.put("old", before.verdict().status().name());
    v.put("new", after.verdict().status().name());
    return root;
  }

  private static ObjectNode finding(CromsFinding f) {
    ObjectNode n = Json.object();
    n.put("kind", f.kind());
    ArrayNode st = n.putArray("steps");
    f.steps().forEach(st::add);
    n.put("usdPerMonth", f.usdPerMonth().amount());
    return n;
  }

  private TextTable table() {
    Simulation a = before.simulation().get();
    Simulation b = after.simulation().get();
    TextTable t =
        new TextTable(
            "plan", ">old/run", ">new/run", ">Δ/run", ">old/month", ">new/month", ">Δ/month");
    for (String[] name : planNames()) {
      PlanSimulation pa = plan(a, name);
      PlanSimulation pb = plan(b, name);
      t.row(
          name[0],
          run(pa),
          run(pb),
          signed(pb.perRun().minus(pa.perRun())),
          pa.perMonth().display(2),
          pb.perMonth().display(2),
          signedMonth(pb.perMonth().minus(pa.perMonth())));
    }
    return t;
  }

  private List<String> cromsLines() {
    List<String> out = new ArrayList<>();
    if (before.croms().isEmpty() || after.croms().isEmpty()) {
      return out;
    }
    Croms ca = before.croms().get();
    Croms cb = after.croms().get();
    out.add(
        "Croms "
            + ca.total().toPlainString()
            + " ("
            + ca.label().id()
            + ") → "
            + cb.total().toPlainString()
            + " ("
            + cb.label().id()
            + "), "
            + signed(cb.total().subtract(ca.total())));
    Set<String> ka = kinds(ca);
    Set<String> kb = kinds(cb);
    for (CromsFinding f : cb.findings()) {
      if (!ka.contains(f.kind() + " " + String.join(",", f.steps()))) {
        out.add(
            "new: "
                + f.kind()
                + " ("
                + String.join(", ", f.steps())
                + ") "
                + f.usdPerMonth().display()
                + " a month");
      }
    }
    for (CromsFinding f : ca.findings()) {
      if (!kb.contains(f.kind() + " " + String.join(",", f.steps()))) {
        out.add("fixed: " + f.kind() + " (" + String.join(", ", f.steps()) + ")");
      }
    }
    return out;
  }

  public String text() {
    StringBuilder sb =
        new StringBuilder("Cost diff  ")
            .append(TerminalText.visible(oldName))
            .append(" → ")
            .append(TerminalText.visible(newName))
            .append('\n');
    sb.append(table().render("  "));
    for (String l : LoopText.diffLines(before.simulation().get(), after.simulation().get())) {
      sb.append("  ").append(TerminalText.visible(l)).append('\n');
    }
    for (String l : cromsLines()) {
      sb.append("  ").append(TerminalText.visible(l)).append('\n');
    }
    sb.append("  Verdict ")
        .append(before.verdict().status())
        .append(" → ")
        .append(after.verdict().status())
        .append('\n');
    return sb.toString();
  }

  public String markdown() {
    Simulation a = before.simulation().get();
    Simulation b = after.simulation().get();
    StringBuilder sb =
        new StringBuilder("### Cromus cost diff\n\n`")
            .append(md(oldName))
            .append("` → `")
            .append(md(newName))
            .append(
                "`\n\n| plan | old / run | new / run | Δ / run | Δ / month |\n|---|---:|---:|---:|---:|\n");
    for (String[] name : planNames()) {
      PlanSimulation pa = plan(a, name);
      PlanSimulation pb = plan(b, name);
      sb.append("| ")
          .append(name[0])
          .append(" | ")
          .append(run(pa))
          .append(" | ")
          .append(run(pb))
          .append(" | ")
          .append(signed(pb.perRun().minus(pa.perRun())))
          .append(" | ")
          .append(signedMonth(pb.perMonth().minus(pa.perMonth())))
          .append(" |\n");
    }
    for (String l : LoopText.diffLines(a, b)) {
      sb.append("\n").append(md(l)).append('\n');
    }
    List<String> croms = cromsLines();
    if (!croms.isEmpty()) {
      sb.append("\n**").append(md(croms.get(0))).append("**\n\n");
      for (String l : croms.subList(1, croms.size())) {
        sb.append("- ").append(md(l)).append('\n');
      }
    }
    sb.append("\nVerdict: ")
        .append(before.verdict().status())
        .append(" → **")
        .append(after.verdict().status())
        .append("**\n");
    return sb.toString();
  }

  /** Escapes Markdown table and emphasis characters in user text. */
  static String md(String s) {
    return s.replace("\\", "\\\\")
        .replace("|", "\\|")
        .replace("`", "'")
        .replace("*", "\\*")
        .replace("_", "\\_")
        .replace("\n", " ");
  }
}
