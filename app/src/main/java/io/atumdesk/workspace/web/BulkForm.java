package io.atumdesk.workspace.web;

import java.util.List;

/**
 * The inbox's bulk bar: the ticked tickets and what should happen to all of them; {@code text} is
 * the resolution (to RESOLVED) or the question to the requester (to PENDING).
 */
record BulkForm(
    List<String> keys, String assignmentGroup, String assignee, String status, String text) {

  /** The assignee choice that leaves each ticket's agent as it is ("" takes it off its agent). */
  static final String KEEP = "keep";
}
