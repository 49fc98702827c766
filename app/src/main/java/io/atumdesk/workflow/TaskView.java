package io.atumdesk.workflow;

import java.time.Instant;
import java.util.List;

/** A human task as inboxes show it; {@code taskKey} is the model's element id. */
public record TaskView(
    String id,
    String name,
    String taskKey,
    String ticketKey,
    String assignee,
    List<String> candidateGroups,
    String formKey,
    Instant createdAt) {}
