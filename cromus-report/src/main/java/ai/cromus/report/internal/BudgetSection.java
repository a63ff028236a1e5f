package ai.cromus.report.internal;

import ai.cromus.core.CompileResult;
import ai.cromus.core.diagnostic.SourceLocation;
import ai.cromus.core.money.Money;
import ai.cromus.core.scope.Budget;
import ai.cromus.core.simulation.PlanSimulation;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The budgets in force (the workflow's and the scope's, a run and a month) and the headroom the
 * declared plan leaves under each: the source of the verdict's budget reasons. A limit and its
 * headroom are not in the JSON report; they carry {@code data-derived} ({@code budget} and {@code
 * headroom}, the limit minus the declared plan's cost, exact) instead of a JSON Pointer.
 */
final class BudgetSection implements Section {
  /** One budget line: whose, a run or a month, the limit, where it was written. */
  record Line(String who, boolean month, Money limit, Optional<SourceLocation> at) {
    Money cost(PlanSimulation declared) {
      return month ? declared.perMonth() : declared.perRun();
    }

    String costPointer() {
      return ReportFigures.pointer("simulation", "declared", month ? "perMonthUsd" : "perRunUsd");
    }
  }

  @Override
  public String id() {
    return "budget";
  }

  @Override
  public String title() {
    return "Budget and headroom";
  }

  @Override
  public boolean applies(ReportModel m) {
    return m.simulation().isPresent() && !lines(m.result()).isEmpty();
  }

  static List<Line> lines(CompileResult r) {
    List<Line> out = new ArrayList<>();
    add(out, "workflow", r.workflow().budget());
    add(out, "scope", r.scope().budget());
    return out;
  }

  private static void add(List<Line> out, String who, Budget b) {
    b.perRun().ifPresent(l -> out.add(new Line(who, false, l, b.perRunLocation())));
    b.perMonth().ifPresent(l -> out.add(new Line(who, true, l, b.perMonthLocation())));
  }

  @Override
  public void body(ReportModel m, Html h) {
    PlanSimulation d = m.simulation().get().declared();
    h.element(
            "p",
            "The declared plan is checked against every budget; a negative headroom fails the"
                + " verdict.",
            "class",
            "note")
        .newline();
    h.open("div", "class", "scroll").open("table").element("caption", "Budgets in force");
    h.open("thead").open("tr");
    for (String c : List.of("budget", "limit", "declared plan", "headroom", "declared in")) {
      h.element(
          "th",
          c,
          "scope",
          "col",
          "class",
          c.equals("budget") || c.equals("declared in") ? null : "num");
    }
    h.close("tr").close("thead").open("tbody").newline();
    for (Line l : lines(m.result())) {
      h.open("tr").element("th", l.who() + (l.month() ? ", a month" : ", a run"), "scope", "row");
      h.open("td", "class", "num");
      figure(h, "budget", l.limit(), l.month());
      h.close("td").open("td", "class", "num");
      Money cost = l.cost(d);
      ReportFigures.data(h, l.costPointer(), cost.amount(), shown(cost, l.month()));
      h.close("td").open("td", "class", "num");
      headroom(h, l.limit().minus(cost), l.month());
      h.close("td");
      h.element("td", l.at().map(a -> a.source() + ":" + a.line()).orElse("—"), "class", "mono");
      h.close("tr").newline();
    }
    h.close("tbody").close("table").close("div").newline();
  }

  private static String shown(Money m, boolean month) {
    return month ? ReportFigures.perMonth(m) : ReportFigures.perRun(m);
  }

  private static void figure(Html h, String derived, Money m, boolean month) {
    h.open("data", "value", m.amount().toPlainString(), "data-derived", derived)
        .text(shown(m, month))
        .close("data");
  }

  /** {@code $228.07 left} or {@code over by $628.07}, the exact headroom in the value. */
  static void headroom(Html h, Money headroom, boolean month) {
    if (headroom.isNegative()) {
      h.open("span", "class", "bad").text("over by ");
      h.open("data", "value", headroom.amount().toPlainString(), "data-derived", "headroom")
          .text(shown(headroom.times(-1), month))
          .close("data")
          .close("span");
    } else {
      h.open("span", "class", "good");
      h.open("data", "value", headroom.amount().toPlainString(), "data-derived", "headroom")
          .text(shown(headroom, month))
          .close("data")
          .text(" left")
          .close("span");
    }
  }

  /**
   * The header tile: the headroom under the tightest budget, the one with the least headroom
   * relative to its limit (a month before a run on ties); nothing without a budget.
   */
  static void tile(ReportModel m, Html h) {
    List<Line> lines = lines(m.result());
    if (lines.isEmpty()) {
      return;
    }
    PlanSimulation d = m.simulation().get().declared();
    Line tight = null;
    BigDecimal least = null;
    for (Line l : lines) {
      BigDecimal share =
          l.limit().isZero()
              ? l.cost(d).amount().negate()
              : l.limit()
                  .minus(l.cost(d))
                  .amount()
                  .divide(l.limit().amount(), MathContext.DECIMAL64);
      if (least == null
          || share.compareTo(least) < 0
          || (share.compareTo(least) == 0 && l.month())) {
        least = share;
        tight = l;
      }
    }
    HeaderSection.tile(h, "Budget headroom");
    h.open("dd", "class", "big");
    headroom(h, tight.limit().minus(tight.cost(d)), tight.month());
    h.close("dd").open("dd", "class", "small");
    h.text(
        "under the "
            + tight.who()
            + "'s "
            + (tight.month() ? "monthly" : "per-run")
            + " limit of ");
    figure(h, "budget", tight.limit(), tight.month());
    h.close("dd").close("div").newline();
  }
}
