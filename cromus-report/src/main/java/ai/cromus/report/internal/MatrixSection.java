package ai.cromus.report.internal;

import ai.cromus.core.catalog.EcosystemTier;
import ai.cromus.core.simulation.CostMode;
import ai.cromus.core.simulation.MatrixCell;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The cost a month of each ecosystem tier under each mode, as a heat table: six shades from the
 * cheapest cell to the dearest on a logarithmic scale (the cells span orders of magnitude); a cell
 * the scope leaves without a model shows a dash. The shade is decoration; the figure is the text.
 */
final class MatrixSection implements Section {
  static final int SHADES = 6;

  @Override
  public String id() {
    return "matrix";
  }

  @Override
  public String title() {
    return "Ecosystem tier × mode";
  }

  @Override
  public boolean applies(ReportModel m) {
    return m.simulation().isPresent() && !m.simulation().get().matrix().isEmpty();
  }

  @Override
  public void body(ReportModel m, Html h) {
    List<MatrixCell> cells = m.simulation().get().matrix();
    List<EcosystemTier> tiers = new ArrayList<>();
    double lo = Double.MAX_VALUE;
    double hi = 0;
    for (MatrixCell c : cells) {
      if (!tiers.contains(c.tier())) {
        tiers.add(c.tier());
      }
      if (c.feasible() && c.perMonth().amount().signum() > 0) {
        lo = Math.min(lo, c.perMonth().amount().doubleValue());
        hi = Math.max(hi, c.perMonth().amount().doubleValue());
      }
    }
    h.element(
            "p",
            "What a month would cost if every step ran through one ecosystem tier (mainstream"
                + " vendor APIs, managed clouds, aggregators, inference providers) under each mode."
                + " Lighter is cheaper.",
            "class",
            "note")
        .newline();
    h.open("div", "class", "scroll").open("table", "class", "heat");
    h.element(
        "caption",
        "Cost a month by ecosystem tier and mode (USD; — where the scope leaves no model)");
    h.open("thead").open("tr").element("th", "ecosystem tier", "scope", "col");
    for (CostMode mode : CostMode.values()) {
      h.element("th", mode.id(), "scope", "col", "class", "num");
    }
    h.close("tr").close("thead").open("tbody").newline();
    for (EcosystemTier tier : tiers) {
      h.open("tr").element("th", tier.id(), "scope", "row");
      for (CostMode mode : CostMode.values()) {
        cell(h, cells, tier, mode, lo, hi);
      }
      h.close("tr").newline();
    }
    h.close("tbody").close("table").close("div").newline();
  }

  private static void cell(
      Html h, List<MatrixCell> cells, EcosystemTier tier, CostMode mode, double lo, double hi) {
    for (int i = 0; i < cells.size(); i++) {
      MatrixCell c = cells.get(i);
      if (c.tier() == tier && c.mode() == mode) {
        if (!c.feasible()) {
          break;
        }
        h.open("td", "class", "heat h" + shade(c.perMonth().amount(), lo, hi));
        ReportFigures.perMonth(
            h, ReportFigures.pointer("simulation", "matrix", i, "perMonthUsd"), c.perMonth());
        h.close("td");
        return;
      }
    }
    h.open("td", "class", "heat hx").text("—").close("td");
  }

  /** 0 (cheapest) to {@link #SHADES} − 1 (dearest), on a log scale between lo and hi. */
  static int shade(BigDecimal v, double lo, double hi) {
    if (v.signum() <= 0 || hi <= lo) {
      return 0;
    }
    double t =
        (StrictMath.log(v.doubleValue()) - StrictMath.log(lo))
            / (StrictMath.log(hi) - StrictMath.log(lo));
    return (int) Math.max(0, Math.min(SHADES - 1, Math.floor(t * SHADES)));
  }
}
