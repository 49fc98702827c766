package io.atumdesk.workspace.web;

/** A public reply or an internal note, as the ticket page posts it; no flag means a reply. */
record CommentForm(String body, Boolean internal) {

  boolean isNote() {
    return Boolean.TRUE.equals(internal);
  }
}
