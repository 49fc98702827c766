package io.atumdesk.portal.web;

/** A public reply from the requester; files come as separate parts. */
record ReplyForm(String body) {

  boolean hasText() {
    return body != null && !body.isBlank();
  }
}
