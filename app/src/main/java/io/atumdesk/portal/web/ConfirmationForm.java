package io.atumdesk.portal.web;

import java.util.HashMap;
import java.util.Map;

/** The requester's answer to a resolution: {@code accepted} or {@code rejected}, and why. */
record ConfirmationForm(String confirmation, String comment) {

  /** The data of the confirm-resolution form (forms/confirm-resolution.form). */
  Map<String, Object> data() {
    Map<String, Object> data = new HashMap<>();
    if (confirmation != null) {
      data.put("confirmation", confirmation);
    }
    if (comment != null && !comment.isBlank()) {
      data.put("comment", comment.strip());
    }
    return data;
  }
}
