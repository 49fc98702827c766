package io.atumdesk.channel;

/** What a mailbox does with mail whose sender failed DMARC at a trusted receiving server. */
public enum SenderPolicy {
  /** Takes it like any other mail. */
  ACCEPT,
  /** Keeps it in quarantine with the results as the reason, for an admin to release or delete. */
  QUARANTINE_ON_FAIL,
  /** Takes it and notes on the ticket that the sender could not be verified. */
  MARK
}
