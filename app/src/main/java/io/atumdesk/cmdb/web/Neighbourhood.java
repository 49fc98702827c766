package io.atumdesk.cmdb.web;

import io.atumdesk.cmdb.CiRef;
import io.atumdesk.cmdb.RelationView;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An item and its direct relations laid out for an SVG drawn on the server: the item in the middle,
 * its neighbours on a circle around it, one arrow per relation from source to target.
 */
public record Neighbourhood(List<Node> nodes, List<Edge> edges, int width, int height) {

  static final int WIDTH = 720;
  static final int HEIGHT = 420;
  static final int RADIUS = 160;
  static final int HALF_WIDTH = 70;
  static final int HALF_HEIGHT = 22;
  static final int MAX_NEIGHBOURS = 24;

  /** A box centred at x, y. */
  public record Node(String key, String name, String type, int x, int y, boolean centre) {
    public String label() {
      return name.length() > 22 ? name.substring(0, 21) + "…" : name;
    }
  }

  /** An arrow from (x1, y1) to (x2, y2) with the relation kind at its middle. */
  public record Edge(int x1, int y1, int x2, int y2, String kind) {
    public int labelX() {
      return (x1 + x2) / 2;
    }

    public int labelY() {
      return (y1 + y2) / 2 - 4;
    }
  }

  static Neighbourhood of(CiRef item, List<RelationView> relations) {
    int cx = WIDTH / 2;
    int cy = HEIGHT / 2;
    Map<String, Node> nodes = new LinkedHashMap<>();
    nodes.put(item.key().value(), node(item, cx, cy, true));
    List<CiRef> others = new ArrayList<>();
    relations.stream()
        .map(RelationView::other)
        .filter(other -> others.stream().noneMatch(o -> o.key().equals(other.key())))
        .limit(MAX_NEIGHBOURS)
        .forEach(others::add);
    for (int i = 0; i < others.size(); i++) {
      double angle = -Math.PI / 2 + 2 * Math.PI * i / others.size();
      int x = cx + (int) Math.round(RADIUS * 1.6 * Math.cos(angle));
      int y = cy + (int) Math.round(RADIUS * Math.sin(angle));
      nodes.put(others.get(i).key().value(), node(others.get(i), x, y, false));
    }
    List<Edge> edges = new ArrayList<>();
    for (RelationView relation : relations) {
      Node other = nodes.get(relation.other().key().value());
      if (other == null) {
        continue;
      }
      Node centre = nodes.get(item.key().value());
      Node from = relation.outgoing() ? centre : other;
      Node to = relation.outgoing() ? other : centre;
      edges.add(edge(from, to, relation.kind().label()));
    }
    return new Neighbourhood(List.copyOf(nodes.values()), edges, WIDTH, HEIGHT);
  }

  private static Node node(CiRef ref, int x, int y, boolean centre) {
    return new Node(ref.key().value(), ref.name(), ref.type(), x, y, centre);
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
}
