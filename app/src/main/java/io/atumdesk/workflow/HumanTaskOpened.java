package io.atumdesk.workflow;

import java.util.List;

/**
 * A user task was created or (re)assigned: it now waits for {@code assignee}, or, while nobody
 * holds it, for the members of its candidate groups. Published inside the engine's transaction.
 */
public record HumanTaskOpened(
    String tenantId,
    String ticketKey,
    String taskId,
    String taskName,
    String assignee,
    List<String> candidateGroups) {

  public HumanTaskOpened {
    candidateGroups = List.copyOf(candidateGroups);
  }
}
