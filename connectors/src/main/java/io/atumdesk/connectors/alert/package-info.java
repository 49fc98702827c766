/**
 * Monitoring alerts in: Alertmanager, Grafana and generic JSON payloads normalised by a Camel route
 * and handed to the {@link io.atumdesk.connectors.alert.AlertReceiver} the application provides.
 */
@org.springframework.modulith.NamedInterface("alert")
package io.atumdesk.connectors.alert;
