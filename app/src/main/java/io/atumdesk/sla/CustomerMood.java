package io.atumdesk.sla;

/**
 * Whether a ticket's customer was found frustrated, for the escalation table's {@code
 * customerFrustrated} input. The assist module answers it; without one, nobody is.
 */
public interface CustomerMood {

  boolean isFrustrated(long ticketId);
}
