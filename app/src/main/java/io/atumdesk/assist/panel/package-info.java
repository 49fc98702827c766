/**
 * The agent assist on the ticket page and the API: similar resolved tickets with their resolutions,
 * suggested replies per tone from templates (or the operator's local model), and the customer's
 * frustration score, which reaches the SLA escalation table as {@code customerFrustrated}.
 */
@org.springframework.modulith.NamedInterface("panel")
package io.atumdesk.assist.panel;
