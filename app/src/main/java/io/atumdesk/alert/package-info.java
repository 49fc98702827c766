/**
 * Monitoring alerts as incidents: one incident per alert fingerprint while it is open, repeats and
 * recoveries on its timeline, sources authenticated by their own secret.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Monitoring alerts")
package io.atumdesk.alert;
