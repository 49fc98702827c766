package io.atumdesk.connectors.alert;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the three payload formats into {@link InboundAlert}s. Alertmanager and Grafana share the
 * {@code alerts} array (status, labels, annotations, fingerprint); they differ in their links.
 */
final class AlertPayloads {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final int LONGEST_FINGERPRINT = 200;

  private AlertPayloads() {}

  static List<InboundAlert> parse(String sourceId, AlertFormat format, String payload) {
    JsonNode root;
    try {
      root = JSON.readTree(payload == null ? "" : payload);
    } catch (JacksonException e) {
      throw new UnreadableAlertException("the payload is not JSON: " + e.getOriginalMessage());
    }
    if (root == null || !root.isObject()) {
      throw new UnreadableAlertException("the payload is not a JSON object");
    }
    return switch (format) {
      case ALERTMANAGER -> alertmanager(sourceId, root);
      case GRAFANA -> grouped(sourceId, root, "panelURL", "dashboardURL", "generatorURL");
      case GENERIC -> List.of(generic(sourceId, root));
    };
  }

  private static List<InboundAlert> alertmanager(String sourceId, JsonNode root) {
    String version = root.path("version").asString(null);
    if (!"4".equals(version)) {
      throw new UnreadableAlertException(
          "Alertmanager webhook version %s is not supported; version 4 is".formatted(version));
    }
    return grouped(sourceId, root, "generatorURL");
  }

  private static List<InboundAlert> grouped(String sourceId, JsonNode root, String... links) {
    JsonNode alerts = root.path("alerts");
    if (!alerts.isArray() || alerts.isEmpty()) {
      throw new UnreadableAlertException("the payload has no 'alerts' array with alerts in it");
    }
    List<InboundAlert> found = new ArrayList<>();
    for (JsonNode alert : alerts) {
      Map<String, String> labels = strings(alert.path("labels"));
      JsonNode annotations = alert.path("annotations");
      String title = text(annotations, "summary", labels.get("alertname"));
      found.add(
          new InboundAlert(
              sourceId,
              fingerprint(alert),
              firing(alert),
              title == null ? "Alert" : title,
              text(annotations, "description", null),
              labels.get("severity"),
              firstLink(alert, links),
              labels));
    }
    return found;
  }

  private static InboundAlert generic(String sourceId, JsonNode root) {
    String title = text(root, "title", null);
    boolean firing = firing(root);
    if (firing && title == null) {
      throw new UnreadableAlertException("a firing alert needs a 'title'");
    }
    return new InboundAlert(
        sourceId,
        fingerprint(root),
        firing,
        title == null ? "Alert" : title,
        text(root, "description", null),
        text(root, "severity", null),
        text(root, "url", null),
        Map.of());
  }

  private static String fingerprint(JsonNode alert) {
    String fingerprint = text(alert, "fingerprint", null);
    if (fingerprint == null || fingerprint.length() > LONGEST_FINGERPRINT) {
      throw new UnreadableAlertException(
          "every alert needs a 'fingerprint' of at most %d characters"
              .formatted(LONGEST_FINGERPRINT));
    }
    return fingerprint;
  }

  private static boolean firing(JsonNode alert) {
    String status = alert.path("status").asString("");
    return switch (status) {
      case "firing" -> true;
      case "resolved" -> false;
      default ->
          throw new UnreadableAlertException(
              "an alert's 'status' is 'firing' or 'resolved', not '%s'".formatted(status));
    };
  }

  private static String firstLink(JsonNode alert, String... names) {
    for (String name : names) {
      String link = text(alert, name, null);
      if (link != null) {
        return link;
      }
    }
    return null;
  }

  private static String text(JsonNode node, String field, String fallback) {
    String value = node.path(field).asString(null);
    return value == null || value.isBlank() ? fallback : value.strip();
  }

  private static Map<String, String> strings(JsonNode object) {
    Map<String, String> values = new LinkedHashMap<>();
    object.properties().forEach(e -> values.put(e.getKey(), e.getValue().asString("")));
    return values;
  }
}
