package io.atumdesk.cmdb.web;

import io.atumdesk.cmdb.CiRef;
import io.atumdesk.cmdb.CiType;
import io.atumdesk.cmdb.Criticality;
import io.atumdesk.cmdb.Impact;
import io.atumdesk.cmdb.ImpactedService;
import io.atumdesk.cmdb.RelationView;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An item, its relations and the paths of its impact laid out in columns for an SVG drawn on the
 * server: what the item relies on to the left, the item, then the items its failure reaches, one
 * column per step, up to the business services it hits, which are marked. Arrows go from source to
 * target (the dependant points at what it needs). The lists beside the drawing say the same in
 * words, so the drawing may leave out what does not fit.
 */
public record Neighbourhood(List<Node> nodes, List<Edge> edges, int width, int height, int hidden) {

  static final int HALF_WIDTH = 75;
  static final int HALF_HEIGHT = 28;
  static final int COLUMN = 2 * HALF_WIDTH + 70;
  static final int ROW = 2 * HALF_HEIGHT + 24;
  static final int MARGIN = 16;
  static final int MAX_PER_COLUMN = 8;
  static final int MAX_DISTANCE = 6;

  /**
   * A box centred at x, y; {@code impacted} when it is a business service the item's failure hits.
   */
  public record Node(
      String key, String name, int x, int y, boolean centre, boolean impacted, Criticality level) {
    public String label() {
      return name.length() > 22 ? name.substring(0, 21) + "…" : name;
    }
  }

  /** An arrow from (x1, y1) to (x2, y2), with the relation kind at its middle when known. */
  public record Edge(int x1, int y1, int x2, int y2, String kind) {
    public int labelX() {
      return (x1 + x2) / 2;
    }

    public int labelY() {
      return (y1 + y2) / 2 - 4;
    }
  }

  static Neighbourhood of(Impact impact, List<RelationView> relations) {
    Columns columns = new Columns();
    CiRef item = impact.item();
    columns.place(item, 1);
    relations.stream().filter(RelationView::outgoing).forEach(r -> columns.place(r.other(), 0));
    for (ImpactedService service : impact.services()) {
      List<CiRef> path = service.path();
      for (int i = 1; i < path.size() && i <= MAX_DISTANCE; i++) {
        columns.place(path.get(i), 1 + i);
      }
    }
    relations.stream().filter(r -> !r.outgoing()).forEach(r -> columns.place(r.other(), 2));
    Set<String> impacted = new LinkedHashSet<>();
    impact.services().forEach(s -> impacted.add(s.service().key().value()));
    Map<String, Node> nodes = columns.layout(item.key().value(), impacted);
    Map<String, Edge> edges = new LinkedHashMap<>();
    for (RelationView r : relations) {
      String other = r.other().key().value();
      String self = item.key().value();
      arrow(
          nodes, edges, r.outgoing() ? self : other, r.outgoing() ? other : self, r.kind().label());
    }
    for (ImpactedService service : impact.services()) {
      List<CiRef> path = service.path();
      for (int i = 1; i < path.size(); i++) {
        arrow(nodes, edges, path.get(i).key().value(), path.get(i - 1).key().value(), null);
      }
    }
    return new Neighbourhood(
        List.copyOf(nodes.values()),
        List.copyOf(edges.values()),
        columns.width(),
        columns.height(),
        columns.hidden());
  }

  private static void arrow(
      Map<String, Node> nodes, Map<String, Edge> edges, String from, String to, String kind) {
    Node source = nodes.get(from);
    Node target = nodes.get(to);
    if (source != null && target != null) {
      edges.putIfAbsent(from + ">" + to, edge(source, target, kind));
    }
  }

  /** Ends the arrow at the border of each box (plus a gap for the head), not at its centre. */
  private static Edge edge(Node from, Node to, String kind) {
    double dx = to.x() - from.x();
    double dy = to.y() - from.y();
    double t =
        Math.min(
            dx == 0 ? 1 : (HALF_WIDTH + 4) / Math.abs(dx),
            dy == 0 ? 1 : (HALF_HEIGHT + 4) / Math.abs(dy));
    t = Math.min(t, 0.45);
    return new Edge(
        (int) Math.round(from.x() + dx * t),
        (int) Math.round(from.y() + dy * t),
        (int) Math.round(to.x() - dx * t),
        (int) Math.round(to.y() - dy * t),
        kind);
  }

  /** Items by column, each in the first column it is placed in, at most a few per column. */
  private static final class Columns {

    private final Map<Integer, List<CiRef>> byColumn = new LinkedHashMap<>();
    private final Set<String> placed = new LinkedHashSet<>();
    private int hidden;

    void place(CiRef ref, int column) {
      if (!placed.add(ref.key().value())) {
        return;
      }
      List<CiRef> refs = byColumn.computeIfAbsent(column, c -> new ArrayList<>());
      if (refs.size() < MAX_PER_COLUMN) {
        refs.add(ref);
      } else {
        hidden++;
      }
    }

    Map<String, Node> layout(String centre, Set<String> impacted) {
      Map<String, Node> nodes = new LinkedHashMap<>();
      int tallest = tallest();
      byColumn.forEach(
          (column, refs) -> {
            int top = MARGIN + (tallest - refs.size()) * ROW / 2;
            for (int row = 0; row < refs.size(); row++) {
              CiRef ref = refs.get(row);
              String key = ref.key().value();
              boolean hit = impacted.contains(key) && CiType.SERVICE.equals(ref.type());
              nodes.put(
                  key,
                  new Node(
                      key,
                      ref.name(),
                      MARGIN + (column - first()) * COLUMN + HALF_WIDTH,
                      top + row * ROW + HALF_HEIGHT,
                      key.equals(centre),
                      hit,
                      hit ? ref.criticality() : null));
            }
          });
      return nodes;
    }

    int width() {
      int columns = byColumn.keySet().stream().mapToInt(c -> c).max().orElse(1) - first() + 1;
      return 2 * MARGIN + columns * COLUMN - (COLUMN - 2 * HALF_WIDTH);
    }

    int height() {
      return 2 * MARGIN + tallest() * ROW - (ROW - 2 * HALF_HEIGHT);
    }

    int hidden() {
      return hidden;
    }

    private int first() {
      return byColumn.containsKey(0) ? 0 : 1;
    }

    private int tallest() {
      return byColumn.values().stream().mapToInt(List::size).max().orElse(1);
    }
  }
}
