package io.atumdesk.workspace.web;

/** A new group and agent for a ticket, against the version the page showed. */
record AssignmentForm(String assignmentGroup, String assignee, long version) {}
