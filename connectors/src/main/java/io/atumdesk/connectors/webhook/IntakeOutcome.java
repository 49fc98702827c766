package io.atumdesk.connectors.webhook;

/**
 * What became of one inbound payload: the ticket it raised or continued, or why it was set aside.
 *
 * @param raised true when a new ticket was raised, false when an open one was continued
 */
public record IntakeOutcome(String ticketKey, boolean raised, String deadLetterReason) {

  public static IntakeOutcome raised(String ticketKey) {
    return new IntakeOutcome(ticketKey, true, null);
  }

  public static IntakeOutcome continued(String ticketKey) {
    return new IntakeOutcome(ticketKey, false, null);
  }

  static IntakeOutcome deadLettered(String reason) {
    return new IntakeOutcome(null, false, reason);
  }

  public boolean deadLettered() {
    return deadLetterReason != null;
  }
}
