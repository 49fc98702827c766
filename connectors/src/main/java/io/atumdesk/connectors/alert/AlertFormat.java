package io.atumdesk.connectors.alert;

/** The payload formats an alert source may send. */
public enum AlertFormat {
  /** Prometheus Alertmanager's webhook, version 4. */
  ALERTMANAGER,
  /** Grafana's unified alerting webhook contact point. */
  GRAFANA,
  /** One alert as {@code {"source","fingerprint","status","title","description","severity"}}. */
  GENERIC
}
