package io.atumdesk.workspace.web;

/** A public reply or an internal note, as the ticket page posts it. */
record CommentForm(String body, boolean internal) {}
