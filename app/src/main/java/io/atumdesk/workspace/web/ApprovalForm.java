package io.atumdesk.workspace.web;

import java.util.HashMap;
import java.util.Map;

/**
 * A vote from the CAB view: {@code approve} or {@code reject} and one comment. Approval forms (such
 * as forms/approve-change.form) name the vote {@code decision}, an approval's remark {@code
 * comment} and a rejection's required reason {@code reason}; the one comment box fills the field
 * that fits.
 */
record ApprovalForm(String decision, String comment) {

  static final String REJECT = "reject";

  boolean rejects() {
    return REJECT.equals(decision);
  }

  boolean hasComment() {
    return comment != null && !comment.isBlank();
  }

  Map<String, Object> data() {
    Map<String, Object> data = new HashMap<>();
    data.put("decision", decision);
    if (hasComment()) {
      data.put(rejects() ? "reason" : "comment", comment.strip());
    }
    return data;
  }
}
