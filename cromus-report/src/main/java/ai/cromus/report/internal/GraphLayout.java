package ai.cromus.report.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A layered drawing of a workflow graph, top to bottom: each step in the layer of its longest chain
 * of dependencies (forward edges), an edge that spans layers routed through a slot in each layer it
 * crosses, the order within a layer settled by a few sweeps of the barycentre heuristic (each item
 * moves to the mean position of its neighbours in the layer before, ties kept in their order), and
 * every layer centred. Deterministic: the same graph gives the same coordinates.
 */
public final class GraphLayout {
  public static final int BOX_W = 248;
  static final int SLOT_W = 14;
  static final int GAP_X = 28;
  static final int GAP_Y = 46;
  static final int MARGIN = 14;
  private static final int SWEEPS = 4;
  private static final int REFINE = 8;

  /** One drawn edge: the items it passes, from the dependency to the step. */
  // Error Prone: edges are never compared or hashed, only drawn
  @SuppressWarnings("ArrayRecordComponent")
  public record Edge(int from, int to, int[] items, boolean back) {}

  private final Graph g;
  private final int n;
  private final int boxH;
  private final List<Integer> itemLayer = new ArrayList<>();
  private final List<List<Integer>> rows = new ArrayList<>();
  private final List<List<Integer>> up = new ArrayList<>();
  private final List<List<Integer>> down = new ArrayList<>();
  private final List<Edge> edges = new ArrayList<>();
  private double[] left;
  private int width;

  /** Lays out {@code g} with boxes {@link #BOX_W} wide and {@code boxHeight} high. */
  public GraphLayout(Graph g, int boxHeight) {
    this.g = g;
    this.n = g.size();
    this.boxH = boxHeight;
    int[] layer = layerOfEach();
    for (int i = 0; i < n; i++) {
      addItem(layer[i]);
    }
    for (int v : g.order) {
      for (int d : g.deps[v]) {
        edges.add(g.forward(d, v) ? chain(d, v, layer) : new Edge(d, v, new int[] {d, v}, true));
      }
      rows.get(layer[v]).add(v);
    }
    order();
    place();
    for (int pass = 0; pass < REFINE; pass++) {
      refine(pass % 2 == 0);
    }
    normalise();
  }

  private int[] layerOfEach() {
    int[] layer = new int[n];
    for (int v : g.order) {
      for (int d : g.deps[v]) {
        if (g.forward(d, v)) {
          layer[v] = Math.max(layer[v], layer[d] + 1);
        }
      }
    }
    return layer;
  }

  private int addItem(int layer) {
    while (rows.size() <= layer) {
      rows.add(new ArrayList<>());
    }
    itemLayer.add(layer);
    up.add(new ArrayList<>());
    down.add(new ArrayList<>());
    return itemLayer.size() - 1;
  }

  /** The edge from {@code d} to {@code v} with a slot in every layer between. */
  private Edge chain(int d, int v, int[] layer) {
    int[] items = new int[layer[v] - layer[d] + 1];
    items[0] = d;
    for (int l = layer[d] + 1, k = 1; l < layer[v]; l++, k++) {
      items[k] = addItem(l);
      rows.get(l).add(items[k]);
    }
    items[items.length - 1] = v;
    for (int k = 1; k < items.length; k++) {
      up.get(items[k]).add(items[k - 1]);
      down.get(items[k - 1]).add(items[k]);
    }
    return new Edge(d, v, items, false);
  }

  private void order() {
    int[] position = new int[itemLayer.size()];
    number(position);
    for (int sweep = 0; sweep < SWEEPS; sweep++) {
      for (int l = 1; l < rows.size(); l++) {
        sort(rows.get(l), up, position);
      }
      for (int l = rows.size() - 2; l >= 0; l--) {
        sort(rows.get(l), down, position);
      }
    }
  }

  private void number(int[] position) {
    for (List<Integer> row : rows) {
      for (int i = 0; i < row.size(); i++) {
        position[row.get(i)] = i;
      }
    }
  }

  private static void sort(List<Integer> row, List<List<Integer>> nb, int[] position) {
    double[] key = new double[position.length];
    for (int item : row) {
      List<Integer> ns = nb.get(item);
      if (ns.isEmpty()) {
        key[item] = position[item];
      } else {
        double sum = 0;
        for (int m : ns) {
          sum += position[m];
        }
        key[item] = sum / ns.size();
      }
    }
    row.sort(Comparator.<Integer>comparingDouble(i -> key[i]).thenComparingInt(i -> position[i]));
    for (int i = 0; i < row.size(); i++) {
      position[row.get(i)] = i;
    }
  }

  private void place() {
    left = new double[itemLayer.size()];
    int max = 0;
    int[] rowWidth = new int[rows.size()];
    for (int l = 0; l < rows.size(); l++) {
      int w = 0;
      for (int item : rows.get(l)) {
        w += (w == 0 ? 0 : GAP_X) + itemWidth(item);
      }
      rowWidth[l] = w;
      max = Math.max(max, w);
    }
    for (int l = 0; l < rows.size(); l++) {
      double x = MARGIN + (max - rowWidth[l]) / 2.0;
      for (int item : rows.get(l)) {
        left[item] = x;
        x += itemWidth(item) + GAP_X;
      }
    }
    width = max + 2 * MARGIN;
  }

  /**
   * Moves each item of each layer towards the mean centre of its neighbours in the layer before
   * (above on a downward pass, below on an upward one), keeping the layer's order and gaps: edges
   * straighten without crossing anew.
   */
  private void refine(boolean downward) {
    List<List<Integer>> nb = downward ? up : down;
    int first = downward ? 1 : rows.size() - 2;
    int step = downward ? 1 : -1;
    for (int l = first; l >= 0 && l < rows.size(); l += step) {
      List<Integer> row = rows.get(l);
      double[] want = new double[row.size()];
      for (int i = 0; i < row.size(); i++) {
        int item = row.get(i);
        double c = centre(item);
        if (!nb.get(item).isEmpty()) {
          c = 0;
          for (int m : nb.get(item)) {
            c += centre(m);
          }
          c /= nb.get(item).size();
        }
        want[i] = c - itemWidth(item) / 2.0;
      }
      // pushed right from the wish where items overlap, pushed left likewise, and the mean of both
      double[] right = want.clone();
      double[] leftward = want.clone();
      for (int i = 1; i < row.size(); i++) {
        right[i] = Math.max(right[i], right[i - 1] + itemWidth(row.get(i - 1)) + GAP_X);
      }
      for (int i = row.size() - 2; i >= 0; i--) {
        leftward[i] = Math.min(leftward[i], leftward[i + 1] - GAP_X - itemWidth(row.get(i)));
      }
      for (int i = 0; i < row.size(); i++) {
        want[i] = (right[i] + leftward[i]) / 2;
      }
      for (int i = 0; i < row.size(); i++) {
        left[row.get(i)] = want[i];
      }
    }
  }

  /** Shifts everything so that the leftmost item starts at the margin; sets the width. */
  private void normalise() {
    double min = Double.MAX_VALUE;
    double max = 0;
    for (int i = 0; i < left.length; i++) {
      min = Math.min(min, left[i]);
    }
    for (int i = 0; i < left.length; i++) {
      left[i] = Math.rint(left[i] - min + MARGIN);
      max = Math.max(max, left[i] + itemWidth(i));
    }
    width = (int) max + MARGIN;
  }

  private int itemWidth(int item) {
    return item < n ? BOX_W : SLOT_W;
  }

  public int width() {
    return width;
  }

  public int height() {
    return rows.size() * (boxH + GAP_Y) - GAP_Y + 2 * MARGIN;
  }

  /** The left edge of a step's box or an edge's slot. */
  public double x(int item) {
    return left[item];
  }

  /** The centre of a step's box or an edge's slot. */
  public double centre(int item) {
    return left[item] + itemWidth(item) / 2.0;
  }

  /** The top of the layer an item is in. */
  public double y(int item) {
    return MARGIN + itemLayer.get(item) * (boxH + GAP_Y);
  }

  /** The height of every box. */
  public int boxHeight() {
    return boxH;
  }

  public int layers() {
    return rows.size();
  }

  /** Every edge, back edges (those that close a cycle) included. */
  public List<Edge> edges() {
    return edges;
  }
}
