package io.atumdesk.attachment;

/** Whether a file may be served, or is kept only for an administrator to look at. */
public enum AttachmentState {
  STORED,
  /** Its content did not match its name; never served, listed for administrators. */
  QUARANTINED
}
