package ai.cromus.report.internal;

import ai.cromus.core.simulation.StepSimulation;
import ai.cromus.core.workflow.Step;
import ai.cromus.core.workflow.StepKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Draws a {@link GraphLayout} as inline SVG: a box per step (number and title, kind and model, cost
 * and latency in the declared plan, marks for loops, decisions and conditions), an arrow per
 * dependency, the critical path in a heavier orange, edges that close a cycle dashed in red. The
 * SVG has a {@code <title>} and {@code <desc>}, and each box a {@code <title>} that says all it
 * shows.
 */
final class GraphSvg {
  static final int LINE = 17;
  static final int TITLE_CHARS = 28;
  static final int LINE_CHARS = 34;
  static final int MARK_CHARS = 30;

  private final ReportModel m;
  private final List<List<String>> titles = new ArrayList<>();
  private final GraphLayout l;
  private final Optional<PlanCriticalPath> cp;
  private final double[] outPort;
  private final double[] inPort;

  /** Lays the graph out with boxes as high as the fullest box needs. */
  GraphSvg(ReportModel m) {
    this.m = m;
    int lines = 1;
    for (int v = 0; v < m.graph().size(); v++) {
      Step s = m.graph().step(v);
      titles.add(Texts.wrap((v + 1) + ". " + s.title(), TITLE_CHARS, 2));
      int n = titles.get(v).size() + 1 + (m.declared(s.id()).isPresent() ? 1 : 0);
      lines = Math.max(lines, n + (marks(s).isEmpty() ? 0 : 1));
    }
    this.l = new GraphLayout(m.graph(), 12 + LINE * lines);
    this.cp = m.critical();
    this.outPort = new double[l.edges().size()];
    this.inPort = new double[l.edges().size()];
    ports();
  }

  /** Spreads the edges leaving (entering) a box over its bottom (top), ordered by where they go. */
  private void ports() {
    int n = m.graph().size();
    List<List<Integer>> outs = new ArrayList<>();
    List<List<Integer>> ins = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      outs.add(new ArrayList<>());
      ins.add(new ArrayList<>());
    }
    for (int e = 0; e < l.edges().size(); e++) {
      GraphLayout.Edge edge = l.edges().get(e);
      if (!edge.back()) {
        outs.get(edge.from()).add(e);
        ins.get(edge.to()).add(e);
      }
    }
    for (int v = 0; v < n; v++) {
      spread(outs.get(v), v, outPort, 1);
      spread(ins.get(v), v, inPort, -2);
    }
  }

  /**
   * {@code towards}: the index in the edge's items of the item it heads for (1, or −2 from the
   * end).
   */
  private void spread(List<Integer> edges, int v, double[] port, int towards) {
    edges.sort(
        Comparator.comparingDouble(
            e -> {
              int[] items = l.edges().get(e).items();
              return l.centre(items[towards >= 0 ? towards : items.length + towards]);
            }));
    for (int k = 0; k < edges.size(); k++) {
      double share = 0.2 + 0.6 * (k + 1) / (edges.size() + 1);
      port[edges.get(k)] = l.x(v) + GraphLayout.BOX_W * share;
    }
  }

  void render(Html h) {
    String w = Integer.toString(l.width());
    String ht = Integer.toString(l.height());
    h.open(
        "svg",
        "class",
        "graph",
        "viewBox",
        "0 0 " + w + " " + ht,
        "width",
        w,
        "height",
        ht,
        "role",
        "img",
        "style",
        "min-width:" + Math.min(l.width(), (int) (l.width() * 0.8)) + "px",
        "aria-labelledby",
        "graph-t graph-d");
    h.element("title", "Workflow graph: " + m.result().workflow().title(), "id", "graph-t");
    h.element("desc", description(), "id", "graph-d").newline();
    h.open("defs");
    marker(h, "ah", "ah");
    marker(h, "ah-crit", "ah crit");
    marker(h, "ah-back", "ah back");
    h.close("defs").newline();
    for (int e = 0; e < l.edges().size(); e++) {
      edge(h, e);
    }
    for (int v = 0; v < m.graph().size(); v++) {
      node(h, v);
    }
    h.close("svg");
  }

  private static void marker(Html h, String id, String cls) {
    h.open(
        "marker",
        "id",
        id,
        "viewBox",
        "0 0 10 10",
        "refX",
        "9",
        "refY",
        "5",
        "markerUnits",
        "userSpaceOnUse",
        "markerWidth",
        "10",
        "markerHeight",
        "10",
        "orient",
        "auto");
    h.empty("path", "class", cls, "d", "M0,0 L10,5 L0,10 z").close("marker");
  }

  private String description() {
    StringBuilder b = new StringBuilder();
    int n = m.graph().size();
    b.append(n).append(n == 1 ? " step" : " steps").append(" in ").append(l.layers());
    b.append(l.layers() == 1 ? " layer" : " layers").append(", drawn top to bottom");
    cp.ifPresent(
        c -> {
          b.append("; critical path: ");
          List<String> ids = new ArrayList<>();
          c.nodes().forEach(v -> ids.add((v + 1) + ". " + m.graph().step(v).title()));
          b.append(String.join(" → ", ids)).append(", ").append(ReportFigures.seconds(c.length()));
        });
    long back = l.edges().stream().filter(GraphLayout.Edge::back).count();
    if (back > 0) {
      b.append("; ").append(back).append(back == 1 ? " edge closes" : " edges close");
      b.append(" a cycle (dashed)");
    }
    return b.append(". The table below lists every step.").toString();
  }

  private void edge(Html h, int e) {
    GraphLayout.Edge edge = l.edges().get(e);
    int[] it = edge.items();
    if (edge.back()) {
      double x1 = l.x(edge.from()) + GraphLayout.BOX_W;
      double y1 = l.y(edge.from()) + l.boxHeight() / 2.0;
      double x2 = l.x(edge.to()) + GraphLayout.BOX_W;
      double y2 = l.y(edge.to()) + l.boxHeight() / 2.0;
      double bend = Math.max(x1, x2) + GraphLayout.GAP_X * 0.9;
      String d =
          "M"
              + Texts.num(x1)
              + ","
              + Texts.num(y1)
              + " C"
              + Texts.num(bend)
              + ","
              + Texts.num(y1)
              + " "
              + Texts.num(bend)
              + ","
              + Texts.num(y2)
              + " "
              + Texts.num(x2 + 1)
              + ","
              + Texts.num(y2);
      h.empty("path", "class", "edge back", "d", d, "marker-end", "url(#ah-back)").newline();
      return;
    }
    boolean crit = cp.isPresent() && cp.get().link(edge.from(), edge.to());
    StringBuilder d = new StringBuilder();
    double x = outPort[e];
    double y = l.y(it[0]) + l.boxHeight();
    d.append('M').append(Texts.num(x)).append(',').append(Texts.num(y));
    for (int k = 1; k < it.length; k++) {
      boolean last = k == it.length - 1;
      double nx = last ? inPort[e] : l.centre(it[k]);
      double ny = l.y(it[k]);
      double mid = (y + ny) / 2;
      d.append(" C").append(Texts.num(x)).append(',').append(Texts.num(mid)).append(' ');
      d.append(Texts.num(nx)).append(',').append(Texts.num(mid)).append(' ');
      d.append(Texts.num(nx)).append(',').append(Texts.num(ny - (last ? 1 : 0)));
      x = nx;
      y = ny;
      if (!last) {
        y = ny + l.boxHeight();
        d.append(" L").append(Texts.num(x)).append(',').append(Texts.num(y));
      }
    }
    h.empty(
            "path",
            "class",
            crit ? "edge crit" : "edge",
            "d",
            d.toString(),
            "marker-end",
            crit ? "url(#ah-crit)" : "url(#ah)")
        .newline();
  }

  private void node(Html h, int v) {
    Step s = m.graph().step(v);
    boolean crit = cp.isPresent() && cp.get().contains(v);
    Optional<StepSimulation> sim = m.declared(s.id());
    String cls =
        "node" + (crit ? " crit" : "") + (s.kind() == StepKind.DECISION ? " decision" : "");
    double x = l.x(v);
    double y = l.y(v);
    String height = Integer.toString(l.boxHeight());
    h.open("g", "class", cls);
    h.element("title", tooltip(v, s, sim, crit));
    String width = Integer.toString(GraphLayout.BOX_W);
    h.empty(
        "rect",
        "class",
        "box",
        "x",
        Texts.num(x),
        "y",
        Texts.num(y),
        "width",
        width,
        "height",
        height,
        "rx",
        "7");
    String stripe = Integer.toString(l.boxHeight() - 2);
    h.empty(
        "rect",
        "class",
        "kind " + s.kind().id(),
        "x",
        Texts.num(x + 1),
        "y",
        Texts.num(y + 1),
        "width",
        "5",
        "height",
        stripe,
        "rx",
        "2");
    double tx = x + 14;
    double ty = y + 4;
    for (String t : titles.get(v)) {
      ty += LINE;
      text(h, t, "t", tx, ty);
    }
    String kind =
        s.kind().id()
            + sim.flatMap(StepSimulation::model).or(s::model).map(mo -> " · " + mo).orElse("");
    ty += LINE;
    text(h, Texts.cut(kind, LINE_CHARS), "k", tx, ty);
    if (sim.isPresent()) {
      ty += LINE;
      figures(h, sim.get(), tx, ty);
    }
    String mark = marks(s);
    if (!mark.isEmpty()) {
      ty += LINE;
      text(h, Texts.cut(mark, MARK_CHARS), "mark", tx, ty);
    }
    h.close("g").newline();
  }

  private static void text(Html h, String text, String cls, double x, double y) {
    h.element("text", text, "class", cls, "x", Texts.num(x), "y", Texts.num(y));
  }

  /** The step's cost a run (model steps only) and latency in the declared plan. */
  private void figures(Html h, StepSimulation st, double x, double y) {
    int i = m.declaredIndex(st.stepId());
    String at = ReportFigures.pointer("simulation", "declared", "steps", i);
    h.open("text", "class", "f", "x", Texts.num(x), "y", Texts.num(y));
    if (st.model().isPresent()) {
      h.open("tspan", "data-json", at + "/usd", "data-value", st.cost().amount().toPlainString());
      h.text(ReportFigures.perRun(st.cost())).close("tspan").text(" a run · ");
    }
    String latency = st.latencySeconds().toPlainString();
    h.open("tspan", "data-json", at + "/latencySeconds", "data-value", latency);
    h.text(ReportFigures.seconds(st.latencySeconds())).close("tspan").close("text");
  }

  /**
   * Loop, decision and condition marks: {@code ↻ up to 3×}, {@code ◆ decision}, {@code ◇ when …}.
   */
  static String marks(Step s) {
    List<String> out = new ArrayList<>();
    if (s.unboundedLoop()) {
      out.add("↻ loops, no bound");
    } else if (s.loopBound().isPresent()) {
      out.add("↻ up to " + s.loopBound().getAsInt() + "×");
    }
    if (s.kind() == StepKind.DECISION) {
      out.add("◆ decision");
    }
    s.condition().ifPresent(c -> out.add("◇ when " + c));
    return String.join("  ", out);
  }

  private String tooltip(int v, Step s, Optional<StepSimulation> sim, boolean crit) {
    StringBuilder b = new StringBuilder();
    b.append(v + 1).append(". ").append(s.title()).append(" (").append(s.kind().id()).append(")");
    sim.flatMap(StepSimulation::model).or(s::model).ifPresent(x -> b.append(", model ").append(x));
    sim.ifPresent(
        st ->
            b.append(", ")
                .append(ReportFigures.perRun(st.cost()))
                .append(" a run, ")
                .append(ReportFigures.seconds(st.latencySeconds())));
    if (crit) {
      b.append(", on the critical path");
    }
    String mark = marks(s);
    if (!mark.isEmpty()) {
      b.append(", ").append(mark);
    }
    if (!s.dependsOn().isEmpty()) {
      b.append("; after ").append(String.join(", ", s.dependsOn()));
    }
    return b.toString();
  }
}
