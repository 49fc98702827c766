package io.atumdesk.connectors.alert;

/** The payload is not an alert we can read; its message is meant for the sender. */
class UnreadableAlertException extends IllegalArgumentException {

  UnreadableAlertException(String reason) {
    super(reason);
  }
}
