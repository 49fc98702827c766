package io.atumdesk.connectors.alert;

/**
 * What became of one delivery: how many alerts it held, or why it was set aside as a dead letter.
 */
public record IntakeResult(int alerts, String deadLetterReason) {

  static IntakeResult accepted(int alerts) {
    return new IntakeResult(alerts, null);
  }

  static IntakeResult deadLettered(String reason) {
    return new IntakeResult(0, reason);
  }

  public boolean deadLettered() {
    return deadLetterReason != null;
  }
}
