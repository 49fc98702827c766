package io.atumdesk.connectors.alert;

/** What the application does with normalised alerts, and with those that could not be handled. */
public interface AlertReceiver {

  void receive(InboundAlert alert);

  /** Keeps a payload or alert that failed, with the reason, so nothing is silently dropped. */
  void deadLetter(String sourceId, String payload, String reason);
}
