package io.atumdesk.connectors.webhook;

/** A webhook target the address policy does not let us reach; the message names why. */
public class TargetRefused extends Exception {

  private final boolean unresolved;

  TargetRefused(String reason, boolean unresolved) {
    super(reason);
    this.unresolved = unresolved;
  }

  /** The host had no address now: at send time that may pass, a policy refusal does not. */
  public boolean unresolved() {
    return unresolved;
  }
}
